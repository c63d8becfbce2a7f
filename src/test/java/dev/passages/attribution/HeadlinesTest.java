package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlinesTest {

    /** The names a sentence holds, read as a headline. */
    private static List<String> headlineNames(String sentence) {
        TokenList toks = Tokenizer.tokens(sentence);
        assertThat(Headlines.isHeadline(toks, 0, toks.size())).as(sentence).isTrue();
        return new MentionFinder(w -> false, Outlets.NONE, BylineNames.NONE, w -> false)
                .find(toks, 0, toks.size(), true).stream().map(Mention::name).toList();
    }

    @Test
    void wordsNoNameHoldsEndANameInAHeadline() {
        assertThat(headlineNames("Kara Holm May Not Have Suggested A Bridge Toll")).first().isEqualTo("Kara Holm");
        assertThat(headlineNames("After Tom Reedley Heard What His Old Rival Said, Vera Lind Struck Back"))
                .doesNotContain("Old Rival").noneMatch(n -> n.contains("What") || n.contains("His"));
        assertThat(headlineNames("Theresa Vale Says Kara Holm Will Not Resign")).contains("Theresa Vale", "Kara Holm");
    }

    @Test
    void aModalThatIsAlsoANameStaysInTheName() {
        assertThat(headlineNames("Theresa May Says The Harbour Bridge Will Reopen")).first().isEqualTo("Theresa May");
    }

    @Test
    void titleCaseIsEveryLongerWordCapitalisedButNotAllInCapitals() {
        TokenList title = Tokenizer.tokens("Beloved Novelist Tom Reedley Says The Bridge Is Unsafe.");
        TokenList capitals = Tokenizer.tokens("THE NAIRA HAS FALLEN AGAINST THE DOLLAR SINCE MAY.");
        TokenList story = Tokenizer.tokens("The Federal Home Loan Bank Board announced the merger of South Bay Savings.");
        assertThat(Headlines.isTitleCase(title, 0, title.size())).isTrue();
        assertThat(Headlines.isTitleCase(capitals, 0, capitals.size())).isFalse();
        assertThat(Headlines.isTitleCase(story, 0, story.size())).isFalse();
    }
}
