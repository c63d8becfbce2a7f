package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An index holds the articles of every folder indexed into it, each refreshed or removed on its own. */
class IndexSourcesTest extends CorpusFolderFixture {

    Path first;
    Path second;

    @BeforeEach
    void folders() throws Exception {
        first = Files.createDirectories(tmp.resolve("mine"));
        second = Files.createDirectories(tmp.resolve("news"));
        write(first, "a.txt", "Title: Alpha\nDate: 2023-11-20\n\nAlpha one about floods.\n\nAlpha two.\n");
        write(first, "shared.txt", "Title: Mine\nDate: 2023-11-20\n\nThe glacier report of mine.\n");
        write(second, "b.txt", "Title: Beta\nDate: 2023-11-21\n\nBeta one about refugees.\n");
        write(second, "shared.txt", "Title: News\nDate: 2023-11-21\n\nThe glacier report of the news.\n");
    }

    private Indexer indexer(boolean rebuild) {
        return new Indexer(index, rebuild, warnings::add, 2);
    }

    private long count(String query) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.count(SearchRequest.of(query));
        }
    }

    @Test
    void aSecondFolderKeepsTheFirstOnesArticles() throws Exception {
        indexer(false).run(first);
        IndexSummary s = indexer(false).run(second);
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.removed()).isZero();
        assertThat(count("floods")).isEqualTo(1);
        assertThat(count("refugees")).isEqualTo(1);
        assertThat(Sources.of(index).list()).extracting(Sources.Source::folder)
                .containsExactly(first.toRealPath(), second.toRealPath());
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void filesOfOneNameInTwoFoldersAreTwoArticles() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        // the first folder's ids are its files' names, as in an index of one folder; the second's have its name before them
        assertThat(ids("glacier")).containsExactly("news/shared#1", "shared#1");
        assertThat(ids("floods")).containsExactly("a#1");
        assertThat(ids("refugees")).containsExactly("news/b#1");
    }

    @Test
    void indexingAFolderAgainRemovesOnlyWhatIsGoneFromIt() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        Files.delete(first.resolve("a.txt"));
        IndexSummary s = indexer(false).run(first);
        assertThat(s.removed()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
        assertThat(count("floods")).isZero();
        assertThat(count("refugees")).isEqualTo(1);
        assertThat(count("glacier")).isEqualTo(2);
    }

    @Test
    void refreshReadsEveryRecordedSourceAndIdsStayAsTheyWere() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        List<String> before = ids("glacier");
        write(first, "a.txt", "Title: Alpha\nDate: 2023-11-20\n\nAlpha one about floods.\n\nAlpha two, changed.\n");
        write(second, "c.txt", "Title: Gamma\nDate: 2023-11-22\n\nGamma about drought.\n");
        IndexSummary s = indexer(false).refresh();
        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(3);
        assertThat(s.removed()).isZero();
        assertThat(ids("drought")).containsExactly("news/c#1");
        assertThat(ids("glacier")).isEqualTo(before);
        // a rebuild reads every recorded source again, and gives each article the id it had
        IndexSummary rebuilt = indexer(true).refresh();
        assertThat(rebuilt.added()).isEqualTo(5);
        assertThat(ids("glacier")).isEqualTo(before);
        assertThat(ids("drought")).containsExactly("news/c#1");
    }

    @Test
    void aMissingSourceKeepsItsArticlesWithAWarning() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        Path unmounted = tmp.resolve("news-unmounted");
        Files.move(second, unmounted);
        IndexSummary s = indexer(false).refresh();
        assertThat(s.sourcesMissing()).isEqualTo(1);
        assertThat(s.removed()).isZero();
        assertThat(s.line()).contains("1 source folder missing");
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains(second.toString()).contains("missing")
                .contains("stay in the index"));
        assertThat(count("refugees")).isEqualTo(1);
        // a rebuild could not keep them: refused, and the index is as it was
        assertThatThrownBy(() -> indexer(true).refresh())
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.INPUT))
                .hasMessageContaining(second.toString()).hasMessageContaining("--forget");
        assertThat(count("refugees")).isEqualTo(1);
        assertThat(count("floods")).isEqualTo(1);
        Files.move(unmounted, second);
        assertThat(indexer(false).refresh().unchanged()).isEqualTo(4);
    }

    @Test
    void forgetRemovesOneSourceEvenWhenItsFolderIsGone() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        Files.delete(second.resolve("b.txt"));
        Files.delete(second.resolve("shared.txt"));
        Files.delete(second);
        IndexSummary s = indexer(false).forget(second);
        assertThat(s.removed()).isEqualTo(2);
        assertThat(count("refugees")).isZero();
        assertThat(count("glacier")).isEqualTo(1);
        assertThat(Sources.of(index).list()).extracting(Sources.Source::folder).containsExactly(first.toRealPath());
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void forgettingAFolderThatIsNoSourceIsRefused() throws Exception {
        indexer(false).run(first);
        assertThatThrownBy(() -> indexer(false).forget(second))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE))
                .hasMessageContaining("is not a source").hasMessageContaining(first.toRealPath().toString());
        assertThat(count("floods")).isEqualTo(1);
    }

    @Test
    void refreshingAnIndexThatRecordsNoFolderAsksForOne() {
        assertThatThrownBy(() -> indexer(false).refresh())
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE))
                .hasMessageContaining("records no corpus folder").hasMessageContaining("passages index DIR");
    }

    @Test
    void aRebuildWithAFolderKeepsThatFolderAloneAndSaysSo() throws Exception {
        indexer(false).run(first);
        indexer(false).run(second);
        indexer(true).run(second);
        assertThat(count("floods")).isZero();
        assertThat(count("refugees")).isEqualTo(1);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains(first.toRealPath().toString())
                .contains("no longer in the index"));
        // the folder keeps its record, so its ids do not change
        assertThat(ids("refugees")).containsExactly("news/b#1");
    }

    @Test
    void aFolderReachedThroughALinkIsRecordedOnce() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), first);
        indexer(false).run(link);
        IndexSummary again = indexer(false).run(first);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(Sources.of(index).list()).hasSize(1);
    }

    @Test
    void aFolderInsideOrAroundASourceIsRefused(@TempDir Path elsewhere) throws Exception {
        index = elsewhere.resolve("index");
        write(first, "sub/c.txt", "Title: Gamma\nDate: 2023-11-22\n\nGamma about drought.\n");
        indexer(false).run(first);
        for (Path overlapping : List.of(first.resolve("sub"), tmp)) {
            assertThatThrownBy(() -> indexer(false).run(overlapping))
                    .isInstanceOfSatisfying(PassagesException.class,
                            e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE))
                    .hasMessageContaining(first.toRealPath().toString()).hasMessageContaining("twice");
        }
        assertThat(Sources.of(index).list()).hasSize(1);
        assertThat(count("drought")).isEqualTo(1);
    }

    @Test
    void aMalformedRecordOfSourcesIsDamageNotACrash() throws Exception {
        indexer(false).run(first);
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of(Schema.VERSION_KEY, Schema.VERSION,
                    Schema.SOURCES_KEY, "[{\"key\": \"x\", \"folder\": \"relative\"}]").entrySet());
            w.commit();
        }
        assertThat(IndexCheck.run(index).sound()).isFalse();
        assertThatThrownBy(() -> indexer(false).refresh())
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_DAMAGED));
        assertThat(count("floods")).isEqualTo(1);
    }
}
