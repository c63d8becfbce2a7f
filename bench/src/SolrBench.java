import dev.passages.backend.LocalBackend;
import dev.passages.backend.SolrBackend;
import dev.passages.backend.SolrCluster;
import dev.passages.backend.SolrInit;
import dev.passages.index.IndexSummary;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SolrCloud against passages' own index in one run: a corpus indexed into a 2-node, 2-shard
 * MiniSolrCloudCluster (in this JVM) and into a local index, then the same queries through both.
 * Usage: java SolrBench CORPUS_DIR WORK_DIR PLUGIN_JAR QUERIES_PER_WORD; prints one markdown table.
 */
public class SolrBench {

    private static final List<String> WORDS = List.of("oil prices", "dividend", "bank", "wheat export", "shares",
            "tax", "profit", "coffee", "interest rates", "merger", "crude", "gold", "loan", "sugar", "trade deficit",
            "dollar", "acquisition", "grain", "debt", "cocoa");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Path lib = Files.createDirectories(work.resolve("lib"));
        Files.copy(jar, lib.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
        long t = System.nanoTime();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, Files.createDirectories(work.resolve("cluster")))
                .withSolrXml(solrXml).build();
        double start = seconds(t);
        try {
            List<String> urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
            SolrInit.run(urls, "bench", 2, 1, false);
            try (SolrBackend solr = new SolrBackend(SolrCluster.open(urls, "bench"));
                 LocalBackend local = new LocalBackend(work.resolve("index"))) {
                t = System.nanoTime();
                IndexSummary s = solr.index(corpus, false, w -> { });
                double solrSeconds = seconds(t);
                t = System.nanoTime();
                IndexSummary l = local.index(corpus, true, w -> { });
                double localSeconds = seconds(t);
                double[] solrMs = latencies(solr, rounds);
                double[] localMs = latencies(local, rounds);
                System.out.println("| | SolrCloud (2 nodes, 2 shards, one JVM) | passages' own index |");
                System.out.println("|---|---|---|");
                System.out.printf(Locale.ROOT, "| paragraphs indexed | %d | %d |%n", s.paragraphs(), l.paragraphs());
                System.out.printf(Locale.ROOT, "| indexing (with attribution), s | %.1f | %.1f |%n", solrSeconds, localSeconds);
                System.out.printf(Locale.ROOT, "| paragraphs/s | %.0f | %.0f |%n", s.paragraphs() / solrSeconds,
                        l.paragraphs() / localSeconds);
                System.out.printf(Locale.ROOT, "| query p50, ms (%d queries) | %.1f | %.1f |%n", solrMs.length,
                        pct(solrMs, 0.5), pct(localMs, 0.5));
                System.out.printf(Locale.ROOT, "| query p99, ms | %.1f | %.1f |%n", pct(solrMs, 0.99), pct(localMs, 0.99));
                System.out.printf(Locale.ROOT, "| cluster start, s | %.1f | |%n", start);
            }
        } finally {
            cluster.shutdown();
        }
    }

    /** Each word searched {@code rounds} times (after one untimed pass), as the commands search: top 10, highlighted. */
    private static double[] latencies(dev.passages.backend.Backend backend, int rounds) {
        for (String w : WORDS) {
            backend.search(SearchRequest.of(w), QueryBudget.unlimited());
        }
        double[] ms = new double[WORDS.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String w : WORDS) {
                long t = System.nanoTime();
                backend.search(SearchRequest.of(w), QueryBudget.unlimited());
                ms[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
