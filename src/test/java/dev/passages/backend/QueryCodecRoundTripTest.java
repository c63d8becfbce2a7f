package dev.passages.backend;

import dev.passages.PassagesException;
import dev.passages.search.QueryBuilder;
import dev.passages.search.SearchRequest;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query codec for a SolrCloud collection: every query passages builds comes back equal, and other types are refused by name. */
class QueryCodecRoundTripTest {

    private final QueryBuilder builder = new QueryBuilder();

    @ParameterizedTest
    @ValueSource(strings = {"oil prices", "\"oil prices\"~3", "+refugees -camps title:border", "opec^2 OR crude",
            "pric* wh?at", "/ba[nr]k/", "article:[a TO m]", "how many barrels"})
    void userQueriesComeBackEqual(String text) {
        Query match = builder.build(SearchRequest.of(text));
        assertThat(QueryCodec.decode(QueryCodec.encode(match))).isEqualTo(match);
        Query rescore = builder.plan(SearchRequest.of(text)).rescore();
        if (rescore != null) {
            assertThat(QueryCodec.decode(QueryCodec.encode(rescore))).isEqualTo(rescore);
        }
    }

    @Test
    void everyOtherTypeComesBackEqual() {
        SpanQuery a = new SpanTermQuery(new Term("text", "oil"));
        SpanQuery b = new SpanTermQuery(new Term("text_variants", "prc"));
        List<Query> queries = List.of(
                new DisjunctionMaxQuery(List.of(new TermQuery(new Term("text", "a")), new TermQuery(new Term("title", "a"))), 0.1f),
                new SynonymQuery.Builder("text").addTerm(new Term("text", "us")).addTerm(new Term("text", "usa")).build(),
                new TermInSetQuery("article", List.of(new BytesRef("x"), new BytesRef("y"))),
                LongPoint.newRangeQuery("date", 5L, 9L),
                TermRangeQuery.newStringRange("article", null, "m", true, false),
                new SpanOrQuery(new SpanNearQuery(new SpanQuery[] {a, new FieldMaskingSpanQuery(b, "text")}, 8, true), a));
        for (Query q : queries) {
            assertThat(QueryCodec.decode(QueryCodec.encode(q))).as(q.toString()).isEqualTo(q);
        }
    }

    @Test
    void aTypeWithoutAFormIsRefusedByName() {
        Query odd = new org.apache.lucene.search.FieldExistsQuery("text");
        assertThatThrownBy(() -> QueryCodec.encode(odd)).isInstanceOf(PassagesException.class)
                .hasMessage("this query is not available with --solr (it uses FieldExistsQuery)");
    }
}
