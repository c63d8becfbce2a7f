package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A speaker named after capitalised words and lower-case role words, before or after the cue. */
class SubjectLeadInTest {

    @Test
    void invertedSubjectAfterAnEmployerAndARoleWord() {
        assertThat(names("\u201cTurnout is the key,\u201d said Norbury pollster Cass Wendel."))
                .containsExactly(List.of("Cass Wendel"));
        assertThat(names("\"Turnout is the key,\" said former Dorrit adviser Cass Wendel in a statement."))
                .containsExactly(List.of("Cass Wendel"));
    }

    @Test
    void invertedSubjectWithAnAffiliationAfterThe() {
        assertThat(names("\"Prices will rise,\" said Cass Wendel of the Northern Grocers Federation."))
                .containsExactly(List.of("Cass Wendel"));
    }

    @Test
    void aCueWithAClauseAfterItNamesNoOneInThatClause() {
        assertThat(names("\"It will pass,\" said Cass Wendel, who then said Moray Tull would vote.").get(0))
                .contains("Cass Wendel").doesNotContain("Moray Tull");
    }

    @Test
    void subjectWithTitlesAndAPlaceBeforeAnApposition() {
        assertThat(names("Rep. Oren Malloch of New Sarum, a party whip, said the bill would pass."))
                .containsExactly(List.of("Oren Malloch"));
        assertThat(names("Former House speaker Oren Malloch, a party whip, said the bill would pass."))
                .containsExactly(List.of("Oren Malloch"));
    }

    @Test
    void accordingToANameAfterRoleWords() {
        assertThat(names("The harbour will reopen, according to campaign manager Cass Wendel."))
                .containsExactly(List.of("Cass Wendel"));
        assertThat(names("The harbour will reopen, according to spokeswoman Cass Wendel."))
                .containsExactly(List.of("Cass Wendel"));
    }

    @Test
    void invertedSubjectAfterAPossessorAndRoleWords() {
        assertThat(names("\u201cTurnout is the key,\u201d said Dorrit\u2019s top foreign policy aide Cass Wendel."))
                .containsExactly(List.of("Cass Wendel"));
    }

    @Test
    void aPossessorAfterAnInvertedCueOpensWhatIsSaid() {
        assertThat(names("Critics say Dorrit\u2019s top aide Cass Wendel is wrong.").get(0)).doesNotContain("Cass Wendel");
    }

    @Test
    void theAbbreviatedReverendIsATitleNotASentenceEnd() {
        assertThat(names("\u201cWe will march,\u201d said Rev. Cass Wendel, the pastor of a church in Norbury."))
                .containsExactly(List.of("Cass Wendel"));
    }
}
