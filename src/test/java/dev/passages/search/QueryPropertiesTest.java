package dev.passages.search;

import dev.passages.PassagesException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** No query text makes query building throw anything but a one-line PassagesException. */
class QueryPropertiesTest {

    private final QueryBuilder queries = new QueryBuilder();

    @Property(tries = 1000)
    void queriesParseOrFailAsBadQueries(@ForAll @StringLength(max = 80) String text) {
        try {
            queries.parse(text);
        } catch (PassagesException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }
}
