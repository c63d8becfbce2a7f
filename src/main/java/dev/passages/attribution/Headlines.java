package dev.passages.attribution;

import java.util.Set;

/**
 * Sentences set as headlines and headings: title case ({@code Reed Says Bridge Will Reopen}), whose cue verbs are
 * capitalised too, and a page's section headings in capitals, which name no one.
 */
final class Headlines {

    /** Words no name holds, which end a name's run in a headline ({@code Reed May Not Have Suggested}). */
    private static final Set<String> BREAKS = Lexicon.words("headline-breaks");
    /** Auxiliaries and modals ({@code May}, {@code Will}), some of which are names too. */
    private static final Set<String> AUXILIARIES = Lexicon.words("auxiliaries");
    /** Possessive determiners: the capitalised words a headline puts after one are a noun phrase ({@code His Old Rival}). */
    private static final Set<String> POSSESSIVES = Lexicon.words("possessive-determiners");

    /** The most words a section heading in capitals has ({@code CORRECTION APPENDED.}). */
    private static final int HEADING_WORDS = 3;

    private Headlines() {
    }

    /**
     * Whether a sentence is written in title case, as headlines are ({@code Reed Says Bridge Will Reopen}):
     * at least three words of four letters or more, nearly all of them capitalised.
     */
    static boolean isHeadline(TokenList toks, int s0, int s1) {
        int words = 0;
        int capitalised = 0;
        for (int k = s0; k < s1; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.end() - t.start() >= 4) { // a word's offsets span its text
                words++;
                if (t.isCapitalised()) {
                    capitalised++;
                } else if (capitalised + (s1 - k - 1) < 9 * (words - capitalised)) {
                    // too many words in lower case for the tokens left to make up (asked of every sentence)
                    return false;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 9;
    }

    /**
     * Whether every word of four letters or more of a sentence is capitalised, and not all in capitals: a headline
     * set in title case throughout ({@code Move Against Reed Is Bad For Lind}), not a story's sentence full of names.
     */
    static boolean isTitleCase(TokenList toks, int s0, int s1) {
        int capitals = 0;
        int words = 0;
        for (int k = s0; k < s1; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.end() - t.start() >= 4) {
                if (!t.isCapitalised()) {
                    return false;
                }
                words++;
                capitals += t.isAllCaps() ? 1 : 0;
            }
        }
        return capitals * 2 < words;
    }

    /**
     * Whether the sentence is a whole paragraph of at most {@link #HEADING_WORDS} words in capitals that ends with a
     * stop or a colon ({@code ABSTRACT.}, {@code FULL TEXT.}, {@code UPDATE:}): a heading of the page, which names no one.
     */
    static boolean isSectionHeading(TokenList toks, int s0, int s1) {
        if (s0 != 0 || s1 != toks.size() || s1 < 2 || s1 > HEADING_WORDS + 1) {
            return false;
        }
        String last = toks.get(s1 - 1).text();
        if (!last.equals(".") && !last.equals(":")) {
            return false;
        }
        for (int k = s0; k < s1 - 1; k++) {
            if (!toks.get(k).isWord() || !toks.get(k).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a headline's capitalised word at {@code k} is one no name holds ({@code Not}, {@code Have}, {@code His},
     * {@code What}), or an auxiliary that {@code Not}, {@code Have} or {@code Be} follows ({@code Reed May Not}, though
     * {@code Theresa May Says}).
     */
    static boolean breaksName(TokenList toks, int k, int s1) {
        String l = toks.get(k).lower();
        if (BREAKS.contains(l)) {
            return true;
        }
        if (k + 1 >= s1 || !AUXILIARIES.contains(l)) {
            return false;
        }
        String next = toks.get(k + 1).lower();
        return next.equals("not") || next.equals("have") || next.equals("be");
    }

    /** Whether the capitalised word at {@code k} of a headline follows a possessive determiner ({@code His Old Rival}). */
    static boolean afterPossessive(TokenList toks, int k, int s0) {
        return k > s0 && POSSESSIVES.contains(toks.get(k - 1).lower());
    }

    /** A headline's cue, or an adverb or auxiliary right before one ({@code Just Announced}, {@code Has Said}). */
    static boolean verbAt(TokenList toks, int k, int s1) {
        return isCue(toks.get(k)) || k + 1 < s1 && isCue(toks.get(k + 1))
                && Lexicon.HEADLINE_ADVERBS.contains(toks.get(k).lower());
    }

    /**
     * {@code Says}, {@code Told}, {@code Announced} in a headline: a cue verb's third person or past, not part
     * of a name (a bare form may be a noun, {@code Report}; a form in -ing too, {@code Briefing}).
     */
    static boolean isCue(Token t) {
        String l = t.lower();
        String lemma = Lexicon.CUE_VERBS.get(l);
        return lemma != null && t.isCapitalised() && !l.equals(lemma) && !l.endsWith("ing");
    }
}
