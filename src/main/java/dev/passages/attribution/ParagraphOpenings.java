package dev.passages.attribution;

import java.util.Set;


/** How a paragraph opens: with a dateline that names no one, or with a quote going on from the paragraph before. */
final class ParagraphOpenings {

    /** Words that open the noun phrase of a quotation's tag ({@code ," one reader wrote}). */
    private static final Set<String> TAG_DETERMINERS = Lexicon.words("tag-determiners");

    private ParagraphOpenings() {
    }

    static boolean continuesQuote(TokenList toks, int first) {
        return first < toks.size() && toks.get(first).isOpeningQuote();
    }

    /**
     * Whether a cue follows the close of a quotation ({@code ," said pollster X}): the paragraph attributes
     * its quote itself, even when the speaker was not made out, and does not continue the last one.
     */
    static boolean attributesItsQuote(TokenList toks, int first) {
        for (int k = first + 1; k + 1 < toks.size(); k++) {
            if (closesQuoteForATag(toks, k) && subjectOrCueFollows(toks, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} closes a quotation after a comma, a question mark or an exclamation mark. */
    static boolean closesQuoteForATag(TokenList toks, int k) {
        String q = toks.get(k).text();
        if (k == 0 || !toks.get(k).isQuote() || q.equals("“") || q.equals("‘") || q.equals("«")) {
            return false;
        }
        String before = toks.get(k - 1).text();
        return before.equals(",") || before.equals("?") || before.equals("!");
    }

    /**
     * Whether what follows a closed quotation attributes it: a cue ({@code ," said}), a pronoun ({@code ," she
     * recalled}), a name and a verb ({@code ," Reed concludes}, {@code ," Holm shot back}), a verb in -ed or -s
     * and a name ({@code ," reacted Reed}) or a noun phrase and a cue or a verb in -ed ({@code ," the former
     * governor wrote}, {@code ," the crowd yelled}, {@code ," one reader wrote}).
     */
    private static boolean subjectOrCueFollows(TokenList toks, int k) {
        Token t = toks.get(k);
        if (Lexicon.CUE_VERBS.containsKey(t.lower()) || Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
            return true;
        }
        if (k + 1 < toks.size() && tagVerbShape(t) && toks.get(k + 1).isWord() && toks.get(k + 1).isCapitalised()) {
            return true;
        }
        int j = k;
        while (j < toks.size() && j < k + 5 && (toks.get(j).isCapitalised() || toks.get(j).isPossessive()
                || toks.get(j).is("."))) {
            j++;
        }
        if (j > k) {
            return j < toks.size() && toks.get(j).isWord() && !toks.get(j).isCapitalised();
        }
        if (!TAG_DETERMINERS.contains(t.lower())) {
            return false;
        }
        for (j = k + 1; j < toks.size() && j < k + 6 && toks.get(j).isWord(); j++) {
            Token w = toks.get(j);
            if (Lexicon.CUE_VERBS.containsKey(w.lower()) || j > k + 1 && !w.isCapitalised() && w.lower().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word in -ed or -s that may be a tag's verb before its subject ({@code reacted}, {@code agrees}). */
    private static boolean tagVerbShape(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalised() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss"));
    }

    static String firstWords(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * The tokens of a dateline that opens a paragraph ({@code ISLAMABAD:},
     * {@code Islamabad, November 9 (ANI):}, {@code Shillong, July 3:}, {@code WASHINGTON — The}): they name no speaker.
     */
    static int datelineEnd(TokenList toks) {
        for (int k = 0; k < Math.min(toks.size(), 10); k++) {
            String t = toks.get(k).text();
            // a hyphen set off by spaces ("KABUL - "), not one inside a number or word ("5-3/4")
            if (t.length() == 1 && (t.charAt(0) == ':' || t.charAt(0) == '—'
                    || (t.charAt(0) == '-' && k > 0 && toks.get(k - 1).end() < toks.get(k).start()))) {
                boolean dateline = true;
                for (int j = 0; j < k; j++) {
                    Token u = toks.get(j);
                    if (u.isWord() && !u.isCapitalised() && !Character.isDigit(u.text().charAt(0))) {
                        dateline = false;
                        break;
                    }
                }
                // a dash after a name that a lower-case word follows sets off an aside ("Ana Ruiz — a Republican — said")
                int next = k + 1;
                while (next < toks.size() && t.charAt(0) != ':' && toks.get(next).text().equals(t)) {
                    next++; // "--"
                }
                boolean aside = t.charAt(0) != ':' && next < toks.size() && toks.get(next).isWord()
                        && !toks.get(next).isCapitalised();
                return dateline && k > 0 && !aside ? k + 1 : 0;
            }
        }
        return 0;
    }
}
