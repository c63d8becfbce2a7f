package dev.passages.attribution;

import java.util.function.Predicate;

/**
 * The name a run of capitalised words of a title-case headline gives: the words of it the story writes again
 * ({@code Move Against Tom Reed}: Tom Reed), for in title case nothing else tells a name's words from the headline's.
 */
final class HeadlineNames {

    /** The most words of a headline's run read for a name the story writes again, and the most of that name. */
    private static final int HEADLINE_RUN_WORDS = 12;
    private static final int NAME_WORDS = 6;

    private final Predicate<String> usedInLowerCase;
    private final Predicate<String> writtenAgain;

    /**
     * @param usedInLowerCase whether the article writes a word in lower case
     * @param writtenAgain whether the article writes words, as they are, more than once
     */
    HeadlineNames(Predicate<String> usedInLowerCase, Predicate<String> writtenAgain) {
        this.usedInLowerCase = usedInLowerCase;
        this.writtenAgain = writtenAgain;
    }

    /**
     * The words of a run in a title-case headline that name someone: of those the article writes again, the most,
     * the later of equals ({@code Move Against Tom Reed}: Tom Reed, where the story names him), leaving out no
     * title or given name ({@link #leavesOut}); all of them when it writes none again. As {@code {from, to}}.
     */
    int[] named(TokenList toks, WordClasses cls, int i, int j) {
        int[] best = {i, j};
        if (j - i > HEADLINE_RUN_WORDS) {
            return best; // a run this long is no name and holds none a headline would give
        }
        int most = 0;
        for (int a = i; a < j && leavesOut(toks, cls, i, a, false); a++) {
            StringBuilder words = new StringBuilder();
            for (int b = a + 1; b <= j && b - a <= NAME_WORDS && toks.get(b - 1).isWord(); b++) {
                words.append(b > a + 1 ? " " : "").append(toks.get(b - 1).text());
                boolean oneWord = b - a == 1;
                if (b - a >= most && leavesOut(toks, cls, i, a, oneWord) && leavesOut(toks, cls, b, j, oneWord)
                        && writtenAgain.test(words.toString())) {
                    best = new int[] {a, b};
                    most = b - a;
                }
            }
        }
        return best;
    }

    /**
     * Whether tokens [from, to) of a run may be left out of its name: none is a title or a given name, and, when
     * what is kept is a single word ({@code Vale} of {@code Salma Vale}), each is a common word, a place, or a word
     * the article writes in lower case.
     */
    private boolean leavesOut(TokenList toks, WordClasses cls, int from, int to, boolean strictly) {
        for (int k = from; k < to; k++) {
            String l = toks.get(k).lower();
            if (cls.is(k, WordClasses.TITLE) || Lexicon.forenameGender(l) != 0
                    || strictly && !cls.is(k, WordClasses.COMMON | WordClasses.PLACE) && !usedInLowerCase.test(l)) {
                return false;
            }
        }
        return true;
    }
}
