package dev.passages.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cue detection and paragraph openings, each on its own. */
class CueFinderTest {

    private static String cueOf(String sentence, String word) {
        TokenList toks = Tokenizer.tokens(sentence);
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).text().equals(word)) {
                return CueFinder.cueAt(toks, k, toks.size(), false);
            }
        }
        throw new IllegalArgumentException(word);
    }

    /** A word of a sentence, and the cue it opens there (none: no cue). */
    @ParameterizedTest(name = "{1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Reed said the bridge would reopen.                    | said      | say
            Reed pointed out the flaw.                            | pointed   | point
            Reed pointed at the flaw.                             | pointed   | none
            Some states are unhappy.                              | states    | none
            The claims were false.                                | claims    | none
            According to Reed, it works.                          | According | according to
            Reed made the remarks on Monday.                      | made      | remark
            """)
    void verbsAreCuesAndNounsAreNot(String sentence, String word, String cue) {
        assertThat(cueOf(sentence, word)).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Turnout fell in the Lowland states last year.         | states    | none
            Turnout fell in solidly Northern states last year.    | states    | none
            The charter is old. It states that votes are secret.  | states    | state
            The charter states that votes are secret.             | states    | state
            """)
    void statesAfterACapitalisedWordIsTheNoun(String sentence, String word, String cue) {
        assertThat(cueOf(sentence, word)).isEqualTo(cue);
    }

    @Test
    void paragraphOpenings() {
        assertThat(ParagraphOpenings.datelineEnd(Tokenizer.tokens("KABUL: Talks began."))).isEqualTo(2);
        assertThat(ParagraphOpenings.datelineEnd(Tokenizer.tokens("Talks began: slowly."))).isZero();
        TokenList attributed = Tokenizer.tokens("\"No,\" said the man.");
        assertThat(ParagraphOpenings.continuesQuote(attributed, 0)).isTrue();
        assertThat(ParagraphOpenings.attributesItsQuote(attributed, 0)).isTrue();
        assertThat(ParagraphOpenings.attributesItsQuote(Tokenizer.tokens("\"And more.\""), 0)).isFalse();
    }
}
