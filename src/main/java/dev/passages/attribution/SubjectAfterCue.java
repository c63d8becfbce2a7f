package dev.passages.attribution;

import java.util.Set;

/**
 * Finds the subject that follows its cue: an inverted verb's ({@code “...,” said Kakar}, {@code said
 * Eastfield pollster Tom Reed}, {@code said the premier}) and the source {@code according to} gives;
 * and how far a name with its lead-in and affiliation reaches.
 */
final class SubjectAfterCue {

    /** Verbs that take their subject after them: {@code “...,” said Kakar}. */
    private static final Set<String> INVERTING = Lexicon.words("inverting");

    /** Words that open an adverbial after an inverted subject: {@code said Paul Ryan in a statement}. */
    private static final Set<String> ADVERBIAL_OPENERS = Lexicon.words("adverbial-openers");

    /** The prepositions that tie a person to an employer: {@code Jones of Lanston}, {@code Nathan at Wells Fargo}. */
    static final Set<String> AFFILIATIONS = Lexicon.words("affiliations");

    /** Pronouns that open a relative clause: no part of a noun phrase. */
    private static final Set<String> RELATIVES = Lexicon.words("relative-pronouns");

    private final Coreference coreference;
    private final RoleNouns roleNouns;

    SubjectAfterCue(Coreference coreference, RoleNouns roleNouns) {
        this.coreference = coreference;
        this.roleNouns = roleNouns;
    }

    /** {@code ..., said Kakar}, {@code “...,” said the premier}: the subject after the verb. */
    Subject inverted(Sentence s, int k, String lemma) {
        if (k + 1 >= s.s1() || !INVERTING.contains(lemma)) {
            return null;
        }
        Mention m = s.mentionByStart().get(k + 1);
        // "says Reed's rise is ...": a possessor opens what is said, it does not say it
        if (m != null && s.endsClause(pastOthers(s, afterAffiliation(s, m))) && !s.possessive(m.end())) {
            Entity e = s.entityAt(m);
            return Subject.after(e.kind == Mention.Kind.PLACE && !Lexicon.STATE_CUES.contains(lemma) ? null : e, k, m.end());
        }
        Mention named = namedAfterLeadIn(s, k + 1, false);
        if (named != null) {
            // "said Eastfield pollster Tom Reed", "said former Lind adviser Sara Holm in a statement"
            return Subject.after(s.entityAt(named), k, named.end());
        }
        Mention described = namedAfterDescriptor(s, k + 1);
        if (described != null) {
            // "said another pollster, Tom Reed.", "said Lind's deputy campaign manager, Tom Reed, who ..."
            return Subject.after(s.entityAt(described), k, described.end());
        }
        Token next = s.toks().get(k + 1);
        if (Lexicon.PERSON_PRONOUNS.contains(next.lower()) && k + 2 <= s.s1() && s.endsClause(k + 2)) {
            // "..., said he.", not "..., said he would": a pronoun before a verb opens what is said
            return Subject.after(coreference.resolvePerson(s, k + 1), k, k + 2);
        }
        if (next.is("the")) {
            int j = k + 2;
            while (j < s.s1() && s.toks().get(j).isWord() && !s.toks().get(j).isCapitalised()
                    && !Lexicon.PERSON_ROLES.containsKey(s.toks().get(j).lower())
                    && !Lexicon.ORG_ROLES.contains(s.toks().get(j).lower())) {
                j++;
            }
            if (j < s.s1() && (j + 1 >= s.s1() || !s.toks().get(j + 1).isWord())) {
                return Subject.after(roleNouns.resolve(s, k + 1, j, lemma, k), k, j + 1);
            }
        }
        return null;
    }

    /**
     * Past "and others" or "and other" with up to two lower-case words after a name ({@code said Doyle and others},
     * {@code said Reed and other delegates}): the name speaks for the group; else {@code at}.
     */
    private static int pastOthers(Sentence s, int at) {
        TokenList toks = s.toks();
        if (at + 1 >= s.s1() || !toks.get(at).is("and")) {
            return at;
        }
        if (toks.get(at + 1).is("others")) {
            return at + 2;
        }
        int j = at + 2;
        while (toks.get(at + 1).is("other") && j < s.s1() && j < at + 4 && toks.get(j).isWord() && !toks.get(j).isCapitalised()) {
            j++;
        }
        return toks.get(at + 1).is("other") && j > at + 2 ? j : at;
    }

    /** How many words a descriptor between an inverted cue and its comma may take. */
    private static final int DESCRIPTOR_WORDS = 7;

    /**
     * The person named after a descriptor and its comma that follow an inverted cue ({@code said another Twitter
     * user, Tom Reed.}): words and possessives with a noun in lower case last, then a name that closes the clause
     * or is followed by a comma; or null.
     */
    private static Mention namedAfterDescriptor(Sentence s, int from) {
        TokenList toks = s.toks();
        if (toks.get(from).is("that") || RELATIVES.contains(toks.get(from).lower())) {
            return null; // "noted that Lind's campaign manager, Tom Reed, is ...": what is said opens there
        }
        int c = from;
        while (c < s.s1() && c - from <= DESCRIPTOR_WORDS && (toks.get(c).isWord() || toks.get(c).isPossessive())) {
            String l = toks.get(c).lower();
            if (Lexicon.PREPOSITIONS.contains(l) && !l.equals("of") && !l.equals("and") || l.equals("if") || Lexicon.CUE_VERBS.containsKey(l)) {
                return null; // "Asked by reporters if ..., X": no descriptor of a person
            }
            c++;
        }
        if (c == from || c + 1 >= s.s1() || !toks.get(c).text().equals(",")) {
            return null;
        }
        Token noun = toks.get(c - 1);
        if (!noun.isWord() || noun.isCapitalised() || CueFinder.isBetween(noun) || Lexicon.CUE_VERBS.containsKey(noun.lower())) {
            return null;
        }
        Mention m = s.mentionByStart().get(c + 1);
        if (m == null || !m.canBeSubject() || m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.UNKNOWN) {
            return null;
        }
        int after = afterAffiliation(s, m);
        return s.endsClause(after) || after < s.s1() && toks.get(after).text().equals(",") ? m : null;
    }

    /** {@code according to him}, {@code according to X}, {@code according to a report released by X}: the source. */
    Subject accordingTo(Sentence s, int k) {
        int j = k + 2;
        if (j >= s.s1()) {
            return null;
        }
        Token t = s.toks().get(j);
        if (Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
            return Subject.after(coreference.resolvePerson(s, j), k, j + 1);
        }
        Mention m = s.mentionByStart().get(j);
        if (m == null && t.is("the")) {
            m = s.mentionByStart().get(j + 1);
        }
        Mention titled = m != null && !s.mentionByStart().containsKey(m.end() + (m.possessive() ? 1 : 0))
                ? namedAfterLeadIn(s, j, true) : null;
        if (titled != null && titled.start() > m.start()) {
            // "according to Fox News analyst Tom Reed", "according to Lind's former aide Tom Reed": the person
            return Subject.after(s.entityAt(titled), k, titled.end());
        }
        if (m != null && m.possessive() && s.mentionByStart().containsKey(m.end() + 1)) {
            m = s.mentionByStart().get(m.end() + 1);
        }
        if (m != null) {
            return Subject.after(s.entityAt(m), k, m.end());
        }
        Mention led = t.isWord() && !t.isCapitalised() ? namedAfterLeadIn(s, j, true) : null;
        if (led != null) {
            // "according to campaign manager Tom Reed": role words before the name
            return Subject.after(s.entityAt(led), k, led.end());
        }
        // "according to a statistical report released by the think tank X", "according to the premier"
        int end = j;
        while (end < s.s1() && !s.toks().get(end).text().equals(",") && end - j < 16) {
            Mention inner = s.mentionByStart().get(end);
            if (inner != null && end > j && s.toks().get(end - 1).isPossessive() == false
                    && (s.toks().get(end - 1).is("by") || s.toks().get(end - 1).is("from") || isDescriptorBefore(s.toks(), end))) {
                return Subject.after(s.entityAt(inner), k, inner.end());
            }
            if (inner != null && inner.possessive()) {
                return Subject.after(s.entityAt(inner), k, inner.end() + 1);
            }
            end++;
        }
        int roleEnd = j;
        while (roleEnd + 1 < s.s1() && s.toks().get(roleEnd + 1).isWord() && !s.toks().get(roleEnd + 1).isCapitalised()) {
            roleEnd++;
        }
        if (t.is("the")) {
            return Subject.after(roleNouns.resolve(s, j, roleEnd, "according to", k), k, roleEnd + 1);
        }
        return null;
    }

    /** "... released by the independent think tank X": lower-case words back to "by". */
    private static boolean isDescriptorBefore(TokenList toks, int k) {
        int j = k - 1;
        while (j >= 0 && toks.get(j).isWord() && !toks.get(j).isCapitalised() && !toks.get(j).is("by")
                && !toks.get(j).is("from")) {
            j--;
        }
        return j >= 0 && (toks.get(j).is("by") || toks.get(j).is("from"));
    }

    /**
     * Where a person's mention ends once an affiliation after it is passed over ({@code said David Jones
     * of Aubrey G. Lanston and Co.}, {@code Nathan at Wells Fargo}): after the named organisation, or
     * at the mention's own end when none follows.
     */
    static int afterAffiliation(Sentence s, Mention person) {
        int i = person.end();
        if ((person.kind() == Mention.Kind.PERSON || person.kind() == Mention.Kind.UNKNOWN) && i + 1 < s.s1()
                && AFFILIATIONS.contains(s.toks().get(i).lower())) {
            Mention org = s.mentionByStart().get(i + 1);
            if (org == null && i + 2 < s.s1() && (s.toks().get(i + 1).isCapitalised() || s.toks().get(i + 1).is("the"))) {
                // a capitalised word the name does not keep: "of First Chicago Corp", "of the National Retail
                // Federation"
                org = s.mentionByStart().get(i + 2);
            }
            if (org != null) {
                int end = org.end();
                Mention place = end + 1 < s.s1() && s.toks().get(end).is("in") ? s.mentionByStart().get(end + 1) : null;
                // "of Harris Trust and Savings Bank in Chicago"
                end = place != null ? place.end() : end;
                return s.endsClause(end) ? end : phraseToClauseEnd(s, i + 1, end);
            }
            return phraseToClauseEnd(s, i + 1, i);
        }
        return i;
    }

    /**
     * Where an affiliation that is a noun phrase around a name ends when it closes the clause ({@code of the
     * Ohio delegation}, {@code of digital consulting firm IMGE}): up to eight words, one capitalised at least,
     * no verb of speech nor relative pronoun among them; else {@code otherwise}.
     */
    private static int phraseToClauseEnd(Sentence s, int from, int otherwise) {
        boolean named = false;
        for (int j = from; j < s.s1() && j < from + 8; j++) {
            Token t = s.toks().get(j);
            if (!t.isWord()) {
                return named && s.endsClause(j) && j > from ? j : otherwise;
            }
            if (Lexicon.CUE_VERBS.containsKey(t.lower()) || RELATIVES.contains(t.lower())) {
                return otherwise;
            }
            named |= t.isCapitalised();
        }
        return named && s.endsClause(Math.min(s.s1(), from + 8)) ? Math.min(s.s1(), from + 8) : otherwise;
    }

    /**
     * A person named after a lead-in of capitalised words and a few lower-case role words, from {@code from}
     * ({@code Eastfield pollster Tom Reed}, {@code former Lind adviser Sara Holm}, {@code retired surgeon Ben
     * Lowe}: a participle only as the first word), whose name
     * (with an affiliation) closes the clause or is followed by an adverbial ({@code in a statement}); or null.
     * After a preposition ({@code according to campaign manager Tom Reed}) the name is its object: {@code object}.
     */
    static Mention namedAfterLeadIn(Sentence s, int from, boolean object) {
        int lowerWords = 0;
        for (int j = from; j < s.s1() && j < from + 10; j++) {
            Token t = s.toks().get(j);
            Mention m = s.mentionByStart().get(j);
            if (m != null && (m.canBeSubject() || object && !m.possessive())
                    && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.UNKNOWN)) {
                int after = afterAffiliation(s, m);
                if (s.endsClause(after) || ADVERBIAL_OPENERS.contains(s.toks().get(after).lower())) {
                    return m;
                }
            }
            if (!t.isWord()) {
                // "said Lind's campaign manager Tom Reed": a possessor may open the lead-in
                if (!t.text().equals(".") && !t.text().equals("-") && !(t.isPossessive() && j > from)) {
                    return null;
                }
            } else if (!t.isCapitalised()) {
                String l = t.lower();
                if (l.equals("of") && j > from && j + 1 < s.s1() && isLowerCaseTitle(s.toks().get(j - 1))
                        && s.toks().get(j + 1).isWord() && !s.toks().get(j + 1).isCapitalised()) {
                    // "said former secretary of state Hillary Clinton": a post in lower case, with its field
                    j++;
                    lowerWords += 2;
                    continue;
                }
                if ((Lexicon.COMMON.contains(l) && !(j == from && l.equals("the")) && !Lexicon.TITLES.contains(l))
                        || Lexicon.CUE_VERBS.containsKey(l) || l.endsWith("ed") && !Lexicon.TITLES.contains(l) && j > from
                        || ++lowerWords > 4) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A title's word written in lower case ({@code secretary}, {@code former}). */
    private static boolean isLowerCaseTitle(Token t) {
        return t.isWord() && !t.isCapitalised() && Lexicon.TITLES.contains(t.lower());
    }
}
