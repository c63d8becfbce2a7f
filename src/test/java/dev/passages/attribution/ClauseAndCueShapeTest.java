package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers whose cue takes a shape beyond "Name said": a clause opened by a conjunction, a quote closed by "continued". */
class ClauseAndCueShapeTest {

    private static List<List<String>> names(String... paragraphs) {
        return new Attributor().attribute(List.of(paragraphs)).stream()
                .map(p -> p.stream().map(a -> a.speaker().name()).toList()).toList();
    }

    @Test
    void aNameAfterAConjunctionThatOpensAClauseIsTheSubject() {
        assertThat(names("He met the mayor in May, and Oren Malloch said it was one of his favourite days."))
                .containsExactly(List.of("Oren Malloch"));
        assertThat(names("Cass Wendel had a strong night after Moray Tull said he would not run.").get(0))
                .contains("Moray Tull");
    }

    @Test
    void aNameInsideAPhraseStaysNoSubject() {
        assertThat(names("A meeting with Oren Malloch said nothing new.")).containsExactly(List.of());
    }

    @Test
    void continuedClosesAQuoteOrOpensOne() {
        assertThat(names("Oren Malloch continued:")).containsExactly(List.of("Oren Malloch"));
        assertThat(names("\u201cIt was fine,\u201d Cass Wendel continued. \u201cIt was very fine.\u201d"))
                .containsExactly(List.of("Cass Wendel"));
        assertThat(names("\"It was fine,\" continued Cass Wendel."))
                .containsExactly(List.of("Cass Wendel"));
    }

    @Test
    void continuedWithAnObjectIsNoCue() {
        assertThat(names("Oren Malloch continued the search for a deal.")).containsExactly(List.of());
        assertThat(names("Cass Wendel has continued to push for a new tax.")).containsExactly(List.of());
    }
}
