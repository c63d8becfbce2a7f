package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document noun ({@code the statement said}) speaks for who issued it, when that is still in focus. */
class DocumentIssuerTest {

    private static List<List<String>> names(String... paragraphs) {
        return new Attributor().attribute(List.of(paragraphs)).stream()
                .map(p -> p.stream().map(a -> a.speaker().name()).toList()).toList();
    }

    @Test
    void theStatementSpeaksForTheOneWhoJustSpoke() {
        assertThat(names("The Harbour Council said on Monday that the pier would close.",
                "\u201cRepairs will take a year,\u201d the statement said."))
                .containsExactly(List.of("Harbour Council"), List.of("Harbour Council"));
    }

    @Test
    void aStatementLongAfterTheLastSpeakerNamesNoOne() {
        assertThat(names("The Harbour Council said on Monday that the pier would close.",
                "The pier was built in 1901 and rebuilt twice.",
                "Fishing boats moved to the north quay last winter.",
                "\u201cRepairs will take a year,\u201d the statement said.").get(3)).isEmpty();
    }

    @Test
    void thisStatementIsADocumentNounToo() {
        assertThat(names("The Harbour Council said on Monday that the pier would close.",
                "This statement said repairs would take a year.").get(1)).containsExactly("Harbour Council");
    }
}
