package dev.passages.attribution;

import java.util.Set;

/**
 * The subject of a cue that follows a comma: the name that opens the sentence before its apposition
 * ({@code Reed, the party's deputy leader, said}), or the comma-separated segment that names who speaks.
 */
final class Appositions {

    /** Prepositions that may also open a clause ({@code ..., and Reed, a ..., said}). */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.words("clause-conjunctions");
    /** Words that open a relative clause: after a role noun and its comma, the clause is an aside ({@code The company, which ...,}). */
    private static final Set<String> RELATIVES = Lexicon.words("relative-pronouns");

    private final RoleNouns roleNouns;

    Appositions(RoleNouns roleNouns) {
        this.roleNouns = roleNouns;
    }

    /**
     * {@code Name, the spokesman of X, said}, {@code Title of things, Name, said},
     * {@code Fesharaki, leader of ..., Honolulu, Hawaii, was speaking}: walks back over the
     * comma-separated segments to the one that is a name and can speak; a role noun that opens the sentence before
     * a relative clause speaks as role nouns do ({@code The company, which was founded in 1990, said}).
     */
    Subject subject(Sentence s, int comma, int to) {
        Subject opened = openingName(s, comma + 1, to);
        if (opened != null) {
            return opened;
        }
        int end = comma;
        for (int segments = 0; segments < 5 && end > s.s0(); segments++) {
            int p = end - 1;
            while (p >= s.s0() && !s.toks().get(p).text().equals(",") && !s.toks().get(p).isOpeningQuote()) {
                p--;
            }
            int segStart = p + 1;
            while (segStart < end && s.toks().get(segStart).isQuote()) {
                segStart++; // ",” Senator Ana Ruiz, a close adviser, told": the quote closes before the name
            }
            Mention named = personBefore(s, p, segStart, end);
            if (named != null) {
                // "Tom Reed, a spokesman for Lind, said", "Ana Ruiz, the council's adviser, said": the person before
                // the apposition speaks, not one the apposition names
                return Subject.before(s.byEnd().get(named.end()), named.start(), to);
            }
            Mention last = s.mentionByEnd().get(end);
            int from = pastPossessor(s, segStart);
            if (last != null && last.start() >= from && onlyTitlesBetween(s.toks(), from, last.start())
                    && !last.afterPreposition() && last.kind() != Mention.Kind.PLACE) {
                return Subject.before(s.byEnd().get(end), last.start(), to);
            }
            Mention lead = segStart == s.s0() || afterDescriptor(s, p) ? SubjectAfterCue.namedAfterLeadIn(s, segStart, false) : null;
            if (lead != null && SubjectAfterCue.afterAffiliation(s, lead) == end) {
                // "Former House speaker Tom Reed, a Lind ally, said", "Rep. Sara Holm of Ohio, ..."
                return Subject.before(s.byEnd().get(lead.end()), lead.start(), to);
            }
            for (int h = segStart; h < Math.min(end, segStart + 3); h++) {
                if (Lexicon.REPRESENTATIVES.contains(s.toks().get(h).lower()) && h + 1 < end
                        && (s.toks().get(h + 1).is("for") || s.toks().get(h + 1).is("of"))) {
                    return Subject.before(roleNouns.resolve(s, segStart, h, "say", comma + 1), segStart, to);
                }
            }
            if (p < s.s0() || !s.toks().get(p).text().equals(",")) {
                return null;
            }
            if (p - 1 > s.s0() && RELATIVES.contains(s.toks().get(segStart).lower()) && s.toks().get(p - 1).isWord()
                    && !s.toks().get(p - 1).isCapitalised() && !s.mentionByEnd().containsKey(p)) {
                // "The company, which was founded in 1990, said", "Reed's campaign, which ..., said": the role noun
                int role = RoleNouns.roleStart(s.toks(), p - 1, s.s0());
                return role == s.s0() ? Subject.before(roleNouns.resolve(s, role, p - 1, "say", comma + 1), role, to) : null;
            }
            end = p;
        }
        return null;
    }

    /**
     * The person or body whose name opens the sentence when one apposition alone stands between it and the
     * comma at {@code comma} ({@code Reed, a former aide, said}); not when a clause follows the apposition
     * ({@code X Corp, a unit of Y, is offering ..., said sole manager Z}: Z speaks); or null.
     */
    Subject openingApposition(Sentence s, int comma, int to) {
        Subject opened = openingName(s, comma, to);
        int commas = 0;
        for (int k = s.s0(); k < comma && opened != null; k++) {
            Mention m = s.mentionByStart().get(k);
            if (m != null && m.end() > k) {
                k = m.end() - 1; // a firm's name may hold a comma ("Sears, Roebuck and Co")
            } else if (s.toks().get(k).text().equals(",")) {
                commas++;
            }
        }
        return commas == 1 ? opened : null;
    }

    /**
     * The person or body whose name opens the sentence and is followed by a comma before {@code limit}
     * ({@code Reed, a former aide, said}, {@code Sen. Ana Ruiz (D-Mo.), who ..., said}); or null.
     */
    Subject openingName(Sentence s, int limit, int to) {
        Mention opening = s.mentions().isEmpty() ? null : s.mentions().get(0);
        if (opening != null && opening.kind() == Mention.Kind.PLACE && s.mentions().size() > 1
                && s.mentions().get(1).rawStart() == opening.end()) {
            opening = s.mentions().get(1); // "Montana Sen. Jon Tester, ...": the place qualifies the person
        }
        int opens = opening == null ? -1 : s.mentions().get(0).rawStart();
        int afterOpening = opening == null ? -1 : opening.end();
        if (afterOpening > 0 && afterOpening < s.s1() && s.toks().get(afterOpening).text().equals("(")) {
            // "Sen. Ana Ruiz (D-Mo.), who ...": past a short parenthesis after the name
            for (int j = afterOpening + 1; j < s.s1() && j <= afterOpening + 8; j++) {
                if (s.toks().get(j).text().equals(")")) {
                    afterOpening = j + 1;
                    break;
                }
            }
        }
        if (opening != null && opens == s.s0() && afterOpening < s.s1()
                && s.toks().get(afterOpening).text().equals(",") && afterOpening < limit) {
            Entity e = s.byEnd().get(opening.end());
            if (e != null && (e.kind == Mention.Kind.PERSON || e.kind == Mention.Kind.ORGANIZATION)) {
                return Subject.before(e, opening.start(), to);
            }
        }
        return null;
    }

    /**
     * The person named right before the comma at {@code comma} when the segment after it, up to {@code end},
     * is an apposition (it opens with a word in lower case or a number); else null.
     */
    private static Mention personBefore(Sentence s, int comma, int segStart, int end) {
        if (comma <= s.s0() || segStart >= end || !s.toks().get(comma).text().equals(",")
                || s.toks().get(segStart).isCapitalised()) {
            return null;
        }
        Mention m = s.mentionByEnd().get(comma);
        Entity e = m == null ? null : s.byEnd().get(comma);
        return e != null && e.kind == Mention.Kind.PERSON && (!m.afterPreposition() || opensClause(s, m)) ? m : null;
    }

    /** How many words a descriptor that opens a sentence before its name may take ({@code Another pollster, X, said}). */
    private static final int DESCRIPTOR_WORDS = 4;

    /**
     * Whether the sentence opens with a short descriptor of the person named after the comma at {@code comma}
     * ({@code Another pollster, Tom Reed of the Harbour Institute, said}): words in lower case but the first,
     * and no name.
     */
    private static boolean afterDescriptor(Sentence s, int comma) {
        if (comma <= s.s0() || comma - s.s0() > DESCRIPTOR_WORDS || !s.toks().get(comma).text().equals(",")) {
            return false;
        }
        for (int k = s.s0(); k < comma; k++) {
            Token t = s.toks().get(k);
            if (!t.isWord() || k > s.s0() && t.isCapitalised() || s.mentionByStart().containsKey(k)
                    || Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** {@code ..., and Tom Reed, a ...}: a name after a word that may open a clause ("and", "after"). */
    private static boolean opensClause(Sentence s, Mention m) {
        return m.rawStart() > s.s0() && CLAUSE_CONJUNCTIONS.contains(s.toks().get(m.rawStart() - 1).lower());
    }

    /** {@code North Carolina's Ada Fisher}: where the name after a possessor that opens a segment starts, else {@code at}. */
    private static int pastPossessor(Sentence s, int at) {
        Mention m = s.mentionByStart().get(at);
        if (m != null && m.rawStart() == at && m.end() + 1 < s.s1() && s.toks().get(m.end()).isPossessive()) {
            return m.end() + 1;
        }
        return at;
    }

    private static boolean onlyTitlesBetween(TokenList toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = toks.get(k).lower();
            if (!Lexicon.TITLES.contains(l) && !Lexicon.HONORIFICS.contains(l) && !MentionClassifier.TITLE_QUALIFIERS.contains(l)) {
                return false;
            }
        }
        return true;
    }
}
