package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What another backend's hits are marked with: the query's words, not its filters, which the texts alone cannot match. */
class RemoteResultsTest {

    private static final Query WORD = new TermQuery(new Term(Schema.TEXT, "refugee"));
    private static final Query DATES = LongPoint.newRangeQuery(Schema.DATE, 1, 2);

    @Test
    void theFiltersOfAQueryAreLeftOutOfWhatMarksTheTexts() {
        Query match = new BooleanQuery.Builder()
                .add(WORD, BooleanClause.Occur.MUST)
                .add(DATES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.SPEAKER_KEY, "someone")), BooleanClause.Occur.FILTER)
                .build();

        Query marks = Highlights.withoutFilters(match);

        assertThat(marks).isEqualTo(new BooleanQuery.Builder().add(WORD, BooleanClause.Occur.MUST).build());
    }

    @Test
    void aQueryOfFiltersAloneOrOfNoClausesIsLeftAsItIs() {
        Query filters = new BooleanQuery.Builder().add(DATES, BooleanClause.Occur.FILTER).build();

        assertThat(Highlights.withoutFilters(filters)).isSameAs(filters);
        assertThat(Highlights.withoutFilters(WORD)).isSameAs(WORD);
    }
}
