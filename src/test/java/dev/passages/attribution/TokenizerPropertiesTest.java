package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokenizer works out a word's lower-case form, whether it is a word and whether it is capitalised as it
 * reads it, and splits sentences from a position: each as the general way would.
 */
class TokenizerPropertiesTest {

    /** Token by token, every field the same. */
    private static void assertSameTokens(TokenList shared, TokenList own) {
        assertThat(shared.size()).isEqualTo(own.size());
        for (int i = 0; i < own.size(); i++) {
            assertThat(shared.get(i)).usingRecursiveComparison().isEqualTo(own.get(i));
        }
    }

    @Property(tries = 3000)
    void aTokenKnowsWhatItsTextSays(@ForAll("paragraphs") String text) {
        for (Token t : Tokenizer.tokens(text)) {
            Token general = new Token(t.text(), t.start(), t.end());
            assertThat(t.lower()).as(t.text()).isEqualTo(general.lower());
            assertThat(t.isWord()).as(t.text()).isEqualTo(general.isWord());
            assertThat(t.isCapitalised()).as(t.text()).isEqualTo(general.isCapitalised());
            assertThat(text.substring(t.start(), t.end())).isIn(t.text(), "''", "``");
        }
    }

    @Property(tries = 1000)
    void sentencesFromAPositionAreThoseOfTheTokensFromThere(@ForAll("paragraphs") String text) {
        TokenList toks = Tokenizer.tokens(text);
        for (int from = 0; from <= toks.size(); from++) {
            List<int[]> shifted = new ArrayList<>();
            for (int[] s : sentencesOf(toks.subList(from, toks.size()))) {
                shifted.add(new int[] {s[0] + from, s[1] + from});
            }
            assertThat(Tokenizer.sentences(toks, from)).usingRecursiveFieldByFieldElementComparator().isEqualTo(shifted);
        }
    }

    @Property(tries = 1000)
    void aScratchArrayLeftOverFromALongerTextChangesNoToken(@ForAll("paragraphs") String text,
                                                           @ForAll("paragraphs") String before) {
        char[] scratch = new char[text.length() + before.length() + 1];
        Arrays.fill(scratch, 'x');
        before.getChars(0, before.length(), scratch, text.length());
        TokenList shared = Tokenizer.tokens(text, scratch, new ArticleWords(4));
        TokenList own = Tokenizer.tokens(text);
        assertSameTokens(shared, own);
    }

    @Property(tries = 1000)
    void wordsAnEarlierParagraphMadeChangeNoToken(@ForAll("paragraphs") String text, @ForAll("paragraphs") String before) {
        ArticleWords words = new ArticleWords(1);
        Tokenizer.tokens(before, new char[before.length()], words);
        TokenList shared = Tokenizer.tokens(text, new char[text.length()], words);
        TokenList own = Tokenizer.tokens(text);
        assertSameTokens(shared, own);
    }

    @Property(tries = 1000)
    void aBuilderAnEarlierParagraphFilledChangesNoToken(@ForAll("paragraphs") String text, @ForAll("paragraphs") String before) {
        ArticleWords words = new ArticleWords(1);
        TokenList.Builder builder = new TokenList.Builder(1);
        TokenList first = Tokenizer.tokens(before, new char[before.length()], words, builder);
        TokenList shared = Tokenizer.tokens(text, new char[text.length()], words, builder);
        TokenList own = Tokenizer.tokens(text);
        assertThat(first).usingRecursiveFieldByFieldElementComparator().isEqualTo(Tokenizer.tokens(before));
        assertThat(shared.size()).isEqualTo(own.size());
        for (int i = 0; i < own.size(); i++) {
            assertThat(shared.get(i)).usingRecursiveComparison().isEqualTo(own.get(i));
            assertThat(shared.get(i).end()).isEqualTo(own.get(i).end());
        }
    }

    @Example
    void aTokenKeepsOffsetsUpToItsLimitAndRefusesMore() {
        Token far = new Token("Reed", 16_777_211, 16_777_215);
        assertThat(far.start()).isEqualTo(16_777_211);
        assertThat(far.end()).isEqualTo(16_777_215);
        assertThat(far.isCapitalised()).isTrue();
        assertThat(new Token("\"", "\"", 7, 9).end()).isEqualTo(9);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Token("Reed", 16_777_216, 16_777_220))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Token("Reed", 3, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 3000)
    void aWordIsAnAbbreviationWhenItsLowerCaseIsListed(@ForAll("wordsBeforeAStop") String word) {
        char[] cs = ("x " + word).toCharArray();
        boolean listed = Lexicon.words("abbreviations").contains(word.toLowerCase(java.util.Locale.ROOT));
        assertThat(Tokenizer.isAbbreviation("x " + word, cs, 2, cs.length)).as(word).isEqualTo(listed);
    }

    /** The listed abbreviations in any case, with a letter changed, added or dropped, and words of other scripts. */
    @Provide
    Arbitrary<String> wordsBeforeAStop() {
        List<String> listed = new ArrayList<>(Lexicon.words("abbreviations"));
        Arbitrary<String> cased = Arbitraries.of(listed).flatMap(w -> Arbitraries.integers().between(0, (1 << Math.min(w.length(), 20)) - 1)
                .map(mask -> {
                    StringBuilder b = new StringBuilder(w);
                    for (int i = 0; i < b.length() && i < 20; i++) {
                        if ((mask >> i & 1) == 1) {
                            b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                        }
                    }
                    return b.toString();
                }));
        Arbitrary<String> changed = cased.flatMap(w -> Arbitraries.of("", "s", "É", "K", "\u212A").map(extra -> extra + w));
        Arbitrary<String> other = Arbitraries.strings().withChars("abcMRSJrst.ÉéİıK\u212A").ofMinLength(1).ofMaxLength(6).map(w -> w + ".");
        return Arbitraries.oneOf(cased, changed, other);
    }

    @Example
    void frequentWordsShareOneStringWhateverTheirCase() {
        TokenList a = Tokenizer.tokens("The mayor said so.");
        TokenList b = Tokenizer.tokens("Officials said the harbour would reopen.");
        assertThat(a.get(2).text()).isEqualTo("said").isSameAs(b.get(1).text());
        assertThat(a.get(0).lower()).isEqualTo("the").isSameAs(b.get(2).text());
        assertThat(a.get(1).text()).isEqualTo("mayor");
        assertThat(b.get(3).text()).isEqualTo("harbour").isNotSameAs(Tokenizer.tokens("harbour").get(0).text());
    }

    @Example
    void aWordTheArticleRepeatsIsOneString() {
        ArticleWords words = new ArticleWords(1);
        TokenList a = Tokenizer.tokens("Harbour staff met the harbour board.", new char[64], words);
        TokenList b = Tokenizer.tokens("The harbour reopened, Harbour staff said.", new char[64], words);
        assertThat(a.get(0).text()).isEqualTo("Harbour").isSameAs(b.get(4).text());
        assertThat(a.get(0).lower()).isEqualTo("harbour").isSameAs(a.get(4).text()).isSameAs(b.get(1).text());
        assertThat(a.get(1).text()).isEqualTo("staff").isSameAs(b.get(5).text());
    }

    /** Sentence splitting as it reads, on any list of tokens: the split {@link Tokenizer#sentences} must make. */
    private static List<int[]> sentencesOf(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (".!?".contains(tokens.get(i).text())) {
                int end = i + 1;
                while (end < tokens.size() && List.of("”", "\"", "’", ")").contains(tokens.get(end).text())) {
                    end++;
                }
                if (end < tokens.size() && !(tokens.get(end).isCapitalised() || tokens.get(end).isOpeningQuote()
                        || Character.isDigit(tokens.get(end).text().charAt(0)))) {
                    continue;
                }
                out.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < tokens.size()) {
            out.add(new int[] {start, tokens.size()});
        }
        return out;
    }

    @Provide
    Arbitrary<String> paragraphs() {
        return Arbitraries.of("Reed", "said", "the", "U.S.", "Mr.", "O'Neil", "Reed's", "2,267", "24NewsHD", "iPhone",
                        "ÉCOLE", "Émile", "über", "A", "a", ".", ",", "?", "!", "\"", "“", "”", "’", ")", "''", "``",
                        "-", " ", " ", " ", "x1", "1987.", "NEW-YORK")
                .list().ofMaxSize(20).map(l -> String.join(" ", l));
    }
}
