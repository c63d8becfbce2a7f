package dev.passages.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A query that reads one way and is searched another gets a note; one that means what it says gets none. */
class QueryHintsTest {

    @Test
    void aLowerCaseOperatorWordIsExplained() {
        assertThat(QueryHints.of("kakar and refugees")).singleElement().asString()
                .contains("'and' in lower case is no operator").contains("write AND");
        assertThat(QueryHints.of("refugees or migrants")).singleElement().asString().contains("write OR");
        assertThat(QueryHints.of("Kakar not refugees")).singleElement().asString().contains("write NOT");
    }

    @Test
    void aSpeakerFieldBesideOtherWordsIsExplainedAsNoFilter() {
        assertThat(QueryHints.of("speaker:Kakar refugees")).singleElement().asString().contains("--speaker NAME");
        assertThat(QueryHints.of("refugees (speaker:Kakar)")).hasSize(1);
    }

    @Test
    void aWildcardInASpeakerWordIsExplained() {
        assertThat(QueryHints.of("speaker:Kak*")).singleElement().asString().contains("wildcard in speaker:").contains("NAME~");
        assertThat(QueryHints.of("speaker:Ashraf?")).hasSize(1);
        assertThat(QueryHints.of("Kak* speaker:Kakar")).noneMatch(n -> n.contains("wildcard"));
    }

    @Test
    void aQueryThatMeansWhatItSaysGetsNoNote() {
        assertThat(List.of("Kakar AND refugees", "speaker:Kakar AND refugees", "+speaker:Kakar refugees", "speaker:Kakar",
                "\"law and order\"", "and", "TTP hideouts"))
                .allSatisfy(query -> assertThat(QueryHints.of(query)).as(query).isEmpty());
        assertThat(QueryHints.of(null)).isEmpty();
    }
}
