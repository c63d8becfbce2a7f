package dev.passages.search;

import dev.passages.search.JudgedQueries.Judged;
import dev.passages.TestCorpus;
import dev.passages.index.Indexer;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hybrid (BM25 + vectors) against BM25 on the judged queries (src/test/resources/retrieval), nDCG@10 by kind of
 * query: hybrid may be no worse than BM25 on any kind by more than {@link #TOLERANCE}. Prints the figures, with
 * semantic alone and the fusions measured beside the one passages uses (linear at other weights, reciprocal rank).
 */
class SemanticRetrievalEvaluation {

    private static final int K = 10;
    private static final double TOLERANCE = 0.02;
    private static final List<String> KINDS = List.of("topic", "name", "acronym", "phrase", "question");

    @TempDir
    static Path index;

    static List<Judged> judged;

    @BeforeAll
    static void setUp() throws Exception {
        new Indexer(index, true, w -> { }).semantic(true).run(TestCorpus.FROZEN);
        judged = JudgedQueries.load().stream().filter(j -> !j.relevant().isEmpty()).toList();
    }

    static double ndcg(List<String> ranked, Map<String, Integer> relevant) {
        return JudgedQueries.ndcg(ranked, relevant, K);
    }

    private static List<String> ids(PassageSearcher searcher, Judged j, SearchMode mode, int limit) {
        return hits(searcher, j, mode, limit).stream().map(Hit::id).toList();
    }

    private static List<Hit> hits(PassageSearcher searcher, Judged j, SearchMode mode, int limit) {
        return searcher.search(new SearchRequest(j.query(), List.of(), null, null, SortOrder.RELEVANCE, limit).withMode(mode))
                .hits();
    }

    /** Two scored hit lists fused by {@code fusion} on their scores, best first. */
    private static List<String> fusedScores(List<Hit> bm25, List<Hit> dense,
                                            java.util.function.BiFunction<ScoreDoc[], ScoreDoc[], Fusion.Fused> fusion) {
        return fuse(bm25.stream().map(Hit::id).toList(), i -> bm25.get(i).score(),
                dense.stream().map(Hit::id).toList(), i -> dense.get(i).score(), fusion);
    }

    /** Two ranked id lists fused by {@code fusion}, best first. */
    private static List<String> fused(List<String> bm25, List<String> dense,
                                      java.util.function.BiFunction<ScoreDoc[], ScoreDoc[], Fusion.Fused> fusion) {
        // rank as score: the lists carry no scores
        return fuse(bm25, i -> bm25.size() - i, dense, i -> dense.size() - i, fusion);
    }

    /** The score of the {@code i}th of a ranked list's ids. */
    private interface Score {
        float of(int i);
    }

    /** Two ranked id lists, each scored by its {@link Score}, numbered as one set of documents and fused, best first. */
    private static List<String> fuse(List<String> a, Score aScore, List<String> b, Score bScore,
                                     java.util.function.BiFunction<ScoreDoc[], ScoreDoc[], Fusion.Fused> fusion) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        java.util.function.BiFunction<List<String>, Score, ScoreDoc[]> docs = (list, score) -> {
            ScoreDoc[] out = new ScoreDoc[list.size()];
            for (int i = 0; i < list.size(); i++) {
                int n = number.computeIfAbsent(list.get(i), id -> {
                    names.add(id);
                    return names.size() - 1;
                });
                out[i] = new ScoreDoc(n, score.of(i));
            }
            return out;
        };
        ScoreDoc[] first = docs.apply(a, aScore);
        ScoreDoc[] second = docs.apply(b, bScore);
        return Arrays.stream(fusion.apply(first, second).hits()).map(d -> names.get(d.doc)).toList();
    }

    @Test
    void hybridIsNoWorseThanBm25OnAnyKind() throws Exception {
        Map<String, double[]> byKind = new LinkedHashMap<>();
        String[] columns = {"bm25", "semantic", "hybrid", "rrf k=60", "w=0.1", "w=0.2", "w=0.3", "w=0.4", "w=0.5", "w=0.6", "w=0.15", "q0.4/0.15", "q0.4/0.2", "q0.3/0.1"};
        try (PassageSearcher searcher = new PassageSearcher(index)) {
            for (Judged j : judged) {
                List<Hit> bm25Hits = hits(searcher, j, SearchMode.BM25, 100);
                List<Hit> denseHits = hits(searcher, j, SearchMode.SEMANTIC, 100);
                List<String> bm25 = bm25Hits.stream().map(Hit::id).toList();
                List<String> dense = denseHits.stream().map(Hit::id).toList();
                double[] row = new double[columns.length];
                row[0] = ndcg(bm25, j.relevant());
                row[1] = ndcg(dense, j.relevant());
                row[2] = ndcg(ids(searcher, j, SearchMode.HYBRID, K), j.relevant());
                row[3] = ndcg(fused(bm25, dense, (x, y) -> Fusion.reciprocalRank(x, y, 60)), j.relevant());
                for (int w = 1; w <= 6; w++) {
                    float weight = w / 10f;
                    row[3 + w] = ndcg(fusedScores(bm25Hits, denseHits, (x, y) -> Fusion.linear(x, y, weight)), j.relevant());
                }
                float[][] aware = {{0.15f, 0.15f}, {0.4f, 0.15f}, {0.4f, 0.2f}, {0.3f, 0.1f}};
                for (int a = 0; a < aware.length; a++) {
                    float weight = QuestionWords.isQuestion(j.query()) ? aware[a][0] : aware[a][1];
                    row[10 + a] = ndcg(fusedScores(bm25Hits, denseHits, (x, y) -> Fusion.linear(x, y, weight)), j.relevant());
                }
                if (System.getenv("PERQUERY") != null) {
                    System.out.printf(Locale.ROOT, "  %-9s bm25 %.3f hybrid %.3f  %s%n", j.kind(), row[0], row[2], j.query());
                }
                for (String key : List.of("all", j.kind())) {
                    double[] sum = byKind.computeIfAbsent(key, k -> new double[columns.length + 1]);
                    for (int c = 0; c < columns.length; c++) {
                        sum[c] += row[c];
                    }
                    sum[columns.length]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %3s %s%n", "kind", "n", String.join("  ", columns));
        for (Map.Entry<String, double[]> e : byKind.entrySet()) {
            double[] s = e.getValue();
            double n = s[columns.length];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %3.0f", e.getKey(), n));
            for (int c = 0; c < columns.length; c++) {
                line.append(String.format(Locale.ROOT, "  %.3f", s[c] / n));
            }
            System.out.println(line);
        }
        for (String kind : KINDS) {
            double[] s = byKind.get(kind);
            assertThat(s).as("queries of kind %s", kind).isNotNull();
            assertThat(s[2] / s[columns.length]).as("hybrid nDCG@10 on %s", kind)
                    .isGreaterThanOrEqualTo(s[0] / s[columns.length] - TOLERANCE);
        }
        double[] all = byKind.get("all");
        assertThat(all[2]).as("hybrid on the whole set").isGreaterThanOrEqualTo(all[0] - TOLERANCE * all[columns.length]);
    }
}
