package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A person's gender is learned from a he or she later in a sentence the person opens, and then agrees. */
class PronounGenderTest {

    @Test
    void aPersonWhoseSentenceSaysHerselfIsNoHe() {
        assertThat(names("Mr. Ivo Brandt said the vote was close.",
                "Lena Moor distanced herself from the count. The margin was thin, he said."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Ivo Brandt"));
    }

    @Test
    void withoutSuchAPronounTheOpenerIsMeant() {
        assertThat(names("Mr. Ivo Brandt said the vote was close.",
                "Lena Moor distanced the party from the count. The margin was thin, she said."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Lena Moor"));
    }

    @Test
    void anotherNameBetweenTellsNothing() {
        assertThat(names("Mr. Ivo Brandt said the vote was close.",
                "Lena Moor praised Tobin Arks and his team. The margin was thin, he said."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Lena Moor"));
    }
}
