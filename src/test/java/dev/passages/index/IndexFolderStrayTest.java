package dev.passages.index;

import dev.passages.PassagesException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aUserFileWithTheNameOfACommitIsKeptAndTheRunRefusedRebuildToo() throws Exception {
        for (String name : List.of("pending_segments_old", "segments_backup", "_0.cfs")) {
            Path mine = index.resolve(name.equals("_0.cfs") ? "_zz.cfs" : name);
            Files.writeString(mine, "mine");
            for (boolean rebuild : new boolean[] {false, true}) {
                assertThatThrownBy(() -> new Indexer(index, rebuild, warnings::add, 1, null).run(corpus))
                        .isInstanceOfSatisfying(PassagesException.class, e -> assertThat(e.getMessage())
                                .contains(mine.getFileName().toString()).contains("did not write"));
            }
            assertThat(mine).hasContent("mine");
            Files.delete(mine);
        }
        // what a run stopped part way leaves: Lucene's own names, with its header or too short to hold one
        Files.write(index.resolve("pending_segments_9"), new byte[0]);
        new Indexer(index, false, warnings::add, 1, null).run(corpus);
    }

    @Test
    void lucenesOwnNamesAreNoStrays() {
        assertThat(List.of("_2024_budget.xlsx", "segments_9.txt", "_notes.md")).allMatch(IndexFolder::strayName);
        assertThat(List.of("_0.cfs", "_a_Lucene99_0.doc", "_0_Lucene90FieldsIndex-doc_ids_0.tmp", "segments_1z",
                "pending_segments_2", "write.lock", "speakers.tsv")).noneMatch(IndexFolder::strayName);
    }
}
