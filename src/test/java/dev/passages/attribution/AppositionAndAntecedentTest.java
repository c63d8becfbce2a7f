package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person before an apposition speaks, not one the apposition names; a party-and-state tag is no name;
 * a pronoun's antecedent comes before it.
 */
class AppositionAndAntecedentTest {

    @Test
    void thePersonBeforeARepresentativesAppositionSpeaks() {
        assertThat(names("The vote is close, and Orla Venn, a spokeswoman for Tobin Arks, said the count would take a week."))
                .containsExactly(List.of("Orla Venn"));
    }

    @Test
    void thePersonBeforeAnAppositionNamingABodySpeaks() {
        assertThat(names("The bridge reopened on Monday, and Piet Vos, the Harbour Council transport adviser, said it was safe."))
                .containsExactly(List.of("Piet Vos"));
    }

    @Test
    void aPartyAndStateTagIsNoName() {
        assertThat(names("Board Chairman Rep. Ivo Brandt, R-Ohio, said the hearing would start on Monday."))
                .containsExactly(List.of("Ivo Brandt"));
        assertThat(MentionClassifier.isPartyTag("R-Ohio")).isTrue();
        assertThat(MentionClassifier.isPartyTag("D-Calif.")).isTrue();
        assertThat(MentionClassifier.isPartyTag("Al-Tabchi")).isFalse();
        assertThat(MentionClassifier.isPartyTag("Jean-Luc")).isFalse();
    }

    @Test
    void aNameAfterThePronounIsNotItsAntecedent() {
        assertThat(names("Lena Moor opened the bridge in 2019.", "Traffic was light on Monday.", "The toll rose in May.",
                "At the ceremony she said, \u201cTobin Arks never doubted the plan.\u201d"))
                .containsExactly(List.of(), List.of(), List.of(), List.of("Lena Moor"));
    }
}
