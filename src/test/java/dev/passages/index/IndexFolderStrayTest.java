package dev.passages.index;

import dev.passages.PassagesException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file in an index folder that passages did not write is kept and named, and the run is refused. */
class IndexFolderStrayTest extends CorpusFolderFixture {

    @BeforeEach
    void indexed() throws Exception {
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nKabul said alpha one.\n");
        new Indexer(index, false, warnings::add, 1, null).run(corpus);
    }

    @Test
    void aUserFileThatLooksLikeLucenesInAnIndexFolderIsKeptAndTheRunRefused() throws Exception {
        Files.writeString(index.resolve("_notes.md"), "my notes");
        Files.writeString(corpus.resolve("b.txt"), "Title: Beta\nDate: 2023-11-21\n\nBeta one.\n");
        assertThatThrownBy(() -> new Indexer(index, false, warnings::add, 1, null).run(corpus))
                .isInstanceOfSatisfying(PassagesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PassagesException.Kind.INPUT);
                    assertThat(e.getMessage()).contains("_notes.md").contains("move it out");
                });
        assertThatThrownBy(() -> new Indexer(index, true, warnings::add, 1, null).run(corpus))
                .hasMessageContaining("_notes.md");
        assertThat(index.resolve("_notes.md")).hasContent("my notes");
    }

    @Test
    void aSegmentsLookalikeIsNamedWhenReadingNotTakenForAMissingIndex() throws Exception {
        Files.writeString(index.resolve("segments_9.txt"), "not an index");
        assertThatThrownBy(() -> IndexPaths.open(index))
                .isInstanceOfSatisfying(PassagesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_DAMAGED);
                    assertThat(e.getMessage()).contains("segments_9.txt").doesNotContain("build one");
                });
        assertThatThrownBy(() -> new Indexer(index, false, warnings::add, 1, null).run(corpus))
                .hasMessageContaining("segments_9.txt");
        assertThat(index.resolve("segments_9.txt")).exists();
    }

    @Test
    void lucenesOwnNamesAreNoStrays() {
        assertThat(List.of("_2024_budget.xlsx", "segments_9.txt", "_notes.md")).allMatch(IndexFolder::strayName);
        assertThat(List.of("_0.cfs", "_a_Lucene99_0.doc", "_0_Lucene90FieldsIndex-doc_ids_0.tmp", "segments_1z",
                "pending_segments_2", "write.lock", "speakers.tsv")).noneMatch(IndexFolder::strayName);
    }
}
