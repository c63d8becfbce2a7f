package dev.passages.index;

import dev.passages.attribution.Names;

import java.nio.ByteBuffer;

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

    private MinHash() {
    }

    /** Multipliers (odd) and addends of the hash functions: h_k(x) = (a_k x + b_k) >>> 32 over a mixed shingle hash. */
    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        long seed = 0x5DEECE66DL;
        for (int k = 0; k < HASHES; k++) {
            seed += 0x9E3779B97F4A7C15L;
            MUL[k] = mix(seed) | 1;
            seed += 0x9E3779B97F4A7C15L;
            ADD[k] = mix(seed);
        }
    }

    /** The signature as bytes (for a stored field), or null for a paragraph too short to have one. */
    public static byte[] signature(String text) {
        long[] words = wordHashes(Names.fold(text));
        int n = words.length;
        if (n < MIN_WORDS) {
            return null;
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + words[j];
            }
            long g = mix(h);
            for (int k = 0; k < HASHES; k++) {
                int v = (int) ((g * MUL[k] + ADD[k]) >>> 33);
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

    /** A hash of each run of letters and digits, in order (one pass, no strings made). */
    private static long[] wordHashes(String folded) {
        long[] out = new long[32];
        int n = 0;
        int len = folded.length();
        int i = 0;
        while (i < len) {
            int cp = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = 0;
            while (i < len) {
                cp = folded.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                h = 31 * h + cp;
                i += Character.charCount(cp);
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
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
