package dev.passages.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static dev.passages.attribution.SpokenNames.sortedNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution on invented sentences where a case file's speaker lists cannot say it: speaker types, keys and
 * aliases, and conditions on a paragraph's speakers other than which they are (the rest: {@link AttributionCasesTest}).
 */
class AttributorTest {

    private final Attributor attributor = new Attributor();

    @Test
    void aTitleOrAnUnknownSingleNameBeforeOfIsNoEmployer() {
        // Chamber of Mines, Secretary of State: the word before "of" is not someone employed there
        assertThat(names("The Under-Secretary of State for Trade Affairs Joan Pike told reporters the talks failed."))
                .doesNotContain(List.of("Under-Secretary"));
        assertThat(names("Chamber of Mines said output fell.")).doesNotContain(List.of("Chamber"));
    }

    @Test
    void acronymInParenthesesIsTheSameOrganisation() {
        List<List<Attribution>> a = attributor.attribute(List.of(
                "Attacks rose, according to the Centre for Peace Studies (CPS).", "CPS said deaths doubled."));
        assertThat(a.get(0).get(0).speaker().key()).isEqualTo(a.get(1).get(0).speaker().key());
        assertThat(a.get(1).get(0).speaker().aliases()).contains("CPS");
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
    void aHouseIsABody() {
        assertThat(types("The Harbour House said it would veto the bill.")).containsExactly("Harbour House/ORGANIZATION");
    }

    @Test
    void aNameThatMerelyBeginsWithNewsIsAPerson() {
        assertThat(types("Governor Carla Newsome said the budget was balanced."))
                .containsExactly("Carla Newsome/PERSON");
    }

    @Test
    void majorityAndMinorityAreTitlesBeforeAName() {
        assertThat(types("Senate Majority Leader Tom Reedman said the bill would pass."))
                .containsExactly("Tom Reedman/PERSON");
    }

    @Test
    void aPartyAndStateParenthesisBeforeACommaEndsTheName() {
        assertThat(names("Gov. Peter Vanly (R-OH), said, \u201cWe are ready.\u201d").get(0))
                .singleElement().asString().endsWith("Peter Vanly");
    }

    @Test
    void aPortfolioJoinedByAndStaysOneTitle() {
        assertThat(sortedNames("Minister of Trade and Industry Orla Venn said the talks were over."))
                .noneMatch(p -> p.contains("Orla Venn") && p.size() > 1);
    }

    @ParameterizedTest
    @CsvSource({"tell, telling", "state, stating", "admit, admitting", "agree, agreeing"})
    void presentParticiplesAreMadeByTheSpellingRules(String verb, String participle) {
        assertThat(Lexicon.presentParticiple(verb)).isEqualTo(participle);
    }
}
