package dev.passages.search;

import dev.passages.PassagesException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryBuilderTest {

    private final QueryBuilder builder = new QueryBuilder();

    @Test
    void plainWordsMatchTextWithStemmingAndTitleWordsAddInTheSecondPhase() {
        assertThat(builder.parse("hideouts").toString()).contains("text:hideout").doesNotContain("title:");
        assertThat(builder.rescoreQuery(SearchRequest.of("hideouts")).toString()).contains("title:hideout");
    }

    @Test
    void plainMultiWordQueryGetsProximityBonusInTheSecondPhase() {
        assertThat(builder.textQuery("TTP hideouts").toString()).doesNotContain("~8");
        assertThat(builder.rescoreQuery(SearchRequest.of("TTP hideouts")).toString()).contains("text:\"ttp hideout\"~8");
        assertThat(builder.rescoreQuery(SearchRequest.of("\"TTP hideouts\"")).toString()).doesNotContain("~8")
                .contains("title:\"ttp hideout\"");
    }

    @Test
    void titleBonusTakesThePositiveTitleClausesOnly() {
        String q = builder.rescoreQuery(SearchRequest.of("+refugees -camps text:border")).toString();
        assertThat(q).contains("title:refugee").doesNotContain("camp").doesNotContain("border").doesNotContain("+");
        assertThat(builder.rescoreQuery(SearchRequest.of("text:border"))).isNull();
        // a lone letter has no title terms: no bonus, and no error
        assertThat(builder.textQuery("x").toString()).contains("speaker:x");
        assertThat(builder.rescoreQuery(SearchRequest.of("x"))).isNull();
    }

    @Test
    void unbalancedBracketIsOneLineWithColumn() {
        assertThatThrownBy(() -> builder.parse("TTP AND ("))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.BAD_QUERY))
                .hasMessageContaining("column 9")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unbalancedQuoteAndLeadingWildcardAreBadQueries() {
        assertThatThrownBy(() -> builder.parse("\"TTP hideouts")).isInstanceOf(PassagesException.class)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> builder.parse("*stan")).isInstanceOf(PassagesException.class)
                .hasMessageContaining("first character");
    }

    @Test
    void onlyStopWordsIsABadQuery() {
        assertThatThrownBy(() -> builder.parse("the of and")).hasMessageContaining("no searchable words");
    }

    @Test
    void emptyRequestWithoutFiltersIsRefused() {
        assertThatThrownBy(() -> builder.build(SearchRequest.of("  "))).hasMessageContaining("empty query");
    }

    @Test
    void dateFilterAloneIsAQuery() {
        SearchRequest r = new SearchRequest("", List.of(), LocalDate.of(2023, 11, 1), null, SortOrder.RELEVANCE, 10);
        assertThat(builder.build(r).toString()).contains("date:");
    }

    @Test
    void fromAfterToIsAUsageError() {
        SearchRequest r = new SearchRequest("x", List.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1),
                SortOrder.RELEVANCE, 10);
        assertThatThrownBy(() -> builder.build(r)).hasMessageContaining("is after");
    }
}
