package dev.passages.search;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a BM25 ranking and a vector ranking of the same index into one: linear fusion of min-max normalised
 * scores (what passages uses), or reciprocal rank fusion (kept to measure against it). Each fused hit says which
 * side found it.
 */
public final class Fusion {

    /** Which ranking found a hit. */
    public enum Side {
        BM25("bm25"), SEMANTIC("semantic"), BOTH("both");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The fused ranking: hits best first (their scores the fused ones), and which side found each document. */
    public record Fused(ScoreDoc[] hits, Map<Integer, Side> foundBy) {
    }

    private Fusion() {
    }

    /**
     * {@code weight × dense + (1 − weight) × bm25}, each side's scores scaled to [0, 1] over its own list (its
     * best 1, its worst kept 0); a document one side did not return gets 0 from it.
     */
    public static Fused linear(ScoreDoc[] bm25, ScoreDoc[] dense, float weight) {
        Map<Integer, float[]> parts = new LinkedHashMap<>();
        normalised(bm25, parts, 0);
        normalised(dense, parts, 1);
        return ranked(parts, p -> (1 - weight) * p[0] + weight * p[1]);
    }

    /** Reciprocal rank fusion: {@code 1/(k + rank)} summed over the sides, ranks counted from 1. */
    public static Fused reciprocalRank(ScoreDoc[] bm25, ScoreDoc[] dense, int k) {
        Map<Integer, float[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < bm25.length; i++) {
            parts.computeIfAbsent(bm25[i].doc, d -> absent())[0] = 1f / (k + i + 1);
        }
        for (int i = 0; i < dense.length; i++) {
            parts.computeIfAbsent(dense[i].doc, d -> absent())[1] = 1f / (k + i + 1);
        }
        return ranked(parts, p -> Math.max(p[0], 0) + Math.max(p[1], 0));
    }

    /** A side's part of a document: -1 until that side returns it. */
    private static float[] absent() {
        return new float[] {-1, -1};
    }

    private static void normalised(ScoreDoc[] docs, Map<Integer, float[]> parts, int side) {
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (ScoreDoc d : docs) {
            max = Math.max(max, d.score);
            min = Math.min(min, d.score);
        }
        float range = max - min;
        for (ScoreDoc d : docs) {
            // a list of one score (or of equal ones) is all best
            parts.computeIfAbsent(d.doc, x -> absent())[side] = range > 0 ? (d.score - min) / range : 1f;
        }
    }

    private interface Combine {
        float of(float[] parts);
    }

    private static Fused ranked(Map<Integer, float[]> parts, Combine combine) {
        List<ScoreDoc> out = new ArrayList<>(parts.size());
        Map<Integer, Side> foundBy = new HashMap<>();
        for (Map.Entry<Integer, float[]> e : parts.entrySet()) {
            float[] p = e.getValue();
            boolean lexical = p[0] >= 0;
            boolean dense = p[1] >= 0;
            foundBy.put(e.getKey(), lexical && dense ? Side.BOTH : lexical ? Side.BM25 : Side.SEMANTIC);
            out.add(new ScoreDoc(e.getKey(), combine.of(new float[] {Math.max(p[0], 0), Math.max(p[1], 0)})));
        }
        // ties in document order, so that a fused ranking is the same on every run
        out.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return new Fused(out.toArray(ScoreDoc[]::new), foundBy);
    }

    /** The hits of a ranking, as a {@link TopDocs} with the given total. */
    static TopDocs topDocs(org.apache.lucene.search.TotalHits total, ScoreDoc[] hits) {
        return new TopDocs(total, hits);
    }
}
