package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;

/** One string for each frequent word of the word lists, which a token that is that word takes instead of a copy. */
final class SharedWords {

    /**
     * The common words, prepositions and cue verb forms of {@link Lexicon} (two words in five of Reuters-21578):
     * the word lists' own strings, whose hash, asked by every word-list lookup, is already worked out. Open
     * addressing over a power-of-two table a quarter full.
     */
    private static final String[] WORDS = table(words());
    private static final int MASK = WORDS.length - 1;

    private SharedWords() {
    }

    /** The lower-case ASCII words of the lists, each once. */
    private static List<String> words() {
        List<String> out = new ArrayList<>();
        for (String w : Lexicon.COMMON) {
            out.add(w);
        }
        for (String w : Lexicon.PREPOSITIONS) {
            out.add(w);
        }
        out.addAll(Lexicon.CUE_VERBS.keySet());
        out.removeIf(w -> !w.chars().allMatch(c -> c < 128 && (c < 'A' || c > 'Z') && c != ' '));
        return out;
    }

    private static String[] table(List<String> words) {
        String[] table = new String[Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1];
        for (String w : words) {
            int i = spread(w.hashCode()) & (table.length - 1);
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & (table.length - 1);
            }
            table[i] = w;
        }
        return table;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The shared string equal to {@code cs[start, end)}, or null; {@code hash} is that text's {@link String#hashCode},
     * which the tokenizer works out as it reads the characters.
     */
    static String find(char[] cs, int start, int end, int hash) {
        int length = end - start;
        for (int i = spread(hash) & MASK; ; i = (i + 1) & MASK) {
            String w = WORDS[i];
            if (w == null) {
                return null;
            }
            if (w.length() == length && w.hashCode() == hash && sameChars(w, cs, start)) {
                return w;
            }
        }
    }

    private static boolean sameChars(String w, char[] cs, int start) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) != cs[start + k]) {
                return false;
            }
        }
        return true;
    }
}
