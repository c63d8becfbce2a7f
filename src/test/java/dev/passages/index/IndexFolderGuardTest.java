package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.TestFiles;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What folder index may write to: a folder of the user's files or the corpus itself is refused and left untouched. */
class IndexFolderGuardTest extends CorpusFolderFixture {

    @BeforeEach
    void articles() throws Exception {
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nKabul said alpha one.\n\nAlpha two.\n");
        write("b.txt", "Title: Beta\nDate: 2023-11-21\n\nBeta one about refugees.\n");
    }

    private IndexSummary index(Path indexDir, boolean rebuild) {
        return new Indexer(indexDir, rebuild, warnings::add, 1, null).run(corpus);
    }

    /** Every file under {@code dir} with its content, to show that a refused run touched nothing. */
    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static void assertRefused(Runnable run, String... words) {
        assertThatThrownBy(run::run)
                .isInstanceOfSatisfying(PassagesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PassagesException.Kind.INPUT);
                    assertThat(e.getMessage()).doesNotContain("\n").contains(words);
                });
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedAndLeftUntouched() throws Exception {
        Path mine = TestFiles.folder(tmp.resolve("documents"),
                Map.of("_notes.md", "my notes", "_2024_budget.xlsx", "numbers", "letter.txt", "dear"));
        Map<String, String> before = contents(mine);
        for (boolean rebuild : new boolean[] {false, true}) {
            assertRefused(() -> index(mine, rebuild), "index folder " + mine,
                    "holds files passages did not write (e.g. _2024_budget.xlsx)", "choose an empty or new folder");
            assertThat(contents(mine)).isEqualTo(before);
        }
    }

    @Test
    void theCorpusFolderItselfIsRefusedAndItsFilesKept() throws Exception {
        Files.writeString(corpus.resolve("_1.txt"), "Title: One\n\nAn article whose name looks like Lucene's.\n");
        Files.writeString(corpus.resolve("segments_9.txt"), "Title: Nine\n\nAnother such article.\n");
        Map<String, String> before = contents(corpus);
        assertRefused(() -> index(corpus, false), "is the corpus folder");
        assertRefused(() -> index(corpus, true), "is the corpus folder");
        assertThat(contents(corpus)).isEqualTo(before);
    }

    @Test
    void aFolderHoldingAFileNamedLikeACommitIsRefusedNotAnInternalError() throws Exception {
        Path other = TestFiles.folder(tmp.resolve("other"), Map.of("segments_9.txt", "text"));
        assertRefused(() -> index(other, false), "holds files passages did not write (e.g. segments_9.txt)");
        assertThat(other.resolve("segments_9.txt")).hasContent("text");
    }

    @Test
    void anIndexInsideTheCorpusOrAroundItIsRefused() throws Exception {
        assertRefused(() -> index(corpus.resolve("idx"), false), "is inside the corpus folder");
        assertThat(corpus.resolve("idx")).doesNotExist();
        assertRefused(() -> index(corpus.resolve("sub/deeper/idx"), false), "is inside the corpus folder");
        assertThat(corpus.resolve("sub")).doesNotExist();
        // by real path: a link that leads into the corpus is inside it too
        Path link = Files.createSymbolicLink(tmp.resolve("link"), corpus);
        assertRefused(() -> index(link.resolve("idx"), false), "is inside the corpus folder");
        assertRefused(() -> index(tmp, false), "holds the corpus folder");
        assertRefused(() -> index(corpus.resolve("..").resolve("corpus"), false), "is the corpus folder");
    }

    @Test
    void aNewFolderIsOwnerOnlyAndMarked() throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path idx = tmp.resolve("new/idx");
        assertThat(index(idx, false).added()).isEqualTo(2);
        assertThat(Files.getPosixFilePermissions(idx)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(idx.resolve(IndexFolder.MARKER)).exists();
        assertThat(IndexFolder.isMarked(idx)).isTrue();
    }

    @Test
    void aSharedIndexKeepsTheUmasksPermissions() throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("usual")));
        Path idx = tmp.resolve("shared");
        new Indexer(idx, false, warnings::add, 1, null).sharedIndex(true).run(corpus);
        assertThat(Files.getPosixFilePermissions(idx)).isEqualTo(usual);
    }

    @Test
    void anEmptyFolderOrOneWithOnlyAReadmeIsTakenOver() throws Exception {
        Path idx = TestFiles.folder(tmp.resolve("index"), Map.of("README.md", "The default index is written here.\n", ".gitkeep", ""));
        assertThat(index(idx, false).added()).isEqualTo(2);
        assertThat(idx.resolve("README.md")).hasContent("The default index is written here.");
        assertThat(IndexFolder.isMarked(idx)).isTrue();
        assertThat(index(idx, true).added()).isEqualTo(2);
        assertThat(idx.resolve("README.md")).exists();
        assertThat(idx.resolve(".gitkeep")).exists();
    }

    @Test
    void anIndexOfAnEarlierPassagesWithoutMarkerIsAdopted() throws Exception {
        Path idx = tmp.resolve("idx");
        index(idx, false);
        Files.delete(idx.resolve(IndexFolder.MARKER));
        IndexSummary again = index(idx, false);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(IndexFolder.isMarked(idx)).isTrue();
    }

    @Test
    void anotherProgramsLuceneIndexIsRefused() throws Exception {
        Path idx = tmp.resolve("theirs");
        try (var dir = FSDirectory.open(idx); var w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.commit();
        }
        Map<String, String> names = new TreeMap<>();
        try (Stream<Path> files = Files.list(idx)) {
            files.forEach(p -> names.put(p.getFileName().toString(), ""));
        }
        assertRefused(() -> index(idx, true), "holds files passages did not write");
        try (Stream<Path> files = Files.list(idx)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(names.keySet());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "not a folder");
        assertRefused(() -> index(file, false), "is a file, not a folder");
        assertThat(file).hasContent("not a folder");
    }
}
