package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** Bylines and first-person contractions name no speaker; a name after a closing quote and its comma does. */
class BylineAndContractionTest {

    @Test
    void aFirstPersonContractionIsNoName() {
        assertThat(names("I\u2019ve said it before: the plan fails.", "\"I'm telling you, it fails,\" Ana Pell said."))
                .containsExactly(List.of(), List.of("Ana Pell"));
    }

    @Test
    void reportingFromAPlaceIsAByline() {
        assertThat(names("Ana Pell said the talks failed.", "Tobin Arks reported from Vell."))
                .containsExactly(List.of("Ana Pell"), List.of());
    }

    @Test
    void aSubjectWithAnAppositionAfterAClosingQuote() {
        assertThat(names("\u201cThe party is not divided,\u201d Senator Ana Pell, a close adviser to Tobin Arks, told reporters."))
                .containsExactly(List.of("Ana Pell"));
    }
}
