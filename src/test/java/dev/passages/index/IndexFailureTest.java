package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An indexing run that fails says why truthfully, and leaves the previous index as it was. */
class IndexFailureTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "Title: Article " + i + "\nDate: 2023-11-20\n\n"
                    + "Refugees crossed the border, officials said. ".repeat(30) + "\n\nFigures w" + i + ".\n");
        }
    }

    /** A directory whose disk fills after {@code bytes} more bytes are written to it. */
    static final class FullDisk extends FilterDirectory {
        private long left;
        private long written;

        FullDisk(Directory in, long bytes) {
            super(in);
            this.left = bytes;
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return limited(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return limited(super.createTempOutput(prefix, suffix, context));
        }

        private synchronized void spend(long n) throws IOException {
            if (left < n) {
                throw new IOException("No space left on device");
            }
            left -= n;
            written += n;
        }

        private IndexOutput limited(IndexOutput out) {
            return new IndexOutput("full disk(" + out + ")", out.getName()) {
                @Override
                public void writeByte(byte b) throws IOException {
                    spend(1);
                    out.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] b, int offset, int length) throws IOException {
                    spend(length);
                    out.writeBytes(b, offset, length);
                }

                @Override
                public long getFilePointer() {
                    return out.getFilePointer();
                }

                @Override
                public long getChecksum() throws IOException {
                    return out.getChecksum();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }
    }

    private Indexer indexer(boolean rebuild) {
        return new Indexer(index, rebuild, w -> { }, 1, null);
    }

    /**
     * Indexes the corpus and adds a file to it; returns the next run, over a directory where making any file
     * throws {@code failure} (an {@link IOException} or an {@link Error}).
     */
    private ThrowingCallable nextRunFailingWith(Throwable failure) throws IOException {
        indexer(false).run(corpus);
        Files.writeString(corpus.resolve("new.txt"), "Title: New\n\nNew words.\n");
        return () -> indexer(false).withDirectories(p -> new FilterDirectory(FSDirectory.open(p)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (Error) failure;
            }
        }).run(corpus);
    }

    private static Map<String, Long> files(Path dir) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                sizes.put(p.getFileName().toString(), Files.size(p));
            }
        }
        return sizes;
    }

    private long count(String query) throws IOException {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.count(SearchRequest.of(query));
        }
    }

    @Test
    void aFullDiskSaysSoAndTheLastCommitStaysWhole() throws Exception {
        IndexSummary first = indexer(false).run(corpus);
        Map<String, Long> before = files(index);
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve("b" + i + ".txt"), "Title: More " + i + "\nDate: 2023-11-21\n\n"
                    + "Ceasefire talks resumed, the envoy said. ".repeat(40) + "\n");
        }
        for (boolean rebuild : new boolean[] {false, true}) {
            // what the run writes when the disk has room (measured on a copy), and the disk full at points within it
            Path copy = Files.createDirectories(tmp.resolve("copy-" + rebuild));
            for (String name : before.keySet()) {
                Files.copy(index.resolve(name), copy.resolve(name));
            }
            FullDisk[] roomy = new FullDisk[1];
            new Indexer(copy, rebuild, w -> { }, 1, null)
                    .withDirectories(p -> roomy[0] = new FullDisk(FSDirectory.open(p), Long.MAX_VALUE)).run(corpus);
            long needed = roomy[0].written;
            assertThat(needed).isGreaterThan(10_000);
            for (long bytes : new long[] {0, needed / 3, needed * 2 / 3, needed - 1}) {
                assertThatThrownBy(() -> indexer(rebuild).withDirectories(p -> new FullDisk(FSDirectory.open(p), bytes)).run(corpus))
                        .isInstanceOfSatisfying(PassagesException.class, e -> {
                            assertThat(e.kind()).isEqualTo(PassagesException.Kind.INPUT);
                            assertThat(e.getMessage()).startsWith("no space left on ")
                                    .endsWith("; the previous index at " + index + " is intact")
                                    .doesNotContain("damaged").doesNotContain("--rebuild");
                        });
                assertThat(files(index)).as("files after a failed run, rebuild " + rebuild + ", " + bytes + " bytes")
                        .isEqualTo(before);
                IndexCheck.Result check = IndexCheck.run(index);
                assertThat(check.sound()).as(check.line()).isTrue();
                assertThat(count("refugees")).isEqualTo(first.paragraphsInIndex() / 2);
                assertThat(count("ceasefire")).isZero();
            }
        }
        assertThat(indexer(false).run(corpus).added()).isEqualTo(40);
        assertThat(count("ceasefire")).isEqualTo(40);
    }

    @Test
    void anIndexThatLostAFileSaysItIsDamagedAndTheRebuildItNamesMendsIt() throws Exception {
        IndexSummary first = indexer(false).run(corpus);
        Path lost;
        try (Stream<Path> all = Files.list(index)) {
            lost = all.filter(p -> p.getFileName().toString().endsWith(".cfs")).findFirst().orElseThrow();
        }
        Files.delete(lost);
        Map<String, Long> damaged = files(index);
        assertThatThrownBy(() -> indexer(false).run(corpus))
                .isInstanceOfSatisfying(PassagesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_DAMAGED);
                    assertThat(e.getMessage()).isEqualTo("index at " + index + " is damaged (its file " + lost.getFileName()
                            + " is missing); run: passages index --rebuild --index " + index);
                });
        assertThat(files(index)).isEqualTo(damaged);
        // the rebuild drops the commit before it, whose lost file is not there to delete
        IndexSummary rebuilt = indexer(true).run(corpus);
        assertThat(rebuilt.added()).isEqualTo(40);
        IndexCheck.Result check = IndexCheck.run(index);
        assertThat(check.sound()).as(check.line()).isTrue();
        assertThat(count("refugees")).isEqualTo(first.paragraphsInIndex() / 2);
    }

    @Test
    void aNewFolderIsRemovedAgainWhenTheFirstRunFails() {
        assertThatThrownBy(() -> indexer(false).withDirectories(p -> new FullDisk(FSDirectory.open(p), 1_000)).run(corpus))
                .hasMessageStartingWith("no space left on ").hasMessageEndingWith("; no index was written at " + index)
                .message().doesNotContain("previous");
        assertThat(index).doesNotExist();
    }

    @Test
    void aHeapTooSmallIsPassedOnNotCalledDamage() throws Exception {
        assertThatThrownBy(nextRunFailingWith(new OutOfMemoryError("Java heap space"))).isInstanceOf(OutOfMemoryError.class);
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void anotherInputOutputFailureSaysWhatFailedWithoutClaimingDamage() throws Exception {
        assertThatThrownBy(nextRunFailingWith(new IOException("Input/output error")))
                .isInstanceOfSatisfying(PassagesException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "cannot write the index at " + index + ": IOException: Input/output error; the previous index at "
                                + index + " is intact"));
    }

    @Test
    void aDamagedIndexIsCalledDamaged() throws Exception {
        indexer(false).run(corpus);
        try (Stream<Path> all = Files.list(index)) {
            for (Path f : all.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x55;
                Files.write(f, bytes);
            }
        }
        assertThatThrownBy(() -> indexer(false).run(corpus))
                .isInstanceOfSatisfying(PassagesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_DAMAGED);
                    assertThat(e.getMessage()).contains("is damaged").contains("passages index --rebuild --index " + index);
                });
        assertThat(indexer(true).run(corpus).added()).isEqualTo(40);
        assertThat(List.of(IndexCheck.run(index).sound())).containsExactly(true);
    }
}
