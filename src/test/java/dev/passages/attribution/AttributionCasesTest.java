package dev.passages.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs every case of the attribution case files: the invented article's speakers per paragraph, as each case states them. */
class AttributionCasesTest {

    static List<AttributionCase> cases() throws Exception {
        return AttributionCaseFile.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speakersAreAsTheCaseStates(AttributionCase c) {
        List<List<String>> speakers = SpokenNames.names(c.paragraphs().toArray(String[]::new));
        assertEquals(c.expected(), c.found(speakers), c + c.article());
    }

    @Test
    void everyFileNamesItsKindAndHoldsCases() throws Exception {
        assertThat(cases()).extracting(AttributionCase::kind).doesNotContainNull()
                .contains("pronoun", "role noun", "continued quote", "cue apart from its subject",
                        "descriptor before the name", "nested speech", "cue gap", "coordination", "not speech");
    }

    @Test
    void aCheckFailsWhenTheSpeakersDiffer() {
        AttributionCase c = AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "text: b",
                "speakers 1: A | B", "speakers 2 in any order: C | D", "speakers 1 include: A", "speakers 2 exclude: E")).get(0);
        assertThat(c.found(List.of(List.of("A", "B"), List.of("D", "C")))).isEqualTo(c.expected());
        assertThat(c.found(List.of(List.of("B", "A"), List.of("D", "C")))).isNotEqualTo(c.expected());
        assertThat(c.found(List.of(List.of("B"), List.of("D", "C", "E")))).isNotEqualTo(c.expected())
                .contains("speakers 1: B    <-").contains("speakers 2 exclude: D | C | E    <-");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() {
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speakers 2: A")))
                .hasMessageContaining("t.txt:2");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speaker 1: A")))
                .hasMessageContaining("t.txt:4");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a")))
                .hasMessageContaining("at least one");
    }
}
