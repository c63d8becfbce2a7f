package dev.passages.attribution;

import java.util.Set;

/**
 * The words next to a cue verb that decide whether and where its subject may be found: read back from the
 * cue, those between it and its subject ({@code before} is the token just before them; whether the cue is a
 * participle, follows a form of "be" as an auxiliary or making a passive, or is negated; a parenthesis after
 * a name); read on from it, a passive's agent after "by" and "as saying".
 */
record CueLead(int before, boolean participle, boolean auxiliary, boolean passive, boolean negated) {

    private static final Set<String> FORMS_OF_BE = Lexicon.words("forms-of-be");
    /** Cues that keep their speaker in the passive ("it was said by ..."). */
    private static final Set<String> PASSIVE_CUES = Lexicon.words("passive-cues");
    /** Cues that, negated, say nothing: {@code did not respond}, {@code never returned calls}. */
    private static final Set<String> UNANSWERED = Lexicon.words("unanswered-cues");

    /** How many words may stand between a form of "be" and the passive cue after it ({@code was first reported}). */
    private static final int PASSIVE_GAP = 2;

    /**
     * The name after "by" that follows a passive cue ({@code was first reported by the Miami Herald}, {@code were
     * claimed by X}): a form of "be" among the few words before the cue; or null.
     */
    static Mention passiveAgent(Sentence s, int k) {
        TokenList toks = s.toks();
        int by = k + 1;
        if (by + 1 >= s.s1() || !toks.get(by).is("by") || toks.get(k).lower().endsWith("ing")) {
            return null;
        }
        boolean passive = false;
        for (int j = k - 1; j >= s.s0() && j >= k - 1 - PASSIVE_GAP && toks.get(j).isWord() && !passive; j--) {
            // "was first reported by X", and the clause "as reported by X" with no form of "be"
            passive = FORMS_OF_BE.contains(toks.get(j).lower()) || toks.get(j).is("as");
        }
        int at = toks.get(by + 1).is("the") ? by + 2 : by + 1;
        Mention agent = passive ? s.mentionByStart().get(at) : null;
        if (agent == null || agent.possessive() || agent.kind() == Mention.Kind.PLACE) {
            return null;
        }
        if (agent.end() < s.s1() && toks.get(agent.end()).isWord() && !toks.get(agent.end()).isCapitalised()) {
            // the name qualifies a noun: "by NATO allies" names no one, "by Fox Business moderator Gerard Baker" the person
            Mention named = agent.end() + 1 < s.s1() ? s.mentionByStart().get(agent.end() + 1) : null;
            return named != null && named.kind() == Mention.Kind.PERSON ? named : null;
        }
        return s.entityAt(agent) != null ? agent : null;
    }

    /** The words between the cue at {@code k} and its subject. */
    static CueLead of(Sentence s, int k) {
        TokenList toks = s.toks();
        boolean participle = toks.get(k).lower().endsWith("ing");
        int i = k - 1;
        boolean auxiliary = false;
        boolean passive = false;
        boolean negated = false;
        int catenative = CueFinder.catenativeStart(toks, i, s.s0());
        if (catenative >= 0) {
            i = catenative - 1; // "Reed went on to say": the subject of "went on" says
        }
        // "this" only before a time word ("Reed this past week said"): else it opens a noun phrase ("This statement said")
        // a capitalised cue within its sentence is a headline's, and so is its adverb ("Reed Just Said")
        while (i >= s.s0() && (CueFinder.isBetween(toks.get(i))
                || toks.get(i).is("this") && i + 1 < k && CueFinder.isBetween(toks.get(i + 1))
                || i == k - 1 && toks.get(k).isCapitalised() && i > s.s0()
                    && Lexicon.HEADLINE_ADVERBS.contains(toks.get(i).lower()))) {
            String l = toks.get(i).lower();
            negated |= l.equals("not") || l.equals("never");
            if (FORMS_OF_BE.contains(l)) {
                auxiliary = true;
                passive |= !participle;
            }
            i--;
        }
        return new CueLead(i, participle, auxiliary, passive, negated);
    }

    /** Whether the cue reports no speech: a byline, a negated answer, a passive that drops its speaker. */
    boolean saysNothing(Sentence s, int k, String lemma) {
        TokenList toks = s.toks();
        if (lemma.equals("report") && k + 2 < s.s1() && toks.get(k + 1).is("from") && toks.get(k + 2).isCapitalised()) {
            return true; // "Reed reported from Kabul": a byline, where the reporter was
        }
        if (negated && UNANSWERED.contains(lemma)) {
            return true; // "did not respond to requests for comment": nothing was said
        }
        if (passive && k + 1 < s.s1() && toks.get(k + 1).is("to")) {
            return true; // "Reed is said to favour it", "is reported to have resigned": others say it of Reed
        }
        return passive && !(lemma.equals("quote") && followsAsSaying(toks, k, s.s1()))
                && !PASSIVE_CUES.contains(lemma);
    }

    /**
     * Whether a name stands after a lower-case word, as the object of a verb or preposition ({@code Reed
     * blasted Congress and said}, {@code met the Harbour Council and said}): it does not open the clause.
     */
    static boolean isObject(Sentence s, Mention m) {
        int before = m.rawStart() - 1;
        return before > s.s0() && s.toks().get(before).isWord() && !s.toks().get(before).isCapitalised();
    }

    /**
     * {@code Reed (R-Ohio) said}, {@code Reed (R-OH), said}: the token before a parenthesis that follows a name
     * (and a comma after it that no apposition follows), else {@code i}.
     */
    static int pastParenthesis(Sentence s, int i) {
        TokenList toks = s.toks();
        if (i > s.s0() + 1 && toks.get(i).text().equals(",") && toks.get(i - 1).text().equals(")")) {
            int before = pastParenthesis(s, i - 1);
            // a person's tag of capitalised words only ("(R-OH),"), not a parenthesis that explains ("(a Republican
            // PAC),"), a body's acronym ("Tehreek-i-Taliban Pakistan (TTP),") or the tag of a person named as an
            // object inside an apposition ("Moos, aide to leader Tom Foley (D-Wash.), predicted")
            Mention named = s.mentionByEnd().get(before + 1);
            return before == i - 1 || hasLowerCaseWord(toks, before + 2, i - 1) || named.kind() != Mention.Kind.PERSON
                    || isObject(s, named) ? i : before;
        }
        if (i > s.s0() && isDash(toks.get(i).mark())) {
            return pastDashes(s, i);
        }
        if (i > s.s0() && toks.get(i).text().equals(")")) {
            int open = i - 1;
            while (open > s.s0() && !toks.get(open).text().equals("(")) {
                open--;
            }
            if (open > s.s0() && toks.get(open).text().equals("(") && s.mentionByEnd().containsKey(open)) {
                return open - 1;
            }
        }
        return i;
    }

    /**
     * {@code Reed — who had opposed the bill — said}, {@code Reed -- a Republican -- said}: the token before an aside
     * set off by dashes (a run of one dash character, on both sides) that follows a name; else {@code i}, the dash.
     */
    private static int pastDashes(Sentence s, int i) {
        TokenList toks = s.toks();
        char dash = toks.get(i).mark();
        int close = i;
        while (close > s.s0() && toks.get(close - 1).mark() == dash) {
            close--;
        }
        int open = close - 1;
        while (open > s.s0() && toks.get(open).mark() != dash) {
            open--;
        }
        while (open > s.s0() && toks.get(open - 1).mark() == dash) {
            open--;
        }
        return open > s.s0() && open < close - 1 && toks.get(open).mark() == dash && s.mentionByEnd().containsKey(open)
                ? open - 1 : i;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    private static boolean hasLowerCaseWord(TokenList toks, int from, int to) {
        for (int j = from; j < to; j++) {
            if (toks.get(j).isWord() && !toks.get(j).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    static boolean followsAsSaying(TokenList toks, int k, int s1) {
        return k + 2 < s1 + 1 && k + 2 < toks.size() && toks.get(k + 1).is("as") && toks.get(k + 2).is("saying");
    }
}
