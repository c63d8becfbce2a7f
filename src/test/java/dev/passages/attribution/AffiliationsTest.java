package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The posts a speaker holds in an organisation, in each shape news writes them, and words that tie no one. */
class AffiliationsTest {

    /** Each speaker of the article's paragraphs by name, with the posts the article gives it. */
    private static Map<String, List<Affiliation>> posts(String... paragraphs) {
        return new Attributor().attribute(List.of(paragraphs)).stream().flatMap(List::stream)
                .collect(Collectors.toMap(a -> a.speaker().name(), a -> a.speaker().affiliations(), (x, y) -> x));
    }

    @Test
    void appositionWithThePostAndItsOrganisation() {
        assertThat(posts("\"We will not allow it,\" Tom Reed, the spokesman of the Northern Alliance Council, said on Monday."))
                .containsEntry("Tom Reed", List.of(new Affiliation("spokesperson", "Northern Alliance Council")));
        assertThat(posts("Cass Wendel, a senior official at the Harbour Authority, said the port would reopen."))
                .containsEntry("Cass Wendel", List.of(new Affiliation("senior official", "Harbour Authority")));
    }

    @Test
    void organisationBeforeThePostAndTheName() {
        assertThat(posts("Foreign Ministry spokeswoman Ana Ruiz told reporters the talks would go on."))
                .containsEntry("Ana Ruiz", List.of(new Affiliation("spokesperson", "Foreign Ministry")));
        assertThat(posts("Orrin Trust Corp Chief Executive Moray Tull said profits rose."))
                .containsEntry("Moray Tull", List.of(new Affiliation("chief executive", "Orrin Trust Corp")));
    }

    @Test
    void organisationsPossessiveBeforeOrAfterTheName() {
        assertThat(posts("\"The plan is sound,\" said Sara Lind, Orrin Trust Corp's chief executive."))
                .containsEntry("Sara Lind", List.of(new Affiliation("chief executive", "Orrin Trust Corp")));
        assertThat(posts("Orrin Trust Corp's deputy chairman Piet Vos said profits rose."))
                .containsEntry("Piet Vos", List.of(new Affiliation("deputy chair", "Orrin Trust Corp")));
    }

    @Test
    void postOfTheOrganisationBeforeTheName() {
        assertThat(posts("The director of the Harbour Authority, Peter Vance, said the port would reopen."))
                .containsEntry("Peter Vance", List.of(new Affiliation("director", "Harbour Authority")));
    }

    @Test
    void organisationsPossessivePostBeforeTheNameInCommas() {
        assertThat(posts("The Harbour Authority's deputy director, Peter Vance, said the port would reopen."))
                .containsEntry("Peter Vance", List.of(new Affiliation("deputy director", "Harbour Authority")));
    }

    @Test
    void anAcronymInParenthesesBetweenTheOrganisationAndThePost() {
        assertThat(posts("The Northern Alliance Council (NAC) spokesman Tom Reed said the talks would go on."))
                .containsEntry("Tom Reed", List.of(new Affiliation("spokesperson", "Northern Alliance Council")));
    }

    @Test
    void anOrganisationNamedByItsHeadWordIsTheOneWhoseNameEndsSo() {
        Map<String, List<Affiliation>> posts = posts(
                "Members of the Northern Alliance Council met on Monday.",
                "Council chief Tom Reed said the meeting went well.");
        assertThat(posts.get("Tom Reed")).containsExactly(new Affiliation("chief", "Northern Alliance Council"));
    }

    @Test
    void postOfTheOrganisationRightBeforeTheName() {
        Map<String, List<Affiliation>> posts =
                posts("The spokesman of the Northfield Teachers Union Tom Reed said the talks would go on.");
        assertThat(posts).containsEntry("Tom Reed", List.of(new Affiliation("spokesperson", "Northfield Teachers Union")));
        assertThat(posts).doesNotContainKey("Northfield Teachers Union Tom Reed");
    }

    @Test
    void relativeClauseWithThePost() {
        assertThat(posts("Maria Holm, who is president of the Teachers Union, said the strike would end."))
                .containsEntry("Maria Holm", List.of(new Affiliation("president", "Teachers Union")));
    }

    @Test
    void postBeforeTheNameAndTheOrganisationAfterIt() {
        assertThat(posts("\"It is over,\" said spokesman Karl Dorn of the Rivers Institute."))
                .containsEntry("Karl Dorn", List.of(new Affiliation("spokesperson", "Rivers Institute")));
    }

    @Test
    void theOrganisationIsNamedByItsFullestNameInTheArticle() {
        Map<String, List<Affiliation>> posts = posts(
                "The Northern Alliance Council (NAC) met on Monday.",
                "Tom Reed, a spokesman for the NAC, said the meeting went well.");
        assertThat(posts.get("Tom Reed")).containsExactly(new Affiliation("spokesperson", "Northern Alliance Council"));
    }

    @Test
    void aPastPostTiesNoOne() {
        assertThat(posts("Tom Reed, a former spokesman for the Northern Alliance Council, said it was wrong."))
                .containsEntry("Tom Reed", List.of());
    }

    @Test
    void aPastPostBeforeTheOrganisationTiesNoOne() {
        assertThat(posts("Former Harbour Authority director Peter Vance said the port would reopen."))
                .containsEntry("Peter Vance", List.of());
    }

    @Test
    void anOrganisationOfAnotherIsThePersonsOwn() {
        assertThat(posts("\"It is close,\" said Cass Wendel, director of Orrin University's Harbour Institute."))
                .containsEntry("Cass Wendel", List.of(new Affiliation("director", "Harbour Institute")));
    }

    @Test
    void aPortfolioBeforeACapitalisedTitleIsNoOrganisation() {
        assertThat(posts("Northland Fisheries Minister Piet Vos said the catch was ample."))
                .containsEntry("Piet Vos", List.of());
        assertThat(posts("Northland Energy Minister Piet Vos said supplies were ample."))
                .containsEntry("Piet Vos", List.of());
        assertThat(posts("Northland Energy minister Piet Vos said supplies were ample."))
                .containsEntry("Piet Vos", List.of());
    }

    @Test
    void titlesThatAreNotAllThePostLeaveTheOrganisationUnknown() {
        assertThat(posts("Senate Foreign Relations Committee Chairman Bob Corbin said the bill would pass."))
                .doesNotContainEntry("Bob Corbin", List.of(new Affiliation("chair", "Senate")));
    }

    @Test
    void aPlaceOrAPersonIsNoOrganisation() {
        assertThat(posts("Tom Reed, a spokesman for Pakistan, said it was wrong.")).containsEntry("Tom Reed", List.of());
        assertThat(posts("Sara Lind, an adviser of Tom Reed, said it was wrong.")).containsEntry("Sara Lind", List.of());
    }

    @Test
    void wordsThatAreNoPostTieNoOne() {
        assertThat(posts("Tom Reed, a friend of the Northern Alliance Council, said it was wrong."))
                .containsEntry("Tom Reed", List.of());
        assertThat(posts("Tom Reed, who visited the Harbour Authority, said it was wrong."))
                .containsEntry("Tom Reed", List.of());
        assertThat(posts("The Harbour Authority hired Tom Reed. \"It is a good day,\" Reed said.").values())
                .allSatisfy(p -> assertThat(p).isEmpty());
        // the name after the organisation's post is no apposition: it speaks of the post, it does not hold it
        assertThat(posts("Tom Reed met the president of the Teachers Union, Maria Holm said."))
                .doesNotContainEntry("Maria Holm", List.of(new Affiliation("president", "Teachers Union")));
    }

    @Test
    void anOrganisationSpeakingHasNoPost() {
        assertThat(posts("The Harbour Authority said the port would reopen.")).containsEntry("Harbour Authority", List.of());
    }
}
