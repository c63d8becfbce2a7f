package dev.passages.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.index.Indexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking quality on judged queries (src/test/resources/retrieval/queries.jsonl, judged by reading the
 * corpus before any tuning): nDCG@10 and recall@10, with and without spelling variants, learned
 * acronyms and synonyms. Prints the figures; the features must raise both.
 */
class RetrievalQualityTest {

    private static final int K = 10;

    @TempDir
    static Path index;

    record Judged(String id, String query, Map<String, Integer> relevant, boolean heldout) {
    }

    record Scores(double ndcg, double recall, int queries) {
        String line(String name) {
            return String.format(Locale.ROOT, "%-34s queries %2d  nDCG@10 %.3f  recall@10 %.3f", name, queries, ndcg, recall);
        }
    }

    static List<Judged> judged;

    @BeforeAll
    static void setUp() throws Exception {
        new Indexer(index, true, w -> { }).run(Path.of("corpus"));
        judged = new ArrayList<>();
        try (InputStream in = RetrievalQualityTest.class.getResourceAsStream("/retrieval/queries.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Map<String, Integer> rel = new HashMap<>();
                n.get("relevant").fields().forEachRemaining(e -> rel.put(e.getKey(), e.getValue().asInt()));
                judged.add(new Judged(n.get("id").asText(), n.get("query").asText(), rel, n.path("heldout").asBoolean()));
            }
        }
    }

    static Scores score(Features features, boolean heldout) throws Exception {
        double ndcg = 0;
        double recall = 0;
        int n = 0;
        try (PassageSearcher searcher = new PassageSearcher(index, features)) {
            for (Judged j : judged) {
                if (j.heldout() != heldout) {
                    continue;
                }
                List<Hit> hits = searcher.search(new SearchRequest(j.query(), List.of(), null, null, SortOrder.RELEVANCE, K)).hits();
                double dcg = 0;
                int found = 0;
                for (int i = 0; i < hits.size(); i++) {
                    int grade = j.relevant().getOrDefault(hits.get(i).id(), 0);
                    dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
                    found += grade > 0 ? 1 : 0;
                }
                int[] grades = j.relevant().values().stream().mapToInt(Integer::intValue).toArray();
                Arrays.sort(grades);
                double ideal = 0;
                for (int i = 0; i < Math.min(K, grades.length); i++) {
                    ideal += (Math.pow(2, grades[grades.length - 1 - i]) - 1) / (Math.log(i + 2) / Math.log(2));
                }
                if (System.getenv("PERQUERY") != null) {
                    System.out.printf(Locale.ROOT, "  %s %s %.3f %.3f %s%n", features, j.id(), ideal == 0 ? 0 : dcg / ideal,
                            (double) found / Math.min(K, j.relevant().size()), j.query());
                }
                ndcg += ideal == 0 ? 0 : dcg / ideal;
                recall += (double) found / Math.min(K, j.relevant().size());
                n++;
            }
        }
        return new Scores(ndcg / n, recall / n, n);
    }

    @Test
    void defaultFeaturesRaiseNdcgAndRecall() throws Exception {
        Scores without = score(Features.NONE, false);
        Scores with = score(Features.DEFAULT, false);
        Scores withoutHeld = score(Features.NONE, true);
        Scores withHeld = score(Features.DEFAULT, true);
        System.out.println(score(Features.ALL, false).line("retrieval, all incl. synonyms"));
        System.out.println(without.line("retrieval, no features"));
        System.out.println(score(new Features(true, false, false), false).line("retrieval, variants only"));
        System.out.println(score(new Features(false, true, false), false).line("retrieval, acronyms only"));
        System.out.println(score(new Features(false, false, true), false).line("retrieval, synonyms only"));
        System.out.println(score(new Features(true, true, false), false).line("retrieval, variants + acronyms"));
        System.out.println(with.line("retrieval, default (variants+acronyms)"));
        System.out.println(withoutHeld.line("retrieval held out, no features"));
        System.out.println(withHeld.line("retrieval held out, default"));
        assertThat(with.ndcg()).isGreaterThan(without.ndcg());
        assertThat(with.recall()).isGreaterThan(without.recall());
    }
}
