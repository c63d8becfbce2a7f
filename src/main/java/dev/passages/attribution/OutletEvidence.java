package dev.passages.attribution;

import java.util.List;
import java.util.Set;

/**
 * What the words around a name tell of its kind when the name itself does not: an outlet
 * ({@code the Xinhua news agency}, {@code ..., APP reported.}) or a body rather than a person
 * ({@code the Taliban said}, {@code the Pakistani Taliban have}).
 */
final class OutletEvidence {

    private OutletEvidence() {
    }

    /** Words after a cue of reporting that close a reporting clause: {@code , APP reported.}, {@code ... reported on Monday}. */
    private static final Set<String> CLAUSE_ENDS = Lexicon.words("clause-ends");
    private static final Set<String> REPORTING = Lexicon.words("reporting");
    /** Verbs and auxiliaries a body as subject takes: {@code the Taliban have}, {@code the Fed will}. */
    private static final Set<String> SUBJECT_VERBS = Lexicon.words("subject-verbs");

    /**
     * Whether the words after a name ending at {@code end} make it an outlet: a lower-case outlet noun
     * ({@code Dawn newspaper}, {@code the Xinhua news agency}), or a reporting clause that closes a sentence
     * after a comma or quotation ({@code ..., APP reported.}).
     */
    static boolean follows(TokenList toks, int start, int end, int sentenceEnd) {
        if (start > 0 && isOutletNounBefore(toks, start)) {
            return true;
        }
        if (end >= sentenceEnd) {
            return false;
        }
        Token next = toks.get(end);
        if (next.isWord() && !next.isCapitalised()) {
            String l = next.lower();
            if (Lexicon.OUTLET_NOUNS.contains(l)) {
                return true;
            }
            if (l.equals("news") && end + 1 < sentenceEnd && Lexicon.NEWS_SERVICES.contains(toks.get(end + 1).lower())) {
                return true;
            }
            if (REPORTING.contains(l) && start > 0 && isClauseOpening(toks.get(start - 1))) {
                return end + 1 >= sentenceEnd || CLAUSE_ENDS.contains(toks.get(end + 1).lower());
            }
        }
        return false;
    }

    /** {@code the newspaper Dawn}, {@code the news agency WAM}: an outlet noun right before the name. */
    private static boolean isOutletNounBefore(TokenList toks, int start) {
        Token before = toks.get(start - 1);
        String l = before.lower();
        return before.isWord() && !before.isCapitalised() && (Lexicon.OUTLET_NOUNS.contains(l) && !l.equals("daily")
                && !l.equals("tv") && !l.equals("radio") && !l.equals("television")
                || Lexicon.NEWS_SERVICES.contains(l) && start > 1 && toks.get(start - 2).lower().equals("news"));
    }

    private static boolean isClauseOpening(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals("\"") || s.equals("”") || s.equals("''") || s.equals("’");
    }

    /**
     * Whether a name without a title, {@code lower} its words from {@code start} to {@code end}, is a body
     * named with "the" ({@code the Taliban}, {@code the Fed}, {@code the Pakistani Taliban}) and standing as a
     * subject: one word, or a nationality or place and one word, right after "the", and followed by a verb,
     * punctuation or nothing (not by a noun it modifies: {@code the Reed campaign}).
     */
    static boolean namesABody(TokenList toks, int start, int end, int sentenceEnd, List<String> lower) {
        boolean shape = lower.size() == 1 || lower.size() == 2
                && (Lexicon.DEMONYMS.contains(lower.get(0)) || Lexicon.PLACES.contains(lower.get(0)));
        if (!shape || start == 0) {
            return false;
        }
        String before = toks.get(start - 1).lower();
        if (Lexicon.ARTICLES.contains(before) && end < sentenceEnd && toks.get(end).isWord()
                && !toks.get(end).isCapitalised() && Lexicon.REPRESENTATIVES.contains(toks.get(end).lower())) {
            // "a Fed spokesman", "an IBC official": the body the representative speaks for
            return true;
        }
        if (!before.equals("the")) {
            return false;
        }
        if (end >= sentenceEnd) {
            return true;
        }
        Token next = toks.get(end);
        if (!next.isWord() || next.isCapitalised()) {
            return !next.isPossessive() && !next.text().equals("-");
        }
        String l = next.lower();
        return Lexicon.CUE_VERBS.containsKey(l) || SUBJECT_VERBS.contains(l) || l.endsWith("ed");
    }
}
