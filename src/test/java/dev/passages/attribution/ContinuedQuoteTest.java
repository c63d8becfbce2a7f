package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph that only goes on quoting takes the last speaker; one that attributes its own quote does not. */
class ContinuedQuoteTest {

    @Test
    void aQuoteThatGoesOnTakesOnlyTheLastSpeaker() {
        assertThat(names("Ana Pell said the vote was close. \"We will win,\" Rolf Imrie said.",
                "\"And we will win big.\""))
                .containsExactly(List.of("Ana Pell", "Rolf Imrie"), List.of("Rolf Imrie"));
    }

    @Test
    void aQuoteWithItsOwnCueDoesNotInheritWhenItsSpeakerIsNotMadeOut() {
        assertThat(names("\"We will win,\" Rolf Imrie said.", "\"No chance,\" said the man at the back."))
                .containsExactly(List.of("Rolf Imrie"), List.of());
    }

    @Test
    void aQuoteANounPhraseAttributesDoesNotInherit() {
        assertThat(names("\"We will win,\" Rolf Imrie said.", "\"No chance,\" the former harbour master wrote."))
                .containsExactly(List.of("Rolf Imrie"), List.of());
    }

    @Test
    void aQuoteAPronounAttributesDoesNotTakeTheOtherGender() {
        assertThat(names("\"We will win,\" Eric Imrie said.", "\"No chance,\" she recalled."))
                .containsExactly(List.of("Eric Imrie"), List.of());
    }

    @Test
    void aNameAndAVerbThatTagAQuoteSpeakEvenWhenTheVerbIsNoCue() {
        assertThat(names("\"We will win,\" Rolf Imrie said.", "\"No chance,\" Ana Pell concluded.",
                "\"We will see,\" Imrie answers. \"Soon.\""))
                .containsExactly(List.of("Rolf Imrie"), List.of("Ana Pell"), List.of("Rolf Imrie"));
    }

    @Test
    void aPluralNounAfterANameTagsNothing() {
        assertThat(names("\"We will win,\" Rolf Imrie said.", "\"No chance,\" Pell voters chanted."))
                .containsExactly(List.of("Rolf Imrie"), List.of());
    }
}
