package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A role noun names the person who holds that post, not one who holds the post its qualifier sets aside. */
class RoleNounPostTest {

    @Test
    void theRoleNounFindsThePersonWithThatPost() {
        assertThat(names("President Ana Ruiz opened the harbour on Monday.", "The pier will reopen, the president said."))
                .containsExactly(List.of(), List.of("Ana Ruiz"));
    }

    @Test
    void aFormerHolderIsNotTheOneWhoHoldsThePostNow() {
        assertThat(names("President Ana Ruiz opened the harbour on Monday.", "The pier will reopen, the former president said."))
                .containsExactly(List.of(), List.of());
        assertThat(names("President Ana Ruiz opened the harbour on Monday.",
                "The pier will reopen, the former Ohio president said."))
                .containsExactly(List.of(), List.of());
    }

    @Test
    void aPostOfAnotherRankIsNotThePostItself() {
        assertThat(names("President Ana Ruiz opened the harbour on Monday.", "The pier will reopen, the vice president said."))
                .containsExactly(List.of(), List.of());
    }
}
