package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One article file named on the command line is a source of its own: indexed, refreshed and forgotten. */
class FileSourceTest {

    @TempDir
    Path tmp;
    Path folder;
    Path single;
    Path index;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void files() throws Exception {
        folder = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Title: Alpha\nDate: 2023-11-20\n\nAlpha one about floods.\n");
        single = Files.writeString(tmp.resolve("statement.txt"),
                "Title: Statement\nDate: 2023-11-21\n\nThe minister spoke about drought relief.\n");
        index = tmp.resolve("index");
    }

    private Indexer indexer() {
        return new Indexer(index, false, warnings::add, 2);
    }

    private List<String> ids(String query) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.search(new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 50, true)).hits()
                    .stream().map(h -> h.id()).sorted().toList();
        }
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
        indexer().run(folder);
        indexer().run(single);
        assertThat(ids("floods")).containsExactly("a#1");
        assertThat(ids("drought")).containsExactly("statement/statement#1");
        assertThat(Sources.of(index).list()).extracting(Sources.Source::folder)
                .containsExactly(folder.toRealPath(), single.toRealPath());

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
        indexer().run(folder);
        assertThatThrownBy(() -> indexer().run(folder.resolve("a.txt")))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE))
                .hasMessageContaining("is inside source folder " + folder.toRealPath());
    }

    @Test
    void aFileSourceThatIsGoneKeepsItsArticlesWithAWarning() throws Exception {
        indexer().run(folder);
        indexer().run(single);
        Files.delete(single);
        IndexSummary s = indexer().refresh();
        assertThat(s.sourcesMissing()).isEqualTo(1);
        assertThat(ids("drought")).containsExactly("statement/statement#1");
        assertThat(warnings).anyMatch(w -> w.contains(single.toString()) && w.contains("its articles stay"));
    }
}
