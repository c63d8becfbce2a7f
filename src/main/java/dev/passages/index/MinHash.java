package dev.passages.index;

import dev.passages.attribution.Names;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of paragraphs over word 3-shingles (case, accents and punctuation aside), so that
 * reports of one statement by several outlets (a dateline added, a sentence dropped, other quotes)
 * can be told apart from paragraphs that merely share a topic.
 */
public final class MinHash {

    /** Hash functions per signature: Jaccard estimates err by about ±0.09 at this size. */
    static final int HASHES = 32;
    private static final int SHINGLE = 3;
    /** Shorter paragraphs get no signature: a few words in common prove nothing. */
    private static final int MIN_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private MinHash() {
    }

    /** The signature as bytes (for a stored field), or null for a paragraph too short to have one. */
    public static byte[] signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Names.fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(h + 0x9E3779B97F4A7C15L * (k + 1)) >>> 33);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        ByteBuffer b = ByteBuffer.allocate(HASHES * 4);
        for (int v : min) {
            b.putInt(v);
        }
        return b.array();
    }

    /** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
    public static double similarity(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        ByteBuffer x = ByteBuffer.wrap(a);
        ByteBuffer y = ByteBuffer.wrap(b);
        int same = 0;
        int n = a.length / 4;
        for (int i = 0; i < n; i++) {
            same += x.getInt() == y.getInt() ? 1 : 0;
        }
        return (double) same / n;
    }

    /** SplitMix64's finaliser: spreads a 64-bit value over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
