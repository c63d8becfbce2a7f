import dev.passages.cli.JsonObjects;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import dev.passages.serve.DrawnQueries;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * CPU time of one search asked for the first time, as {@code passages serve} answers {@code /api/search?q=}:
 * PassageSearcher.search (limit 10, stored fields and highlights) and the JSON of the result, on one warm
 * thread. The queries are those of ServeBenchmarkIT's "each asked once" rows: pairs of words from the
 * index's 400 most frequent, the costliest kind; with {@code drawn} last, {@code DrawnQueries}' searches drawn from
 * the index's passages instead (the "drawn from passages" row). WARMUP are asked untimed first, then N others timed.
 *
 * <pre>java -cp passages.jar:classes SearchCpu INDEX_DIR [N] [WARMUP] [ROUNDS] [drawn]</pre>
 *
 * stdout: one line per round, "round N cpu_ms_mean cpu_ms_p50 wall_ms_p50 wall_ms_p99", and the
 * median of the rounds' means.
 */
public final class SearchCpu {

    public static void main(String[] args) throws Exception {
        BenchArgs arg = BenchArgs.of(args, 1, "SearchCpu INDEX_DIR [N] [WARMUP] [ROUNDS] [drawn]");
        Path index = arg.path(0);
        int n = arg.count(1, 2000);
        int warmup = arg.count(2, 2000);
        int rounds = arg.count(3, 3);
        boolean drawn = arg.has(4, "drawn");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        JsonObjects json = new JsonObjects();
        try (PassageSearcher searcher = new PassageSearcher(index)) {
            List<SearchRequest> pairs = queries(searcher, drawn, warmup + n * rounds);
            int next = 0;
            long sink = 0;
            for (int i = 0; i < warmup; i++) {
                sink += json.write(JsonObjects.result(searcher.search(pairs.get(next++)))).length();
            }
            double[] means = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double[] cpu = new double[n];
                double[] wall = new double[n];
                for (int i = 0; i < n; i++) {
                    SearchRequest q = pairs.get(next++);
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    sink += json.write(JsonObjects.result(searcher.search(q))).length();
                    wall[i] = (System.nanoTime() - t0) / 1e6;
                    cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                means[r] = Arrays.stream(cpu).average().orElse(0);
                Arrays.sort(cpu);
                Arrays.sort(wall);
                System.out.printf(Locale.ROOT, "round %d: %d searches, CPU mean %.2f ms, p50 %.2f ms; wall p50 %.2f ms, p99 %.2f ms%n",
                        r + 1, n, means[r], cpu[n / 2], wall[n / 2], wall[(int) Math.ceil(0.99 * n) - 1]);
            }
            Arrays.sort(means);
            System.out.printf(Locale.ROOT, "CPU per search (median of %d rounds' means): %.2f ms%n", rounds, means[rounds / 2]);
            if (sink < 0) {
                System.err.println(sink);
            }
        }
    }

    /**
     * {@code count} searches, each once, in a shuffled order: pairs of the index's 400 most frequent words, or with
     * {@code drawn} those {@code DrawnQueries} draws from the index's passages (words, phrases, speakers, dates).
     */
    private static List<SearchRequest> queries(PassageSearcher searcher, boolean drawn, int count) throws Exception {
        List<SearchRequest> out = new ArrayList<>();
        if (drawn) {
            for (String q : DrawnQueries.draw(searcher, count, 11)) {
                out.add(request(q));
            }
            return out;
        }
        List<String> words = searcher.frequentWords(400);
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                out.add(SearchRequest.of(words.get(i) + " " + words.get(j)));
            }
        }
        // spread over the whole list, each pair once: no query is asked twice
        Collections.shuffle(out, new Random(7));
        return out;
    }

    /** The search of a query string {@code q=...&speaker=...&from=...&to=...}, as /api/search reads it. */
    private static SearchRequest request(String queryString) {
        Map<String, String> p = new HashMap<>();
        for (String pair : queryString.split("&")) {
            String[] kv = pair.split("=", 2);
            p.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return new SearchRequest(p.get("q"), p.containsKey("speaker") ? List.of(p.get("speaker")) : List.of(),
                p.containsKey("from") ? LocalDate.parse(p.get("from")) : null,
                p.containsKey("to") ? LocalDate.parse(p.get("to")) : null, SortOrder.RELEVANCE, 10);
    }
}
