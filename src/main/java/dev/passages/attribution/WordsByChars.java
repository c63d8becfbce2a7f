package dev.passages.attribution;

import java.util.Collection;

/**
 * A fixed set of strings looked up by the characters of an array, without making a string of them: open addressing
 * over a power-of-two table a quarter full, probed with the {@link String#hashCode} the caller works out as it reads
 * the characters.
 */
final class WordsByChars {

    private final String[] table;
    private final int mask;

    WordsByChars(Collection<String> words) {
        table = new String[Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1];
        mask = table.length - 1;
        for (String w : words) {
            int i = spread(w.hashCode()) & mask;
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & mask;
            }
            table[i] = w;
        }
    }

    /** The string equal to {@code cs[start, end)}, or null; {@code hash} is that text's {@link String#hashCode}. */
    String find(char[] cs, int start, int end, int hash) {
        return find(cs, start, end, hash, false);
    }

    /**
     * The string equal to {@code cs[start, end)} with its ASCII capitals lower-cased, or null; {@code hash} is the
     * lower-cased text's {@link String#hashCode}.
     */
    String findLowerAscii(char[] cs, int start, int end, int hash) {
        return find(cs, start, end, hash, true);
    }

    private String find(char[] cs, int start, int end, int hash, boolean lowerAscii) {
        int length = end - start;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String w = table[i];
            if (w == null) {
                return null;
            }
            if (w.length() == length && w.hashCode() == hash && same(w, cs, start, lowerAscii)) {
                return w;
            }
        }
    }

    /** Whether {@code w} is the text at {@code cs[start]} (its ASCII capitals lower-cased with {@code lowerAscii}). */
    static boolean same(String w, char[] cs, int start, boolean lowerAscii) {
        for (int k = 0; k < w.length(); k++) {
            char c = cs[start + k];
            if (w.charAt(k) != (lowerAscii ? lowerAscii(c) : c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} with an ASCII capital lower-cased. */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A hash's high bits folded into its low ones, which pick the slot of a power-of-two table. */
    static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
