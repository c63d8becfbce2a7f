package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A search's text is parsed once; the second phase's title clauses are derived from that parse. */
class QueryParsedOnceTest {

    private final Analyzer analyzer = Analyzers.forSchema();

    @Test
    void secondPhaseTakesItsTitleClausesFromTheParseItIsGiven() {
        ParsedQuery parsed = QuerySyntax.parseForPhases(analyzer, "harvest");
        Query rescore = new SecondPhase(analyzer).of(SearchRequest.of("wheat"), Map.of(), parsed);
        assertThat(rescore.toString()).contains("title:harvest").doesNotContain("title:wheat");
    }

    @Test
    void planRescoresWithTheTitleOfItsOwnParse() {
        QueryBuilder.Plan plan = new QueryBuilder().plan(SearchRequest.of("refugees border"));
        assertThat(plan.rescore().toString()).contains("title:refuge").contains("title:border");
        assertThat(plan.match().toString()).contains("text:refuge").doesNotContain("title:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oil prices", "the oil", "oil the", "x", "x oil", "a b c", "U.S.-Japan trade", "\"oil prices\"~3",
            "+refugees -camps text:border", "title:border camps", "speaker:Kakar says", "opec^2 OR (crude AND brent)",
            "pric* wh?at", "/ba[nr]k/", "dollar~1", "article:[a TO m]", "NOT wheat corn", "Tehrik-i-Taliban hideouts",
            "2-1/2 pct", "what? oil!", "10:30 meeting", "\"the\" x", "(a OR oil) AND (b OR gas)"})
    void oneParseGivesWhatTwoParsesGave(String text) {
        ParsedQuery once = QuerySyntax.parseForPhases(analyzer, text);
        assertThat(once.match()).isEqualTo(QuerySyntax.parse(analyzer, text, Schema.TEXT, Schema.SPEAKER));
        Query titleAlone;
        try {
            titleAlone = SecondPhase.titleWords(QuerySyntax.parse(analyzer, text, Schema.TITLE));
        } catch (PassagesException nothingOnTheTitle) {
            titleAlone = null;
        }
        Query derived = once.title() == null ? null : SecondPhase.titleWords(once.title());
        assertThat(flat(derived)).isEqualTo(flat(titleAlone));
    }

    /** {@code q} with each Boolean of one optional clause replaced by that clause: the same scores, whatever the nesting. */
    private static Query flat(Query q) {
        if (q instanceof BoostQuery b) {
            return new BoostQuery(flat(b.getQuery()), b.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            if (bq.clauses().size() == 1 && bq.clauses().get(0).getOccur() == BooleanClause.Occur.SHOULD) {
                return flat(bq.clauses().get(0).getQuery());
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            bq.clauses().forEach(c -> b.add(flat(c.getQuery()), c.getOccur()));
            return b.build();
        }
        return q;
    }
}
