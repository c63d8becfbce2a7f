package dev.passages.attribution;

import java.util.HashSet;
import java.util.Set;

/**
 * A quick test that a word cannot open a cue, asked of every word before the cue verbs' table is: a word whose
 * length, first and last letters no cue word has ({@code the}, {@code of}, most words) needs no hash worked out.
 */
final class CueWords {

    private static final int MAX_LENGTH = 16;
    private static final boolean[] SHAPES = new boolean[MAX_LENGTH * 26 * 26];
    /** Whether some cue word has a shape the table does not hold (a longer word, a letter outside a to z). */
    private static final boolean ANY_OTHER_SHAPE;

    static {
        boolean other = false;
        Set<String> words = new HashSet<>(Lexicon.CUE_VERBS.keySet());
        words.addAll(CueFinder.PHRASE_CUE_FIRST_WORDS);
        for (String w : words) {
            int shape = shape(w);
            if (shape < 0) {
                other = true;
            } else {
                SHAPES[shape] = true;
            }
        }
        ANY_OTHER_SHAPE = other;
    }

    private CueWords() {
    }

    /** The table index of a lower-case word's length, first and last letters, or -1 when it has none there. */
    private static int shape(String w) {
        int n = w.length();
        if (n == 0 || n >= MAX_LENGTH) {
            return -1;
        }
        int first = w.charAt(0) - 'a';
        int last = w.charAt(n - 1) - 'a';
        if (first < 0 || first >= 26 || last < 0 || last >= 26) {
            return -1;
        }
        return (n * 26 + first) * 26 + last;
    }

    /**
     * False when the ASCII letters {@code text[from, to)}, in any case, are surely neither a cue verb's form nor a
     * phrase cue's first word.
     */
    static boolean mayBeCue(String text, int from, int to) {
        int n = to - from;
        if (n >= MAX_LENGTH) {
            return ANY_OTHER_SHAPE;
        }
        int first = (text.charAt(from) | 0x20) - 'a';
        int last = (text.charAt(to - 1) | 0x20) - 'a';
        return SHAPES[(n * 26 + first) * 26 + last];
    }

    /** False when {@code lower} (a lower-case word) is surely neither a cue verb's form nor a phrase cue's first word. */
    static boolean mayBeCue(String lower) {
        int shape = shape(lower);
        return shape < 0 ? ANY_OTHER_SHAPE : SHAPES[shape];
    }
}
