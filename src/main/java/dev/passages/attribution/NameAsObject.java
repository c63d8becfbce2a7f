package dev.passages.attribution;

import java.util.List;
import java.util.Set;

/** Whether a name a sentence holds is an object, after a preposition or a verb of telling, and so no subject. */
final class NameAsObject {

    private static final Set<String> OBJECT_PREPOSITIONS = Lexicon.words("object-prepositions");

    private NameAsObject() {
    }

    /**
     * After a preposition or a verb of telling, looking back over lower-case title words and
     * possessors ({@code to Bank of Montreal's chairman X}): not a subject.
     */
    static boolean isObject(TokenList toks, WordClasses cls, List<Mention> mentions, int index, int sentenceStart) {
        int k = mentions.get(index).rawStart() - 1;
        int m = index - 1;
        while (k >= sentenceStart) {
            Token t = toks.get(k);
            String l = t.lower();
            if (t.isPossessive() && m >= 0 && mentions.get(m).end() == k) {
                k = mentions.get(m).rawStart() - 1;
                m--;
                continue;
            }
            if (m >= 0 && mentions.get(m).end() == k + 1 && k + 1 < mentions.get(index).rawStart()
                    && isLowerCaseTitle(toks, cls, k + 1)) {
                // "to Harbour chairman Tom Reynolds": the employer before the post, after a preposition
                int b = mentions.get(m).rawStart() - 1;
                return b >= sentenceStart && OBJECT_PREPOSITIONS.contains(toks.get(b).lower());
            }
            if (t.isWord() && !t.isCapitalised() && (cls.is(k, WordClasses.TITLE | WordClasses.PERSON_ROLE)
                    || l.equals("the"))) {
                k--;
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            if (l.equals("and") && k > sentenceStart && k + 1 < mentions.get(index).rawStart()
                    && toks.get(k - 1).isWord() && cls.is(k - 1, WordClasses.TITLE) && isLowerCaseTitle(toks, cls, k + 1)) {
                // "vice president and treasurer Fred Zuckerman", "Harbour Inc President and chief executive Tom
                // Reed": one person's posts, joined
                k--;
                continue;
            }
            if (l.equals("of") && k > sentenceStart && cls.is(k - 1, WordClasses.TITLE)
                    && mentions.get(index).titles().contains("of")) {
                return false; // "Chancellor of the Exchequer Nigel Lawson": the post's "of", not the name's preposition
            }
            if (l.equals("of") && k > sentenceStart && isLowerCaseTitle(toks, cls, k - 1)
                    && isLowerCaseTitle(toks, cls, k + 1)) {
                k -= 2; // "former secretary of state Hillary Clinton": a post in lower case, whose "of" is its own
                continue;
            }
            if (cls.is(k, WordClasses.PREPOSITION)) {
                return true;
            }
            String lemma = Lexicon.CUE_VERBS.get(l);
            return "tell".equals(lemma) || "inform".equals(lemma) || "quote".equals(lemma);
        }
        return false;
    }

    /** A title's word written in lower case, as a post before a name is ({@code treasurer Fred Zuckerman}). */
    private static boolean isLowerCaseTitle(TokenList toks, WordClasses cls, int k) {
        return toks.get(k).isWord() && !toks.get(k).isCapitalised() && cls.is(k, WordClasses.TITLE);
    }
}
