package dev.passages.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs every case of the attribution case files: the invented article's speakers and their posts, as each case states them. */
class AttributionCasesTest {

    static List<AttributionCase> cases() throws Exception {
        return AttributionCaseFile.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speakersAreAsTheCaseStates(AttributionCase c) {
        assertEquals(c.expected(), c.found(FoundSpeakers.in(c.paragraphs())), c + c.article());
    }

    @Test
    void everyFileNamesItsKindAndHoldsCases() throws Exception {
        assertThat(cases()).extracting(AttributionCase::kind).doesNotContainNull()
                .contains("pronoun", "role noun", "continued quote", "cue apart from its subject",
                        "descriptor before the name", "nested speech", "cue gap", "coordination", "not speech", "affiliation");
    }

    @Test
    void aCheckFailsWhenTheSpeakersDiffer() {
        AttributionCase c = AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "text: b",
                "speakers 1: A | B", "speakers 2 in any order: C | D", "speakers 1 include: A", "speakers 2 exclude: E")).get(0);
        assertThat(c.found(names(List.of("A", "B"), List.of("D", "C")))).isEqualTo(c.expected());
        assertThat(c.found(names(List.of("B", "A"), List.of("D", "C")))).isNotEqualTo(c.expected());
        assertThat(c.found(names(List.of("B"), List.of("D", "C", "E")))).isNotEqualTo(c.expected())
                .contains("speakers 1: B    <-").contains("speakers 2 exclude: D | C | E    <-");
    }

    private static FoundSpeakers names(List<String> first, List<String> second) {
        return new FoundSpeakers(List.of(first, second), Map.of());
    }

    @Test
    void aPostCheckFailsWhenThePostsDiffer() {
        AttributionCase c = AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a",
                "posts of A: chief, Harbour Board", "posts of B are not: chair, Senate")).get(0);
        Affiliation chief = new Affiliation("chief", "Harbour Board");
        Affiliation chair = new Affiliation("chair", "Senate");
        assertThat(c.found(posts(Map.of("A", List.of(chief), "B", List.of())))).isEqualTo(c.expected());
        assertThat(c.found(posts(Map.of("A", List.of(chief))))).isEqualTo(c.expected());
        assertThat(c.found(posts(Map.of("B", List.of(chair)))))
                .contains("posts of A: chief, Harbour Board    <- not a speaker")
                .contains("posts of B are not: chair, Senate    <- found");
        AttributionCase none = AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a",
                "posts of every speaker: none")).get(0);
        assertThat(none.found(posts(Map.of("A", List.of())))).isEqualTo(none.expected());
        assertThat(none.found(posts(Map.of("A", List.of(), "B", List.of(chair)))))
                .isEqualTo("posts of every speaker: chair, Senate    <- found");
    }

    private static FoundSpeakers posts(Map<String, List<Affiliation>> posts) {
        return new FoundSpeakers(List.of(List.of()), posts);
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() {
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speakers 2: A")))
                .hasMessageContaining("t.txt:2");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speaker 1: A")))
                .hasMessageContaining("t.txt:4");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a")))
                .hasMessageContaining("at least one");
        // checks that could not fail
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speakers 1 include: none")))
                .hasMessageContaining("t.txt:4");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "speakers 1 exclude: none")))
                .hasMessageContaining("t.txt:4");
        assertThatThrownBy(() -> AttributionCaseFile.parse("t.txt", List.of("kind: k", "case: c", "text: a", "posts of A are not: none")))
                .hasMessageContaining("t.txt:4");
    }
}
