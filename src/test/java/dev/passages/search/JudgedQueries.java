package dev.passages.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The judged queries of src/test/resources/retrieval/queries.jsonl, and nDCG as the retrieval evaluations score them. */
final class JudgedQueries {

    /** One line of the file: the query, its kind, the grade of each relevant paragraph id, and whether it was held out. */
    record Judged(String id, String query, String kind, Map<String, Integer> relevant, boolean heldout) {
    }

    private JudgedQueries() {
    }

    /** Every judged query, in the file's order. */
    static List<Judged> load() throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/retrieval/queries.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Map<String, Integer> rel = new HashMap<>();
                n.get("relevant").fields().forEachRemaining(e -> rel.put(e.getKey(), e.getValue().asInt()));
                judged.add(new Judged(n.get("id").asText(), n.get("query").asText(), n.path("kind").asText(""), rel,
                        n.path("heldout").asBoolean()));
            }
        }
        return judged;
    }

    /** nDCG@k of {@code ranked} (paragraph ids, best first) against the graded {@code relevant} ids; 0 when none is. */
    static double ndcg(List<String> ranked, Map<String, Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, relevant.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        int[] grades = relevant.values().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(grades);
        double ideal = 0;
        for (int i = 0; i < Math.min(k, grades.length); i++) {
            ideal += (Math.pow(2, grades[grades.length - 1 - i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
