package dev.passages.attribution;

/**
 * Finds the speaker a closed quotation's tag names with a verb that no cue list holds ({@code ," Reed
 * concluded}, {@code ," Holm answers.}, {@code ," reacted Reed}): the name, or the person a he or she stands for.
 */
final class QuoteTag {


    private final Coreference coreference;

    QuoteTag(Coreference coreference) {
        this.coreference = coreference;
    }

    /** Credits the speaker of the first such tag in the sentence; returns whether it found one. */
    boolean credit(Sentence s, Discourse discourse) {
        TokenList toks = s.toks();
        for (int k = s.s0() + 1; k + 2 < s.s1(); k++) {
            if (!ParagraphOpenings.closesQuoteForATag(toks, k)) {
                continue;
            }
            Mention m = s.mentionByStart().get(k + 1);
            int verb = m != null && m.rawStart() == k + 1 ? m.end() : k + 2;
            Mention after = s.mentionByStart().get(k + 2);
            if (m == null && after != null && after.rawStart() == k + 2 && after.canBeSubject()
                    && isInvertedTagVerb(toks, k + 1, after.end()) && s.entityAt(after) != null
                    && s.entityAt(after).kind == Mention.Kind.PERSON) {
                // "...," reacted Reed: the verb before its subject
                discourse.add(s, s.entityAt(after), toks.get(k + 1).lower(), k + 1, after.end());
                return true;
            }
            if (verb >= s.s1() || !isTagVerb(toks, verb)) {
                continue;
            }
            Entity e = null;
            if (m != null && m.rawStart() == k + 1 && m.canBeSubject() && s.entityAt(m) != null
                    && s.entityAt(m).isPersonLike()) {
                e = s.entityAt(m);
            } else if (m == null && (toks.get(k + 1).is("he") || toks.get(k + 1).is("she"))) {
                e = coreference.resolvePerson(s, k + 1);
            }
            if (e != null) {
                discourse.add(s, e, toks.get(verb).lower(), k + 1, verb + 1);
                return true;
            }
        }
        return false;
    }

    /**
     * A verb that no cue list holds, at {@code at} before the name of the tag it opens, which ends at {@code nameEnd}:
     * one in -ed ({@code reacted X of Y}), or one in -s when the name closes the clause ({@code agrees X, 30,}; not
     * the plural noun of {@code auditors X and Y said}).
     */
    private static boolean isInvertedTagVerb(TokenList toks, int at, int nameEnd) {
        Token t = toks.get(at);
        String w = t.lower();
        if (!t.isWord() || t.isCapitalised() || w.length() <= 4 || Lexicon.CUE_VERBS.containsKey(w)) {
            return false;
        }
        if (w.endsWith("ed")) {
            return true;
        }
        return w.endsWith("s") && !w.endsWith("ss") && (nameEnd >= toks.size() || !toks.get(nameEnd).isWord());
    }

    /**
     * A finite verb of a tag: a past form in -ed ({@code concluded}), or an -s form that ends its clause
     * or meets a preposition ({@code answers.}, {@code concludes on}), which a plural noun seldom does here.
     */
    private static boolean isTagVerb(TokenList toks, int at) {
        Token t = toks.get(at);
        String w = t.lower();
        if (!t.isWord() || t.isCapitalised() || w.length() < 4 || Lexicon.CUE_VERBS.containsKey(w)) {
            return false;
        }
        if (w.endsWith("ed")) {
            return true;
        }
        if (!w.endsWith("s") || w.endsWith("ss") || at + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(at + 1);
        return !next.isWord() || Lexicon.PREPOSITIONS.contains(next.lower());
    }
}
