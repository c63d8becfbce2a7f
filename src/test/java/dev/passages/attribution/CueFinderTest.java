package dev.passages.attribution;

import org.junit.jupiter.api.Test;

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

    @Test
    void verbsAreCuesAndNounsAreNot() {
        assertThat(cueOf("Reed said the bridge would reopen.", "said")).isEqualTo("say");
        assertThat(cueOf("Reed pointed out the flaw.", "pointed")).isEqualTo("point");
        assertThat(cueOf("Reed pointed at the flaw.", "pointed")).isNull();
        assertThat(cueOf("Some states are unhappy.", "states")).isNull();
        assertThat(cueOf("The claims were false.", "claims")).isNull();
        assertThat(cueOf("According to Reed, it works.", "According")).isEqualTo("according to");
        assertThat(cueOf("Reed made the remarks on Monday.", "made")).isEqualTo("remark");
    }

    @Test
    void statesAfterACapitalisedWordIsTheNoun() {
        assertThat(cueOf("Turnout fell in the Lowland states last year.", "states")).isNull();
        assertThat(cueOf("Turnout fell in solidly Northern states last year.", "states")).isNull();
        assertThat(cueOf("The charter is old. It states that votes are secret.", "states")).isEqualTo("state");
        assertThat(cueOf("The charter states that votes are secret.", "states")).isEqualTo("state");
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
