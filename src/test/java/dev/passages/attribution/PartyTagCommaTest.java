package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A legislator's party tag in parentheses, then a comma, stands between the name and its cue ({@code X (R-OH), said}). */
class PartyTagCommaTest {

    @Test
    void aNameBeforeATagAndACommaSpeaks() {
        assertThat(names("In Berea, OH, after the vote, Tobin Arks (R-OH), said the port would close."))
                .containsExactly(List.of("Tobin Arks"));
    }

    @Test
    void aParenthesisThatExplainsLeavesTheAppositionToItsPerson() {
        assertThat(names("Tom Reed, chairman of Harbour Rising (a Republican group), said the port would close."))
                .containsExactly(List.of("Tom Reed"));
    }

    @Test
    void aBodysAcronymBeforeTheCommaLeavesTheAppositionToItsSubject() {
        assertThat(names("The Harbour Front (HF), a group allied with the Northfield Union (NU), claimed the attack."))
                .containsExactly(List.of("Harbour Front"));
    }

    @Test
    void aTaggedPersonNamedAsAnObjectInsideAnAppositionDoesNotSpeak() {
        assertThat(names("Gene Holm, aide to House leader Tobin Arks (D-Wash.), predicted the port would close."))
                .containsExactly(List.of("Gene Holm"));
    }
}
