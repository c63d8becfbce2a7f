package dev.passages.search;

import dev.passages.index.Analyzers;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that stand for a paragraph in a similar-passages query: rare and repeated first, at most twenty-five. */
class LikeTermsTest {

    private static List<String> words(Query q) {
        return ((BooleanQuery) q).clauses().stream().map(BooleanClause::getQuery)
                .map(c -> ((TermQuery) c).getTerm().text()).toList();
    }

    @Test
    void rareAndRepeatedWordsComeFirstAndWordsInOneParagraphAreLeftOut() {
        Map<String, Integer> tf = Map.of("border", 3, "said", 1, "hideout", 1, "unique", 2);
        Map<String, Long> df = Map.of("border", 50L, "said", 900L, "hideout", 4L, "unique", 1L);
        assertThat(words(LikeTerms.query(tf, df, 1000))).containsExactly("border", "hideout", "said");
    }

    @Test
    void keepsAtMostTheBestTwentyFiveWords() {
        Map<String, Integer> tf = new HashMap<>();
        Map<String, Long> df = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            tf.put("w" + i, 1);
            df.put("w" + i, 2L + i);
        }
        List<String> kept = words(LikeTerms.query(tf, df, 10_000));
        assertThat(kept).hasSize(LikeTerms.MAX_TERMS).contains("w0", "w24").doesNotContain("w25", "w39");
    }

    @Test
    void noWordLeftGivesNoQuery() {
        assertThat(LikeTerms.query(Map.of("once", 1), Map.of("once", 1L), 100)).isNull();
        assertThat(LikeTerms.of(Analyzers.forSchema(), "", words -> Map.of(), 100)).isNull();
    }

    @Test
    void readsTheWordsAsTheTextFieldIndexesThem() {
        Map<String, Integer> tf = LikeTerms.frequencies(Analyzers.forSchema(), "Refugees crossed; the refugees returned.");
        assertThat(tf).isNotEmpty();
        assertThat(tf.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(2);
    }
}
