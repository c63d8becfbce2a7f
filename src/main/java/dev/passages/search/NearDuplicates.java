package dev.passages.search;

import dev.passages.index.MinHash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;

/**
 * The hits kept so far, looked up by their MinHash values: finds the first kept hit of another article
 * that a candidate copies (estimated similarity at least {@link Ranking#NEAR_DUPLICATE}) without
 * comparing the candidate with every kept hit, so that folding a long listing does not take time in
 * proportion to the square of its length. A copy agrees with the candidate in enough positions that it
 * still agrees in several once the positions whose values most kept hits share are left out: the kept
 * hits are counted in the other positions' lists, and only those counted often enough are compared with
 * {@link MinHash#similarity}.
 */
final class NearDuplicates {

    private final IntFunction<byte[]> signatures;
    private final BiPredicate<Integer, Integer> sameArticle;
    /** For each position of the signatures, the kept hits (as indexes into {@link #kept}) by value there. */
    private final List<Map<Integer, Postings>> byValue = new ArrayList<>();
    /** The candidate index of each kept hit, in the order kept. */
    private final List<Integer> kept = new ArrayList<>();
    private int[] counts = new int[16];
    private int[] touched = new int[16];

    NearDuplicates(Candidates candidates) {
        this(candidates::signature, candidates::sameArticle);
    }

    /** @param signatures each candidate's signature (null: none); @param sameArticle whether two candidates share an article */
    NearDuplicates(IntFunction<byte[]> signatures, BiPredicate<Integer, Integer> sameArticle) {
        this.signatures = signatures;
        this.sameArticle = sameArticle;
    }

    /**
     * The position, in the order kept, of the first kept hit of another article that candidate {@code i}
     * is a near-duplicate of; or -1, and then the candidate is kept.
     */
    int foldOrKeep(int i) {
        int same = firstCopied(i);
        if (same < 0) {
            keep(i);
        }
        return same;
    }

    private int firstCopied(int i) {
        byte[] signature = signatures.apply(i);
        if (signature == null || kept.isEmpty()) {
            return -1;
        }
        int positions = Math.min(signature.length / 2, byValue.size());
        Postings[] sharing = new Postings[positions];
        for (int p = 0; p < positions; p++) {
            Postings same = byValue.get(p).get(value(signature, p));
            sharing[p] = same == null ? Postings.NONE : same;
        }
        // a copy agrees in at least `needed` positions (NEAR_DUPLICATE is above 0: one at least); leaving out
        // the `skip` longest lists (values that many paragraphs share), it is in `needed - skip` of the rest
        int needed = 1;
        while (needed < positions && (double) needed / (signature.length / 2) < Ranking.NEAR_DUPLICATE) {
            needed++;
        }
        int skip = (needed - 1) / 2;
        java.util.Arrays.sort(sharing, java.util.Comparator.comparingInt(Postings::size));
        if (counts.length < kept.size()) {
            counts = new int[Math.max(kept.size(), counts.length * 2)];
        }
        int touchedCount = 0;
        for (int p = 0; p < positions - skip; p++) {
            Postings same = sharing[p];
            for (int j = 0; j < same.size; j++) {
                int k = same.items[j];
                if (counts[k]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touched.length * 2);
                    }
                    touched[touchedCount++] = k;
                }
            }
        }
        int best = -1;
        for (int t = 0; t < touchedCount; t++) {
            int k = touched[t];
            if (counts[k] >= needed - skip && (best < 0 || k < best)) {
                int earlier = kept.get(k);
                if (!sameArticle.test(earlier, i)
                        && MinHash.similarity(signatures.apply(earlier), signature) >= Ranking.NEAR_DUPLICATE) {
                    best = k;
                }
            }
            counts[k] = 0;
        }
        return best;
    }

    private void keep(int i) {
        int position = kept.size();
        kept.add(i);
        byte[] signature = signatures.apply(i);
        if (signature == null) {
            return;
        }
        int positions = signature.length / 2;
        while (byValue.size() < positions) {
            byValue.add(new HashMap<>());
        }
        for (int p = 0; p < positions; p++) {
            byValue.get(p).computeIfAbsent(value(signature, p), v -> new Postings()).add(position);
        }
    }

    /** The kept hits (positions in the order kept) with one value at one position: a growable array of ints. */
    private static final class Postings {
        static final Postings NONE = new Postings();
        int[] items = new int[2];
        int size;

        void add(int k) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = k;
        }

        int size() {
            return size;
        }
    }

    private static int value(byte[] signature, int position) {
        return (signature[2 * position] & 0xFF) << 8 | (signature[2 * position + 1] & 0xFF);
    }
}
