package dev.passages.attribution;

import java.util.List;
import java.util.function.Predicate;

/**
 * The field a post's "of" names before a person's name ({@code Minister of Foreign Affairs Tom Reed}, {@code
 * Minister of International Trade and Industry Hajime Tamura}): its words belong to the title, not the name.
 */
final class PostField {

    private PostField() {
    }

    /**
     * After titles that end in "of", moves the field's words from {@code lower} (the words from {@code start}) to
     * {@code titles}, leaving two words or more: its first word when it is no forename, then each next one that a
     * forename follows, that the article writes in lower case elsewhere ({@code trade}, {@code credit}: a common
     * noun, where a name's word is not), or that is an "and" before such a word; a portfolio joined by "and" first,
     * up to the word after the "and" ({@code International Trade and Industry}). Returns how many words it moved.
     */
    static int peel(WordClasses cls, int start, List<String> titles, List<String> lower, Predicate<String> usedInLowerCase) {
        int of = titles.lastIndexOf("of");
        boolean portfolioOpen = of >= 1 && of < titles.size() - 1 && titles.get(titles.size() - 1).equals("and");
        if (of < 1 || of < titles.size() - 1 && !portfolioOpen) {
            return 0;
        }
        int moved = 0;
        int and = lower.indexOf("and");
        if (portfolioOpen && lower.size() > 2 && Lexicon.forenameGender(lower.get(0)) == 0) {
            // "Minister of Finance and Public Credit X", its titles' words taken up to the "and": the word after it
            titles.add(lower.remove(0));
            moved++;
        } else if (!portfolioOpen && and >= 1 && and <= 3 && lower.size() - and - 2 >= 2 && !anyForename(lower, and + 2)) {
            // "Minister of International Trade and Industry Hajime Tamura": a portfolio joined by "and" is the field
            for (; moved < and + 2; moved++) {
                titles.add(lower.remove(0));
            }
        }
        while (lower.size() > 2 && Lexicon.forenameGender(lower.get(0)) == 0
                && (beforeNameOrFirst(cls, start + moved, moved, lower)
                    || isCommonWord(cls, start + moved, lower.get(0), usedInLowerCase)
                    || lower.get(0).equals("and") && moved > 0 && isCommonWord(cls, start + moved + 1, lower.get(1), usedInLowerCase))) {
            titles.add(lower.remove(0));
            moved++;
        }
        return moved;
    }

    /**
     * The field's first word, or one a forename follows, when neither it nor the next is a connector, a particle or
     * a title's word.
     */
    private static boolean beforeNameOrFirst(WordClasses cls, int k, int moved, List<String> lower) {
        int mask = WordClasses.CONNECTOR | WordClasses.PARTICLE | WordClasses.TITLE;
        return (moved == 0 || Lexicon.forenameGender(lower.get(1)) != 0) && !cls.is(k, mask) && !cls.is(k + 1, mask);
    }

    /** Whether one of the first {@code n} words is a given name. */
    private static boolean anyForename(List<String> lower, int n) {
        for (int i = 0; i < n; i++) {
            if (Lexicon.forenameGender(lower.get(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** A word the article also writes in lower case, and no particle ({@code de}, {@code van}) of a name. */
    private static boolean isCommonWord(WordClasses cls, int k, String word, Predicate<String> usedInLowerCase) {
        return !cls.is(k, WordClasses.PARTICLE | WordClasses.CONNECTOR) && usedInLowerCase.test(word);
    }
}
