package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A given name borne almost only by men or women, or a title, tells a person's gender: a pronoun of the other
 * passes over them, and a surname under a title of the other names someone else.
 */
class ForenameGenderTest {

    @Test
    void sheIsNotTheManWhoSpokeLast() {
        assertThat(names("Claire Vos said the vote was close.",
                "Eric Holm said the count would go on. “It was thin,” she said."))
                .containsExactly(List.of("Claire Vos"), List.of("Eric Holm", "Claire Vos"));
    }

    @Test
    void heIsTheManWhoSpokeLast() {
        assertThat(names("Claire Vos said the vote was close.",
                "Eric Holm said the count would go on. “It was thin,” he said."))
                .containsExactly(List.of("Claire Vos"), List.of("Eric Holm"));
    }

    @Test
    void aPlaceThatIsAlsoAGivenNameTellsNothing() {
        assertThat(names("Ivo Brandt said the plan was sound.",
                "Virginia Gov. Terry Reed said the plan would pass. “It is time,” he said."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Virginia Gov. Terry Reed"));
    }

    @Test
    void theListsShareNoName() {
        assertThat(Lexicon.MALE_FORENAMES).doesNotContainAnyElementsOf(Lexicon.FEMALE_FORENAMES);
        assertThat(Lexicon.forenameGender("eric")).isEqualTo('m');
        assertThat(Lexicon.forenameGender("claire")).isEqualTo('f');
        assertThat(Lexicon.forenameGender("jordan")).isEqualTo((char) 0);
    }

    @Test
    void mrsIsNotTheMrNamedBefore() {
        assertThat(names("Mr. Tobin Arks said the plan was sound.", "Mrs. Arks said it was not."))
                .containsExactly(List.of("Tobin Arks"), List.of("Arks"));
    }

    @Test
    void aCourtesyTitleInAnAppositionIsAnotherPersons() {
        assertThat(names("Tobin Arks, a strategist for Mrs. Lena Moor, said the plan was sound.", "“It will pass,” he said."))
                .containsExactly(List.of("Tobin Arks"), List.of("Tobin Arks"));
    }
}
