package dev.passages.index;

import dev.passages.attribution.Names;

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

    /** Multipliers (odd) and addends of the hash functions: h_k(x) = (a_k x + b_k) >>> 16 over a mixed 32-bit shingle hash. */
    private static final int[] MUL = new int[HASHES];
    private static final int[] ADD = new int[HASHES];

    static {
        long seed = 0x5DEECE66DL;
        for (int k = 0; k < HASHES; k++) {
            seed += 0x9E3779B97F4A7C15L;
            MUL[k] = (int) mix(seed) | 1;
            seed += 0x9E3779B97F4A7C15L;
            ADD[k] = (int) mix(seed);
        }
    }

    /**
     * The signature as bytes (for a doc value): the least 16-bit hash of each function, two bytes
     * each; or null for a paragraph too short to have one.
     */
    public static byte[] signature(String text) {
        long[] words = wordHashes(needsFolding(text) ? Names.fold(text) : text);
        int n = words.length;
        if (n < MIN_WORDS) {
            return null;
        }
        int shingles = n - SHINGLE + 1;
        int[] x = new int[shingles];
        for (int i = 0; i < shingles; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + words[j];
            }
            x[i] = (int) mix(h);
        }
        byte[] out = new byte[HASHES * 2];
        // one hash function at a time over all shingles: a tight loop over one array, with the same minima
        // as all functions shingle by shingle and faster (by a tenth with the indexer's JIT settings)
        for (int k = 0; k < HASHES; k++) {
            int mul = MUL[k];
            int add = ADD[k];
            int min = 0xFFFF;
            for (int i = 0; i < shingles; i++) {
                min = Math.min(min, (x[i] * mul + add) >>> 16);
            }
            out[2 * k] = (byte) (min >>> 8);
            out[2 * k + 1] = (byte) min;
        }
        return out;
    }

    /**
     * Whether folding could change the words of the text: it has a letter, digit or mark beyond ASCII, or a
     * character beyond the BMP. Any other character (a curly quote, a dash, a no-break space) separates words
     * folded or not, and folding leaves ASCII words as {@link #wordHashes} reads them: most news paragraphs
     * hold a curly quote and nothing else beyond ASCII, and need no folding.
     */
    static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || isMark(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A hash of each run of letters and digits, lower-cased, in order (one pass, no strings made);
     * ASCII, nearly every character of English news, answered without the Unicode tables.
     */
    private static long[] wordHashes(String folded) {
        long[] out = new long[32];
        int n = 0;
        int len = folded.length();
        int i = 0;
        while (i < len) {
            int cp = folded.codePointAt(i);
            if (!isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = 0;
            while (i < len) {
                cp = folded.codePointAt(i);
                if (!isLetterOrDigit(cp)) {
                    break;
                }
                h = 31 * h + (cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp | 0x20 : cp) : Character.toLowerCase(cp));
                i += Character.charCount(cp);
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isLetterOrDigit(int cp) {
        return cp < 128 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                : Character.isLetterOrDigit(cp);
    }

    /** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
    public static double similarity(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != HASHES * 2 || b.length != HASHES * 2) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            same += a[2 * k] == b[2 * k] && a[2 * k + 1] == b[2 * k + 1] ? 1 : 0;
        }
        return (double) same / HASHES;
    }

    /** SplitMix64's finaliser: spreads a 64-bit value over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
