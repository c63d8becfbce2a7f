package dev.passages.index;

import dev.passages.PassagesException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One article file named on the command line is a source of its own: indexed, refreshed and forgotten. */
class FileSourceTest extends CorpusFolderFixture {

    Path single;

    @BeforeEach
    void files() throws Exception {
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nAlpha one about floods.\n");
        single = Files.writeString(tmp.resolve("statement.txt"),
                "Title: Statement\nDate: 2023-11-21\n\nThe minister spoke about drought relief.\n");
    }

    private Indexer indexer() {
        return new Indexer(index, false, warnings::add, 2);
    }

    @Test
    void aFileAloneMakesAnIndexOfItsArticle() throws Exception {
        IndexSummary s = indexer().run(single);
        assertThat(s.added()).isEqualTo(1);
        assertThat(ids("drought")).containsExactly("statement#1");
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void aFileBesideAFolderIsASecondSourceRefreshedAndForgottenOnItsOwn() throws Exception {
        indexer().run(corpus);
        indexer().run(single);
        assertThat(ids("floods")).containsExactly("a#1");
        assertThat(ids("drought")).containsExactly("statement/statement#1");
        assertThat(Sources.of(index).list()).extracting(Sources.Source::folder)
                .containsExactly(corpus.toRealPath(), single.toRealPath());

        Files.writeString(single, "Title: Statement\nDate: 2023-11-21\n\nThe minister spoke about irrigation.\n");
        IndexSummary refreshed = indexer().refresh();
        assertThat(refreshed.updated()).isEqualTo(1);
        assertThat(refreshed.unchanged()).isEqualTo(1);
        assertThat(ids("drought")).isEmpty();
        assertThat(ids("irrigation")).containsExactly("statement/statement#1");

        IndexSummary forgotten = indexer().forget(single);
        assertThat(forgotten.removed()).isEqualTo(1);
        assertThat(ids("irrigation")).isEmpty();
        assertThat(ids("floods")).containsExactly("a#1");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileInsideASourceFolderIsRefusedAsIndexedTwice() throws Exception {
        indexer().run(corpus);
        assertThatThrownBy(() -> indexer().run(corpus.resolve("a.txt")))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE))
                .hasMessageContaining("is inside source folder " + corpus.toRealPath());
    }

    @Test
    void aFileSourceThatIsGoneKeepsItsArticlesWithAWarning() throws Exception {
        indexer().run(corpus);
        indexer().run(single);
        Files.delete(single);
        IndexSummary s = indexer().refresh();
        assertThat(s.sourcesMissing()).isEqualTo(1);
        assertThat(ids("drought")).containsExactly("statement/statement#1");
        assertThat(warnings).anyMatch(w -> w.contains(single.toString()) && w.contains("its articles stay"));
    }
}
