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
 * that a candidate copies (estimated similarity at least {@link PassageSearcher#NEAR_DUPLICATE}) without
 * comparing the candidate with every kept hit, so that folding a long listing does not take time in
 * proportion to the square of its length. A copy agrees with the candidate in enough positions that it
 * shares a value in at least one of the positions whose values fewest kept hits share; only the kept hits
 * found there are compared with {@link MinHash#similarity}.
 */
final class NearDuplicates {

    private final IntFunction<byte[]> signatures;
    private final BiPredicate<Integer, Integer> sameArticle;
    /** For each position of the signatures, the kept hits (as indexes into {@link #kept}) by value there. */
    private final List<Map<Integer, List<Integer>>> byValue = new ArrayList<>();
    /** The candidate index of each kept hit, in the order kept. */
    private final List<Integer> kept = new ArrayList<>();
    private boolean[] seen = new boolean[16];

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
        List<List<Integer>> sharing = new ArrayList<>(positions);
        for (int p = 0; p < positions; p++) {
            List<Integer> same = byValue.get(p).get(value(signature, p));
            sharing.add(same == null ? List.of() : same);
        }
        // a copy agrees in at least `needed` positions, so in at least one of any (positions - needed + 1)
        // of them: look only in the shortest lists, which leaves out values that many paragraphs share
        int needed = 0;
        while (needed < positions && (double) needed / (signature.length / 2) < PassageSearcher.NEAR_DUPLICATE) {
            needed++;
        }
        sharing.sort(java.util.Comparator.comparingInt(List::size));
        if (seen.length < kept.size()) {
            seen = new boolean[Math.max(kept.size(), seen.length * 2)];
        }
        List<Integer> looked = new ArrayList<>();
        int best = -1;
        for (List<Integer> same : sharing.subList(0, Math.max(0, Math.min(positions, positions - needed + 1)))) {
            for (int k : same) {
                if (seen[k]) {
                    continue;
                }
                seen[k] = true;
                looked.add(k);
                int earlier = kept.get(k);
                if ((best < 0 || k < best) && !sameArticle.test(earlier, i)
                        && MinHash.similarity(signatures.apply(earlier), signature) >= PassageSearcher.NEAR_DUPLICATE) {
                    best = k;
                }
            }
        }
        for (int k : looked) {
            seen[k] = false;
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
            byValue.get(p).computeIfAbsent(value(signature, p), v -> new ArrayList<>(2)).add(position);
        }
    }

    private static int value(byte[] signature, int position) {
        return (signature[2 * position] & 0xFF) << 8 | (signature[2 * position + 1] & 0xFF);
    }
}
