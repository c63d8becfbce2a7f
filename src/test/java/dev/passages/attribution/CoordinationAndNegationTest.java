package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people joined by "and" both speak; a cue of answering that is negated names no speaker. */
class CoordinationAndNegationTest {

    private static List<List<String>> names(String... paragraphs) {
        return SpokenNames.sortedNames(paragraphs);
    }

    @Test
    void coordinatedSubjectsBothSpeak() {
        assertThat(names("Tobin Arks and Ana Pell said the plan would fail."))
                .containsExactly(List.of("Ana Pell", "Tobin Arks"));
    }

    @Test
    void aNameAfterAPrepositionAndAndIsNoSubject() {
        assertThat(names("A letter to Tobin Arks and Ana Pell said the plan would fail."))
                .containsExactly(List.of());
    }

    @Test
    void notRespondingIsNotSpeaking() {
        assertThat(names("Ana Pell did not immediately respond to a request for comment.",
                "Tobin Arks never returned calls.", "Tobin Arks responded to the charge by denying it."))
                .containsExactly(List.of(), List.of(), List.of("Tobin Arks"));
    }
}
