package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A pronoun stands for the person who last opened a sentence, when that came after the speaker was named; "it" for a body just named. */
class PronounOpenerTest {

    @Test
    void aPersonJustIntroducedAsSubjectIsMeant() {
        assertThat(names("Marta Quell said the campaign began in bars.",
                "Tobin Arks joined the campaign early. About 50 people came to each event, he said."))
                .containsExactly(List.of("Marta Quell"), List.of("Tobin Arks"));
    }

    @Test
    void theSpeakerStaysWhenNoOneElseOpenedASentence() {
        assertThat(names("Marta Quell said the campaign began in bars.",
                "About 50 people came to each event, she said, praising Tobin Arks."))
                .containsExactly(List.of("Marta Quell"), List.of("Marta Quell"));
    }

    @Test
    void anOpenerOfTheOtherGenderIsPassedOver() {
        assertThat(names("Mr. Ivo Brandt said the vote was close.",
                "Ms. Lena Moor joined the count later. The margin was thin, he said."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Ivo Brandt"));
    }

    @Test
    void indefinitePronounsAndOpeningParticiplesAreNoNames() {
        assertThat(names("\"Anyone claiming that is wrong,\" Ivo Brandt said.", "Heaping praise on Lena Moor."))
                .containsExactly(List.of("Ivo Brandt"), List.of());
    }

    @Test
    void aNameInsideTheQuotationIsNotTheOneWhoSpeaksIt() {
        assertThat(names("Marta Quell said the campaign began in bars.",
                "“Tobin Arks will win the seat,” she said."))
                .containsExactly(List.of("Marta Quell"), List.of("Marta Quell"));
    }

    @Test
    void aQuotationOpenedAfterAStopKeepsItsNamesFromTheTag() {
        assertThat(names("Marta Quell said the talks had stalled. \"I used to think Tobin Arks would give way, but he holds firm,\" she said."))
                .containsExactly(List.of("Marta Quell"));
    }

    @Test
    void aNameWhoseFirstWordTheArticleWritesInLowerCaseIsNoAntecedent() {
        assertThat(names("Tobin Arks visited the school on Monday.",
                "But the Common Core was rolled out badly, he said. Teachers lacked the common time to plan."))
                .containsExactly(List.of(), List.of("Tobin Arks"));
    }

    @Test
    void itStandsForABodyNamedAsSubjectJustBefore() {
        assertThat(names("The Harbour Council met on Monday.", "It said the port would reopen."))
                .containsExactly(List.of(), List.of("Harbour Council"));
    }

    @Test
    void itDoesNotStandForABodyNamedLongBefore() {
        assertThat(names("The Harbour Council met on Monday.", "Prices rose in the spring.", "It said the port would reopen."))
                .containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    void aSubjectAfterAnIntroductoryPhraseOpensTheSentence() {
        assertThat(names("Marta Quell said the campaign began in bars.",
                "Reached by phone, Tobin Arks, the harbour chairman, hesitated. About 50 people came, he said."))
                .containsExactly(List.of("Marta Quell"), List.of("Tobin Arks"));
    }

    @Test
    void aPronounOpeningAJoinedClauseIsTheOneThatOpenedTheSentence() {
        assertThat(names("Mr. Ivo Brandt said the count was slow.",
                "He agreed that Tobin Arks may lose, but he said the vote was close."))
                .containsExactly(List.of("Ivo Brandt"), List.of("Ivo Brandt"));
    }

    @Test
    void aPronounFarFromItsAntecedentStandsForNobodyWhenAnotherPersonCouldBeMeant() {
        assertThat(names("Tobin Arks opened the bridge in 2019.", "Ivo Brandt visited the site on Monday.",
                "Traffic was light.", "The toll rose in May, he said."))
                .containsExactly(List.of(), List.of(), List.of(), List.of());
        assertThat(names("Ivo Brandt visited the site on Monday.", "Traffic was light.", "The toll rose in May, he said."))
                .containsExactly(List.of(), List.of(), List.of("Ivo Brandt"));
    }

    @Test
    void aChainOfPronounsKeepsItsSpeakerAcrossParagraphs() {
        assertThat(names("Ivo Brandt opened the bridge in 2019. Tobin Arks said the toll would rise.",
                "The toll rose in May, he said.", "Traffic was light, he added."))
                .containsExactly(List.of("Tobin Arks"), List.of("Tobin Arks"), List.of("Tobin Arks"));
    }
}
