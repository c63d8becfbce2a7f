package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker attribution of whole articles on invented sentences: cues, pronouns, role nouns, appositions and names. */
class AttributorTest {

    private final Attributor attributor = new Attributor();

    private List<List<String>> names(String... paragraphs) {
        return SpokenNames.namesBy(attributor, paragraphs);
    }

    @Test
    void nameBeforeCueSpeaksAndTitlesArePeeled() {
        assertThat(names("Pakistan's caretaker Prime Minister Jane Q. Doe on Monday urged restraint."))
                .containsExactly(List.of("Jane Q. Doe"));
    }

    @Test
    void pronounInheritsCurrentSpeaker() {
        assertThat(names("Minister Amal Rahimi said the border would reopen.", "He also said trade would resume."))
                .containsExactly(List.of("Amal Rahimi"), List.of("Amal Rahimi"));
    }

    @Test
    void accordingToHimResolvesLikeAPronoun() {
        assertThat(names("Envoy Tomas Berg said talks had begun.", "According to him, a deal is close."))
                .containsExactly(List.of("Tomas Berg"), List.of("Tomas Berg"));
    }

    @Test
    void roleNounResolvesToThePersonIntroducedWithThatRole() {
        assertThat(names("The country's prime minister Lena Farouk arrived in Geneva on Sunday.",
                "\u201cWe will act,\u201d the premier further said."))
                .containsExactly(List.of(), List.of("Lena Farouk"));
    }

    @Test
    void appositionDoesNotHideTheSubject() {
        assertThat(names("Omar Haddad, the spokesman of the Northern Alliance, said the claims were false."))
                .containsExactly(List.of("Omar Haddad"));
    }

    @Test
    void titleBeforeTheNameInAppositionStillFindsTheName() {
        assertThat(names("Meanwhile, Special Envoy for Regional Affairs, Hafiz Karim Qasmi, said on Sunday that peace mattered."))
                .containsExactly(List.of("Hafiz Karim Qasmi"));
    }

    @Test
    void aPersonNamedWithTheirEmployerSpeaksNotTheEmployer() {
        // newswire's "said NAME of FIRM" and "NAME of FIRM said"
        assertThat(names("\u201cRates will rise,\u201d said Maria Delgado of Harbor Securities Co Inc in Boston.",
                "\u201cNot yet,\u201d said Tom Reiss at First Meridian Bank.",
                "Based on Friday's data, Delgado of Harbor said the Fed is tightening."))
                .containsExactly(List.of("Maria Delgado"), List.of("Tom Reiss"), List.of("Maria Delgado"));
        // a title or an unknown single name before "of" is no employee: Chamber of Mines, Secretary of State
        assertThat(names("The Under-Secretary of State for Trade Affairs Joan Pike told reporters the talks failed."))
                .doesNotContain(List.of("Under-Secretary"));
        assertThat(names("Chamber of Mines said output fell.")).doesNotContain(List.of("Chamber"));
    }

    @Test
    void aFirmsNameKeepsItsPossessiveAndItsAndWhenItEndsAsAFirm() {
        assertThat(names("Moody's Investors Service Inc said it downgraded the debt.",
                "Standard and Poor's Corp said it affirmed the rating.", "Sweden's Tellus AB said sales rose."))
                .containsExactly(List.of("Moody's Investors Service Inc"), List.of("Standard and Poor's Corp"),
                        List.of("Tellus AB"));
        assertThat(names("\u201cWe are not worried,\u201d said Ruth Hale of Goldman, Sachs and Co.",
                "Peat, Marwick, Mitchell and Co said the audit was done."))
                .containsExactly(List.of("Ruth Hale"), List.of("Peat, Marwick, Mitchell and Co"));
        // two firms joined by "and" stay two
        assertThat(names("Gemco Corp and Northrop Corp said they would merge.").get(0))
                .doesNotContain("Gemco Corp and Northrop Corp");
    }

    @Test
    void aFirmNamedWithAndCoIsOneNameAndItsSurnameNamesItLater() {
        assertThat(names("Aubrey G. Lanston and Co said it expects higher rates.", "Lanston said the trend would last."))
                .containsExactly(List.of("Aubrey G. Lanston and Co"), List.of("Aubrey G. Lanston and Co"));
        assertThat(names("W.R. Grace and Co said it sold a unit.", "Grace said the sale closed."))
                .containsExactly(List.of("W.R. Grace and Co"), List.of("W.R. Grace and Co"));
    }

    @Test
    void aRoleNounQualifiedByAKnownOrganisationIsThatOrganisation() {
        assertThat(names("James Capel and Co cut its forecast on Monday.", "\u201cDemand is weak,\u201d the Capel firm said."))
                .containsExactly(List.of(), List.of("James Capel and Co"));
        assertThat(names("Texas Air Corp's Continental Airlines unit said it would add flights."))
                .containsExactly(List.of("Continental Airlines"));
    }

    @Test
    void theNameAfterTheLastTitleIsThePerson() {
        assertThat(names("Federal Reserve Board Chairman Paul Vance said rates would hold.",
                "\u201cSales were strong,\u201d said CJ Analyst Harriet Moss."))
                .containsExactly(List.of("Paul Vance"), List.of("Harriet Moss"));
    }

    @Test
    void cueWordsUsedAsNounsOrForKeepingAreNoCues() {
        assertThat(names("Some OPEC states are unhappy with their quotas.", "OPEC maintains its output curbs.",
                "The Fed discount rate stayed at 5.5 pct.", "The plan, which Vireo Corp says will cut costs, starts soon."))
                .containsExactly(List.of(), List.of(), List.of(), List.of("Vireo Corp"));
    }

    @Test
    void anUnnamedSpokesmanSpeaksForTheCompanyAtHand() {
        assertThat(names("Vantor Corp said it expected a loss.", "A company spokesman said figures were not available.",
                "The spokesman said the move would help.", "The number two automaker said plants would work overtime."))
                .containsExactly(List.of("Vantor Corp"), List.of("Vantor Corp"), List.of("Vantor Corp"), List.of("Vantor Corp"));
        // a spokesman of some other body is not the company's
        assertThat(names("Vantor Corp said it expected a loss.", "A ministry spokesman said the rules would change."))
                .containsExactly(List.of("Vantor Corp"), List.of());
    }

    @Test
    void heAfterAnUnnamedPersonIsThatPersonNotTheLastNamedOne() {
        assertThat(names("Treasury Secretary Jim Baxter said the dollar had fallen enough.",
                "A Tokyo currency analyst shared Baxter's doubts. \u201cIntervention is unlikely,\u201d he said."))
                .containsExactly(List.of("Jim Baxter"), List.of());
    }

    @Test
    void aCapitalisedUnnamedSourceIsNobodyNotANamesakes() {
        assertThat(names("Commission President Jacques Delage said the talks would resume.",
                "Dealers said the dollar rose.", "Non-OPEC Egypt said it would cut output."))
                .containsExactly(List.of("Jacques Delage"), List.of(), List.of("Egypt"));
    }

    @Test
    void invertedSubjectAfterQuote() {
        assertThat(names("\u201cThe border stays open,\u201d said Nadia Okafor."))
                .containsExactly(List.of("Nadia Okafor"));
    }

    @Test
    void personOnlyMentionedIsNotASpeaker() {
        assertThat(names("Reza Talebi spoke first.",
                "Omar Haddad, the group's spokesman, has not yet responded to Talebi's statements but he has said many times that peace matters."))
                .element(1).isEqualTo(List.of("Omar Haddad"));
    }

    @Test
    void mediaReportingIsASpeakerAndAddresseesAreNot() {
        assertThat(names("In an interview with Geo News, Dana Whitfield said the talks failed.",
                "The figures rose sharply, Geo News reported."))
                .containsExactly(List.of("Dana Whitfield"), List.of("Geo News"));
    }

    @Test
    void genericSourcesAreNotSpeakers() {
        assertThat(names("Officials said the road was closed.", "Traders said prices fell.", "Pakistan media reported a blast."))
                .containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    void continuedQuoteInheritsThePreviousSpeaker() {
        assertThat(names("Mayor Lin Ortega said: \u201cWe rebuilt the bridge.",
                "\u201cAnd we will rebuild the school.\u201d"))
                .containsExactly(List.of("Lin Ortega"), List.of("Lin Ortega"));
    }

    @Test
    void theCompanyIsTheCompanyThatSpoke() {
        assertThat(names("Acme Widgets Inc said it would cut 200 jobs.", "The company said the cuts were final."))
                .containsExactly(List.of("Acme Widgets Inc"), List.of("Acme Widgets Inc"));
    }

    @Test
    void acronymInParenthesesIsTheSameOrganisation() {
        List<List<Attribution>> a = attributor.attribute(List.of(
                "Attacks rose, according to the Centre for Peace Studies (CPS).", "CPS said deaths doubled."));
        assertThat(a.get(0).get(0).speaker().key()).isEqualTo(a.get(1).get(0).speaker().key());
        assertThat(a.get(1).get(0).speaker().aliases()).contains("CPS");
    }

    @Test
    void newswireTickersAndBracketsDoNotHideTheCompany() {
        assertThat(names("<Pilgrim Venture Corp> <PVC> said it signed a letter of intent."))
                .containsExactly(List.of("Pilgrim Venture Corp"));
    }

    @Test
    void datelineIsNotASpeaker() {
        assertThat(names("ISLAMABAD: The ministry announced nothing new, sources said."))
                .containsExactly(List.of());
    }

    private List<String> types(String paragraph) {
        return attributor.attribute(List.of(paragraph)).get(0).stream()
                .map(a -> a.speaker().name() + "/" + a.speaker().type()).toList();
    }

    @Test
    void outletsWrittenAsOneWordWithNewsOrAsALanguageServiceAreMedia() {
        assertThat(types("Leading scholars endorsed the statement, 99NewsHD reported on Monday."))
                .containsExactly("99NewsHD/MEDIA");
        assertThat(types("Northland International Pashto has reported, citing several sources, that 25 were held."))
                .containsExactly("Northland International Pashto/MEDIA");
        assertThat(types("The claims were false, Valley News Urdu reported."))
                .containsExactly("Valley News Urdu/MEDIA");
    }

    @Test
    void aNameThatMerelyBeginsWithNewsIsAPerson() {
        assertThat(types("Governor Carla Newsome said the budget was balanced."))
                .containsExactly("Carla Newsome/PERSON");
    }

    @Test
    void twoApostrophesOrBackticksAreQuotationMarks() {
        assertThat(names("''It is particularly risky,'' Ms. Lind said.", "``Not yet,'' said Tom Reed."))
                .containsExactly(List.of("Lind"), List.of("Tom Reed"));
    }

    @Test
    void aSurnameAfterACourtesyTitleIsANameEvenWhenItIsATitleWord() {
        assertThat(names("\u201cIt will fail,\u201d Mr. Prince said.", "Ms. Major said the vote would pass."))
                .containsExactly(List.of("Prince"), List.of("Major"));
        assertThat(names("\u201cThank you,\u201d Mr. President said nobody.")).containsExactly(List.of());
    }

    @Test
    void aPossessorAfterTheCueIsWhatIsSaidNotWhoSaysIt() {
        assertThat(names("Sara Lind, a party activist, says Reed's rise is hurting the party."))
                .containsExactly(List.of("Sara Lind"));
    }

    @Test
    void aPronounPassesOverAPersonOfTheOtherGender() {
        assertThat(names("Ms. Lind met Mr. Reed on Monday. \u201cIt will fail,\u201d she said."))
                .containsExactly(List.of("Lind"));
        assertThat(names("Economist Sara Lind, a spokeswoman for the bank, disagreed.",
                "Mr. Reed said the plan was sound.", "\u201cIt will fail,\u201d she said."))
                .containsExactly(List.of(), List.of("Reed"), List.of("Sara Lind"));
    }

    @Test
    void aHeadlineInTitleCaseHasItsCue() {
        assertThat(names("Sara Lind Says The Bridge Will Reopen.", "Tom Reed Tells Voters They Need To Change Course."))
                .containsExactly(List.of("Sara Lind"), List.of("Tom Reed"));
    }

    @Test
    void aParticipleAfterACommaHasTheSubjectOfItsClause() {
        assertThat(names("Tom Reed arrived. Reed hailed the vote as fantastic, telling reporters that it was great.",
                "In an interview with the Daily Planet, Sara Lind questioned the plan, saying it would fail.",
                "Police arrested Tom Wells on Monday, saying he had fled.",
                "Hours after the attack, the ministry issued a protest, demanding action.",
                "Northland officials rejected the claims, saying they were false."))
                .containsExactly(List.of("Tom Reed"), List.of("Sara Lind"), List.of(), List.of(), List.of());
    }

    @Test
    void presentParticiplesAreMadeByTheSpellingRules() {
        assertThat(Lexicon.presentParticiple("tell")).isEqualTo("telling");
        assertThat(Lexicon.presentParticiple("state")).isEqualTo("stating");
        assertThat(Lexicon.presentParticiple("admit")).isEqualTo("admitting");
        assertThat(Lexicon.presentParticiple("agree")).isEqualTo("agreeing");
    }
}
