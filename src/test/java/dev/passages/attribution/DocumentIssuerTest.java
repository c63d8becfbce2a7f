package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A document noun ({@code the statement said}) speaks for who issued it, when that is still in focus. */
class DocumentIssuerTest {

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
