package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of given names borne almost only by men or by women, which tell a person's gender to pronouns
 * (the cases that use them: {@code attribution/cases/1-pronoun.txt}).
 */
class ForenameGenderTest {

    @Test
    void theListsShareNoName() {
        assertThat(Lexicon.MALE_FORENAMES).doesNotContainAnyElementsOf(Lexicon.FEMALE_FORENAMES);
        assertThat(Lexicon.forenameGender("eric")).isEqualTo('m');
        assertThat(Lexicon.forenameGender("claire")).isEqualTo('f');
        assertThat(Lexicon.forenameGender("jordan")).isEqualTo((char) 0);
    }
}
