package dev.passages.attribution;

import java.util.Collection;

/**
 * A fixed set of strings looked up by the characters of an array, without making a string of them: open addressing
 * over a power-of-two table a quarter full, probed with the {@link String#hashCode} the caller works out as it reads
 * the characters.
 */
final class WordsByChars {

    private final String[] table;
    /** Each slot's word as characters, and its hash: a probe compares arrays, not a string's characters call by call. */
    private final char[][] chars;
    private final int[] hashes;
    private final int mask;

    WordsByChars(Collection<String> words) {
        table = new String[Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1];
        chars = new char[table.length][];
        hashes = new int[table.length];
        mask = table.length - 1;
        for (String w : words) {
            int i = spread(w.hashCode()) & mask;
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & mask;
            }
            table[i] = w;
            chars[i] = w.toCharArray();
            hashes[i] = w.hashCode();
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
            char[] w = chars[i];
            if (w == null) {
                return null;
            }
            if (hashes[i] == hash && w.length == length && same(w, cs, start, lowerAscii)) {
                return table[i];
            }
        }
    }

    private static boolean same(char[] w, char[] cs, int start, boolean lowerAscii) {
        for (int k = 0; k < w.length; k++) {
            char c = cs[start + k];
            if (w[k] != (lowerAscii ? lowerAscii(c) : c)) {
                return false;
            }
        }
        return true;
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
