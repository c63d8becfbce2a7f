package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** The name after "by" that follows a passive cue speaks ({@code was first reported by X}); a name that qualifies a noun there does not. */
class PassiveAgentTest {

    @Test
    void theAgentOfAPassiveCueSpeaks() {
        assertThat(names("The closure of the port was first reported by the Northfield Gazette."))
                .containsExactly(List.of("Northfield Gazette"));
    }

    @Test
    void aPersonAfterTheBodyAndPostOfTheAgentSpeaks() {
        assertThat(names("Tobin Arks was asked by Northfield Radio host Marta Quell whether the port would close."))
                .containsExactly(List.of("Marta Quell"));
    }

    @Test
    void aNameQualifyingANounAfterByNamesNoOne() {
        assertThat(names("The pledge was warmly welcomed by Harbour Council members."))
                .containsExactly(List.of());
    }
}
