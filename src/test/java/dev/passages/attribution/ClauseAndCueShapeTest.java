package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** Speakers whose cue or subject takes a shape beyond "Name said": clauses, participles, particles, appositions, pronouns. */
class ClauseAndCueShapeTest {

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

    @Test
    void aPronounStandsForWhoOpenedTheSentenceBeforeOverAnEarlierSpeakerMentionedSince() {
        assertThat(names("\"It will fail,\" said Ana Ruizova.",
                "Tom Reedman has cast the plan as what Ruizova wants. He has criticized Ruizova for it."))
                .containsExactly(List.of("Ana Ruizova"), List.of("Tom Reedman"));
    }

    @Test
    void majorityAndMinorityAreTitlesBeforeAName() {
        List<Attribution> found = new Attributor().attribute(List.of(
                "Senate Majority Leader Tom Reedman said the bill would pass.")).get(0);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker().name()).isEqualTo("Tom Reedman");
            assertThat(a.speaker().type()).isEqualTo(SpeakerType.PERSON);
        });
    }

    @Test
    void anIntensifyingReflexiveStandsBetweenSubjectAndCue() {
        assertThat(names("Tom Reedman himself said the deal was on.")).containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void anInvertedSubjectMayCloseWithAnAffiliationPhraseOrOpenWithAParticiple() {
        assertThat(names("\"There is a passion for it,\" said Tom Reedman of the Ohio delegation."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("\"I disagree,\" said retired Army Lt. Gen. Tom Reedman, who served as an adviser."))
                .containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void calledIsACueWhenAQuotationFollowsOrWithOut() {
        assertThat(names("Tom Reedman called the council\u2019s plan \u201cdisrespectful to the workers.\u201d"))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman called out his rival for the plan.")).containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman called Mary Lind on Monday.")).containsExactly(List.of());
    }

    @Test
    void aParticipleHangsOnTheClauseBeforeAfterAQuoteADashOrWhile() {
        assertThat(names("Tom Reedman has delivered a defense of \u201charbour values,\u201d saying the city embodied them."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman flipped his choice on the spot \u2013 saying he was rooting for the visitors."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman had a comparable view of the plan, while saying that the speech reassured him."))
                .containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void respondedIsACueBeforePunctuationOrWithOnIn() {
        assertThat(names("Tom Reedman responded, \u201cIt has.\u201d")).containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman responded on Twitter, calling the charge pathetic."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("Tom Reedman responded well to the treatment.")).containsExactly(List.of());
    }

    @Test
    void aCueWordInItsPluralFormBeforeLikeOrAndIsANoun() {
        assertThat(names("The campaign will pore over data in Republican states like Arizona and Georgia."))
                .containsExactly(List.of());
        assertThat(names("As Soviet states and neighbours, the two countries fell out.")).containsExactly(List.of());
        assertThat(names("Tom Reedman notes that the states fell out.")).containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void aPartyAndStateParenthesisAfterTheNameBeforeAnAppositionOrAComma() {
        assertThat(names("Sen. Ana Ruizova (D-Mo.), who has endorsed the mayor, said the plan was sound."))
                .containsExactly(List.of("Ana Ruizova"));
        assertThat(names("Gov. Peter Vanly (R-OH), said, \u201cWe are ready.\u201d").get(0))
                .singleElement().asString().endsWith("Peter Vanly");
    }

    @Test
    void aSecondVerbJoinedByAndOrThenSharesTheClauseSubject() {
        assertThat(names("Carl Minsky was quick to embrace the plan and said this week that it was sound."))
                .containsExactly(List.of("Carl Minsky"));
        assertThat(names("Carl Minsky offered the man a job, then says he will welcome advice."))
                .containsExactly(List.of("Carl Minsky"));
        assertThat(names("The council met on Monday and said the port would reopen.")).containsExactly(List.of());
    }

    @Test
    void aPronounAfterAnInvertedCueOpensTheReportedClauseUnlessItClosesIt() {
        assertThat(names("Tom Reedman said it was late.", "Ada Fishman, a consultant whose firm was hired by the campaign, said he would be shocked."))
                .containsExactly(List.of("Tom Reedman"), List.of("Ada Fishman"));
        assertThat(names("Tom Reedman said it was late.", "\u201cIt is over,\u201d said he.").get(1))
                .containsExactly("Tom Reedman");
    }

    @Test
    void aPossessorBeforeTheNameOfAnApposedSubject() {
        assertThat(names("North Carolina\u2019s Ada Fishman, one of only a handful of members, said she was worried."))
                .containsExactly(List.of("Ada Fishman"));
    }

    @Test
    void aTimePhraseMayStandBetweenTheSubjectAndItsCue() {
        assertThat(names("Oren Malloch on Thursday evening said the pier would close."))
                .containsExactly(List.of("Oren Malloch"));
        assertThat(names("Oren Malloch, the party chairman, this past week announced a new pier."))
                .containsExactly(List.of("Oren Malloch"));
    }

    @Test
    void aCueAfterAVerbThatHandsOnItsSubject() {
        assertThat(names("Oren Malloch went on to say the pier would close."))
                .containsExactly(List.of("Oren Malloch"));
        assertThat(names("Oren Malloch was quick to add that the pier would stay."))
                .containsExactly(List.of("Oren Malloch"));
        assertThat(names("Oren Malloch declined to say whether the pier would close."))
                .containsExactly(List.of());
    }

    @Test
    void aNameAsObjectBeforeAndDoesNotStopTheClauseSubject() {
        assertThat(names("Ana Pell blasted the Harbour Council and said the port would reopen."))
                .containsExactly(List.of("Ana Pell"));
        assertThat(names("Carl Minsky met Tobin Arks and said the talks went well."))
                .containsExactly(List.of("Carl Minsky"));
    }
}
