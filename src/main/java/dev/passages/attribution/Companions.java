package dev.passages.attribution;

import java.util.Set;

/**
 * Finds the person named with a cue's subject: another name joined to it by "and" ({@code Reed and Lind said}), or
 * the one of a group joined by "and" ({@code Reed and his aides say}) or set apart in it by "including"
 * ({@code Several aides, including Reed, said}).
 */
final class Companions {

    /** Words that open such a group: {@code his}, {@code other}, {@code others}. */
    private static final Set<String> OPENERS = Lexicon.words("companions");
    /** How many words a group with a relative clause ({@code others who want to ban the plan}) may take. */
    private static final int MAX_WITH_CLAUSE = 10;
    /** Words that open a relative clause after the group ({@code others who ...}). */
    private static final Set<String> RELATIVES = Lexicon.words("relative-pronouns");

    /** How many lower-case title words may stand between "and" and a name ({@code and former acting Gov. X}). */
    private static final int MAX_POST_WORDS = 3;
    /** How many tokens a parenthesis after a name may take, its marks included ({@code (R-N.C.)}). */
    private static final int MAX_PARENTHESIS = 7;

    private Companions() {
    }

    /**
     * The person named before "and" whose group's last word is at {@code i}, the subject of the cue at
     * {@code k} ({@code Reed and other experts acknowledge}, {@code Lind and her campaign had said}); or null.
     * The name opens its sentence or follows a comma; the group is at most four lower-case words, or its opener and a
     * relative clause of up to ten in all ({@code Reed and others who want to ban it say}).
     */
    static Subject leader(Sentence s, int i, int k) {
        TokenList toks = s.toks();
        int and = i - 1;
        while (and > s.s0() && and >= i - MAX_WITH_CLAUSE && !toks.get(and).is("and")) {
            Token t = toks.get(and);
            if (!t.isWord() || t.isCapitalised()) {
                return null;
            }
            and--;
        }
        if (and <= s.s0() || !toks.get(and).is("and") || !OPENERS.contains(toks.get(and + 1).lower())) {
            return null;
        }
        // a group of four words at most, or one whose relative clause runs on ("Reed and others who want to ban it say")
        if (and < i - 4 && !RELATIVES.contains(toks.get(and + 2).lower())) {
            return null;
        }
        Mention m = s.mentionByEnd().get(and);
        if (m == null || !m.canBeSubject() || m.rawStart() > s.s0() && !toks.get(m.rawStart() - 1).text().equals(",")) {
            return null;
        }
        Entity e = s.byEnd().get(m.end());
        return e != null && e.kind == Mention.Kind.PERSON ? Subject.before(e, m.rawStart(), k + 1) : null;
    }

    /**
     * The person set apart by "including" and a comma right before the cue at {@code k}, the comma at {@code i}
     * ({@code Several candidates, including Reed, said}); or null.
     */
    static Subject included(Sentence s, int i, int k) {
        Mention m = s.mentionByEnd().get(i);
        if (m == null || m.possessive() || m.rawStart() <= s.s0() || !s.toks().get(m.rawStart() - 1).is("including")) {
            return null;
        }
        Entity e = s.byEnd().get(m.end());
        return e != null && e.kind == Mention.Kind.PERSON ? Subject.before(e, m.rawStart(), k + 1) : null;
    }

    /**
     * Whether the tokens before {@code at}, from the sentence's start, are a plural descriptor of a few words and no
     * verb ({@code Republican presidential hopefuls Ana Ruiz and Tom Reed say}): the names after it open the subject.
     */
    static boolean afterPluralDescriptor(Sentence s, int at) {
        if (at <= s.s0() || at - s.s0() > 5) {
            return false;
        }
        for (int k = s.s0(); k < at; k++) {
            Token t = s.toks().get(k);
            if (!t.isWord() || Lexicon.CUE_VERBS.containsKey(t.lower())) {
                return false;
            }
        }
        Token last = s.toks().get(at - 1);
        return !last.isCapitalised() && last.lower().length() > 3 && last.lower().endsWith("s");
    }

    /**
     * The person joined by "and" to a subject that starts at {@code subjectStart} ({@code Reed and Lind said}):
     * a person's name that ends just before the "and" and may be a subject; or null. Past posts in lower case
     * may stand after the "and" ({@code Reed and former Gov. Ana Lind said}), and a parenthesis after the first
     * name ({@code Reed (D) and Lind (R) said}, {@code Reed (D-Ohio) and ...}).
     */
    static Entity partner(Sentence s, int subjectStart) {
        Mention m = s.mentionByStart().get(subjectStart);
        int at = m == null ? subjectStart : m.rawStart();
        Mention place = s.mentionByEnd().get(at);
        if (place != null && place.kind() == Mention.Kind.PLACE) {
            at = place.rawStart(); // "... and Texas Rep. Tom Reed"
        }
        int and = at - 1;
        while (and > s.s0() && and >= at - MAX_POST_WORDS && isLowerCaseTitle(s.toks().get(and))) {
            and--;
        }
        if (and <= s.s0() || !s.toks().get(and).is("and")) {
            return null;
        }
        Mention other = s.mentionByEnd().get(pastParenthesis(s, and));
        if (other == null || !other.canBeSubject() || !opensSubject(s, other.rawStart())
                || Lexicon.TITLES.contains(s.toks().get(other.end() - 1).lower())) {
            // "Hutton Group President and chief executive Tom Reed": one person's posts, joined
            return null;
        }
        Entity e = s.byEnd().get(other.end());
        return e != null && e.kind == Mention.Kind.PERSON ? e : null;
    }

    /** Where the name before a parenthesis that ends right before {@code end} ends; {@code end} when there is none. */
    private static int pastParenthesis(Sentence s, int end) {
        if (end - 1 <= s.s0() || !s.toks().get(end - 1).text().equals(")")) {
            return end;
        }
        for (int j = end - 2; j > s.s0() && j >= end - MAX_PARENTHESIS; j--) {
            String t = s.toks().get(j).text();
            if (t.equals("(")) {
                return j;
            }
            if (t.equals(")") || t.equals(",")) {
                return end;
            }
        }
        return end;
    }

    /** A title's word written in lower case ({@code former}, {@code acting}). */
    private static boolean isLowerCaseTitle(Token t) {
        return t.isWord() && !t.isCapitalised() && Lexicon.TITLES.contains(t.lower());
    }

    /**
     * Whether a name whose words start at {@code at} opens a subject: at the sentence's start, after a comma, or
     * after a place that does ({@code Ohio Sen. Ana Ruiz and ...}).
     */
    private static boolean opensSubject(Sentence s, int at) {
        if (at == s.s0() || s.toks().get(at - 1).text().equals(",") || afterPluralDescriptor(s, at)) {
            return true;
        }
        Mention place = s.mentionByEnd().get(at);
        return place != null && place.kind() == Mention.Kind.PLACE && place.rawStart() < at && opensSubject(s, place.rawStart());
    }
}
