package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Wildcard, prefix and fuzzy patterns find the words they are written for, though the text is indexed by stems. */
class PatternSearchTest {

    @RegisterExtension
    static final IndexedFrozenCorpus corpus = new IndexedFrozenCorpus();

    private static long total(String query) {
        return corpus.searcher().search(SearchRequest.of(query)).total();
    }

    @Test
    void searchesWithPatternsFindWhatTheWordsAsWrittenFind() {
        long refugees = total("refugees");
        assertThat(refugees).isPositive();
        assertThat(total("refug?es")).isEqualTo(refugees);
        assertThat(total("refugees*")).isEqualTo(refugees);
        assertThat(total("refugess~1")).isEqualTo(refugees);
        assertThat(total("title:hideout?")).isPositive();
        assertThat(total("hideout*s")).isEqualTo(total("hideouts")).isPositive();
        // a * takes no ending's letter: no word of the corpus is hid...ng
        assertThat(total("hid*ng")).isZero();
    }

    @Test
    void aFuzzyWordFindsAStemThroughTheWordWithoutItsEnding() {
        assertThat(total("refugee~1")).isEqualTo(total("refugee"));
        assertThat(total("refugess~1")).isEqualTo(total("refugees"));
    }

    @Test
    void aPatternMarksTheWordsItMatched() {
        SearchResult r = corpus.searcher().search(SearchRequest.of("refug?es"));
        assertThat(r.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.highlights()).isNotEmpty()
                .allSatisfy(span -> assertThat(hit.text().substring(span.start(), span.end())).startsWithIgnoringCase("refugee")));
    }
}
