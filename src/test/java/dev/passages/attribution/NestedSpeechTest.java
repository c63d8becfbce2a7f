package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** Speech reported inside a quotation is the quoted speaker's, not the paragraph's: nested speakers are left out. */
class NestedSpeechTest {

    @Test
    void aCueInsideAQuoteNamesNoSpeaker() {
        assertThat(names("Tom Reedman said, \u201cI heard that Ana Ruizova told the council it was safe.\u201d"))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("\"What Ana Ruizova said was wrong,\" Tom Reedman said."))
                .containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void aQuoteRunningOnFromThePreviousParagraphNestsItsCues() {
        assertThat(names("\u201cIt will fail,\u201d Tom Reedman said. \u201cIt always does.",
                "\u201cAnd when Ana Ruizova said it would work, nobody believed her.\u201d").get(1))
                .doesNotContain("Ana Ruizova");
    }

    @Test
    void marksOfMixedStylesStillCloseTheQuote() {
        assertThat(names("\u201cIt is unusual,\" said Tom Reedman, a lawyer."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("\u201cIt is unusual,\u201c said Tom Reedman."))
                .containsExactly(List.of("Tom Reedman"));
        assertThat(names("''It is unusual,'' Tom Reedman said. ''It is hard."))
                .containsExactly(List.of("Tom Reedman"));
    }

    @Test
    void anExcerptOpenedByALoneStraightMarkKeepsItsCues() {
        assertThat(names("\"On Sunday, Tom Reedman announced that he had raised the money."))
                .containsExactly(List.of("Tom Reedman"));
    }
}
