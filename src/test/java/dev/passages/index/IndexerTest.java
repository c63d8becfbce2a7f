package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indexing a folder: what is added, updated, removed and skipped, and what a rebuild does. */
class IndexerTest extends CorpusFolderFixture {

    @BeforeEach
    void corpus() throws Exception {
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nKabul said alpha one.\n\nAlpha two.\n");
        write("b.txt", "Title: Beta\nDate: 2023-11-21\n\nBeta one about refugees.\n");
        write("sub/c.txt", "(Last Updated On: November 22, 2023)\n\nGamma one.\n\nGamma two.\n\nGamma three.\n");
    }

    private IndexSummary run(boolean rebuild) {
        return new Indexer(index, rebuild, warnings::add, 2).run(corpus);
    }

    private long count(String query) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.count(SearchRequest.of(query));
        }
    }

    @Test
    void firstRunAddsEveryFileOneDocumentPerParagraph() throws Exception {
        IndexSummary s = run(false);
        assertThat(s.added()).isEqualTo(3);
        assertThat(s.paragraphs()).isEqualTo(6);
        assertThat(s.paragraphsInIndex()).isEqualTo(6);
        assertThat(count("gamma")).isEqualTo(3);
    }

    @Test
    void secondRunTouchesNothingUnchanged() {
        run(false);
        IndexSummary s = run(false);
        assertThat(s.unchanged()).isEqualTo(3);
        assertThat(s.added() + s.updated() + s.removed() + s.skipped()).isZero();
        assertThat(s.paragraphs()).isZero();
        assertThat(s.paragraphsInIndex()).isEqualTo(6);
    }

    @Test
    void editedFileIsReindexedAlone() throws Exception {
        run(false);
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nKabul said alpha one.\n\nAlpha two.\n\nAlpha three, new.\n");
        IndexSummary s = run(false);
        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(2);
        assertThat(s.paragraphs()).isEqualTo(3);
        assertThat(count("alpha")).isEqualTo(3);
        assertThat(s.line()).contains("1 updated");
    }

    @Test
    void deletedFileLosesItsPassages() throws Exception {
        run(false);
        Files.delete(corpus.resolve("sub/c.txt"));
        IndexSummary s = run(false);
        assertThat(s.removed()).isEqualTo(1);
        assertThat(count("gamma")).isZero();
        assertThat(count("alpha")).isEqualTo(2);
    }

    @Test
    void binaryFileIsSkippedWithWarningAndTheRestIsIndexed() throws Exception {
        Files.write(corpus.resolve("junk.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.write(corpus.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        IndexSummary s = run(false);
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(s.added()).isEqualTo(3);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("junk.txt: skipped: binary"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("image.png: skipped: unsupported"));
        assertThat(count("refugees")).isEqualTo(1);
    }

    @Test
    void aMalformedLineOfJsonLinesIsAnUnreadableRecordSkippedAndTheFileIsIndexed() throws Exception {
        write("wire.jsonl", "{\"title\":\"L1\",\"body\":\"Line one quokka.\",\"date\":\"2024-03-02\"}\n{broken\n"
                + "{\"title\":\"L3\",\"body\":\"Line three quokka.\",\"date\":\"2024-03-03\"}\n");
        IndexSummary s = run(false);
        assertThat(s.added()).isEqualTo(4);
        assertThat(s.skipped()).isZero();
        assertThat(s.recordsSkipped()).isEqualTo(1);
        assertThat(s.line()).endsWith("; 1 unreadable record skipped");
        assertThat(warnings).singleElement().asString().startsWith("wire.jsonl: line 2: skipped: malformed JSON: ");
        assertThat(count("quokka")).isEqualTo(2);
    }

    @Test
    void aFileWithAnUnreadableRecordIsReadAgainAndWarnsAgainUntilMended() throws Exception {
        String good = "{\"title\":\"L1\",\"body\":\"Line one quokka.\",\"date\":\"2024-03-02\"}\n";
        write("wire.jsonl", good + "{broken\n");
        run(false);
        warnings.clear();
        IndexSummary again = run(false);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.recordsSkipped()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().startsWith("wire.jsonl: line 2: skipped: malformed JSON: ");
        assertThat(count("quokka")).isEqualTo(1);
        write("wire.jsonl", good);
        warnings.clear();
        assertThat(run(false).recordsSkipped()).isZero();
        IndexSummary mended = run(false);
        assertThat(mended.unchanged()).isEqualTo(4);
        assertThat(mended.updated()).isZero();
        assertThat(warnings).isEmpty();
        assertThat(count("quokka")).isEqualTo(1);
    }

    @Test
    void fileThatBecomesUnreadableKeepsItsEarlierVersion() throws Exception {
        run(false);
        Files.write(corpus.resolve("b.txt"), new byte[0]);
        IndexSummary s = run(false);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(count("refugees")).isEqualTo(1);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("b.txt").contains("earlier version stays"));
    }

    @Test
    void rebuildStartsOver() throws Exception {
        run(false);
        IndexSummary s = run(true);
        assertThat(s.added()).isEqualTo(3);
        assertThat(s.paragraphsInIndex()).isEqualTo(6);
    }

    @Test
    void longRunsReportProgress() throws Exception {
        for (int i = 0; i < 300; i++) {
            write("many/m" + i + ".txt", "Title: M" + i + "\nDate: 2023-11-20\n\n" + "Words to index here. ".repeat(200) + "\n");
        }
        List<int[]> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        new Indexer(index, true, warnings::add, 1).withProgress((done, total, paragraphs, bytes, seconds) ->
                reports.add(new int[] {done, total}), 20).run(corpus);
        assertThat(reports).isNotEmpty();
        assertThat(reports).allSatisfy(r -> assertThat(r[0]).isBetween(0, r[1]));
        assertThat(reports.get(0)[1]).isEqualTo(303);
    }

    @Test
    void missingCorpusFolderIsAnInputError() {
        assertThatThrownBy(() -> new Indexer(index, false, warnings::add).run(tmp.resolve("nope")))
                .isInstanceOf(PassagesException.class).hasMessageContaining("nope").hasMessageContaining("does not exist");
    }

    @Test
    void aFileOfAnUnsupportedTypeIsAnInputErrorNamingIt() throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("notes.pdf"), "Text.");
        assertThatThrownBy(() -> new Indexer(index, false, warnings::add).run(file))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.INPUT))
                .hasMessageStartingWith(file + ": unsupported file type .pdf (passages reads .txt");
        assertThat(index).doesNotExist();
    }

    @Test
    void secondWriterIsToldTheIndexIsBusy() throws Exception {
        run(false);
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            assertThatThrownBy(() -> run(false))
                    .isInstanceOfSatisfying(PassagesException.class,
                            e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_LOCKED))
                    .hasMessageContaining("being updated by another process");
        }
    }
}
