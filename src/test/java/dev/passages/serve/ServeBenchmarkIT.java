package dev.passages.serve;

import dev.passages.index.Indexer;
import dev.passages.search.PassageSearcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a check (it asserts only that the answers were 200): p50/p99 of the API's endpoints with
 * {@value #CLIENTS} clients at once over an index of Reuters-21578, and the page's first render in headless
 * Chromium. The server is {@code ./passages serve}, run by the launcher in its own process with the JVM settings
 * the launcher gives it. Runs only when asked ({@code bench/serve}, or {@code -Dserve.bench=true}); prints a
 * markdown table and writes it to target/serve-bench.md.
 */
class ServeBenchmarkIT {

    static final int CLIENTS = 8;
    static final int PER_CLIENT = 250;
    /** First-time searches a long-running server has answered before the steady-state row is measured. */
    static final int STEADY_WARM_UP = 20_000;
    static final Path REUTERS = Path.of(System.getProperty("serve.bench.corpus", "../shared/data/reuters-21578"));

    @TempDir
    Path dir;

    @Test
    void latencyUnderEightClientsAndFirstRender() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("serve.bench"), "a benchmark: run with -Dserve.bench=true (bench/serve)");
        Assumptions.assumeTrue(Files.isDirectory(REUTERS), "no corpus at " + REUTERS);
        // the server measured warms up in full, as a user's does (the build shortens it for the other tests)
        System.clearProperty("passages.daemon.warmUpQueries");
        long t0 = System.nanoTime();
        new Indexer(dir.resolve("idx"), true, w -> { }).run(REUTERS);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        try (Server serve = Server.start(dir.resolve("idx"), dir)) {
            List<String> words;
            List<String> drawn;
            try (PassageSearcher s = new PassageSearcher(dir.resolve("idx"))) {
                words = s.frequentWords(400);
                drawn = DrawnQueries.draw(s, 2 * CLIENTS * PER_CLIENT + STEADY_WARM_UP, 7);
            }
            List<String> queries = repeated(words);
            List<String> fresh = freshPairs(words, 3 * CLIENTS * PER_CLIENT);
            StringBuilder table = new StringBuilder();
            long indexBytes;
            try (Stream<Path> files = Files.walk(dir.resolve("idx"))) {
                indexBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            table.append(String.format(Locale.ROOT, "%s, indexed in %.1f s into %.0f MB; served by ./passages serve;"
                    + " %d clients at once, %d requests each, after %d warm-up requests%n%n", REUTERS, indexSeconds, indexBytes / 1e6, CLIENTS, PER_CLIENT, 400));
            table.append("| endpoint | queries | requests | p50 ms | p99 ms | requests/s |\n|---|---|---:|---:|---:|---:|\n");
            String[] endpoints = {"/api/search?limit=10&", "/api/histogram?by=month&", "/api/facets?"};
            for (int e = 0; e < endpoints.length; e++) {
                String endpoint = endpoints[e];
                run(serve, endpoint, queries, 400, 1); // warm-up: the JIT compiles the paths measured
                table.append(row(endpoint, "repeated (reply cache)", run(serve, endpoint, queries, PER_CLIENT, CLIENTS)));
                if (e == 0) {
                    table.append(row(endpoint, "repeated, sent by java.net.http.HttpClient",
                            run(serve, endpoint, queries, PER_CLIENT, CLIENTS, true)));
                }
                List<String> once = fresh.subList(e * CLIENTS * PER_CLIENT, (e + 1) * CLIENTS * PER_CLIENT);
                table.append(row(endpoint, "pairs of frequent words, each asked once", run(serve, endpoint, once, PER_CLIENT, CLIENTS)));
                if (e == 0) {
                    int measured = CLIENTS * PER_CLIENT;
                    table.append(row(endpoint, "drawn from passages (DrawnQueries), each asked once",
                            run(serve, endpoint, drawn.subList(0, measured), PER_CLIENT, CLIENTS)));
                    // a server that has run a while: the JIT has compiled the first-time search path in full
                    List<String> warmUp = drawn.subList(measured, measured + STEADY_WARM_UP);
                    run(serve, endpoint, warmUp, STEADY_WARM_UP / CLIENTS, CLIENTS);
                    List<String> again = drawn.subList(measured + STEADY_WARM_UP, drawn.size());
                    table.append(row(endpoint, String.format(Locale.ROOT, "drawn from passages, each asked once,"
                                    + " after %,d other first-time searches", warmUp.size()),
                            run(serve, endpoint, again, PER_CLIENT, CLIENTS)));
                }
            }
            table.append("\n").append(firstRender(serve, words.get(0)));
            System.out.println(table);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "serve-bench.md"), table.toString());
        }
    }

    /** Queries of one frequent word and of two, asked again and again: the reply cache's case. */
    private static List<String> repeated(List<String> words) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            queries.add(q(words.get(i)));
            queries.add(q(words.get(i) + " " + words.get(i + 1)));
        }
        return queries;
    }

    /** {@code n} pairs of frequent words that {@link #repeated} does not hold, each to be sent once: replies not kept yet. */
    private static List<String> freshPairs(List<String> words, int n) {
        List<String> fresh = new ArrayList<>();
        for (int i = 1; fresh.size() < n; i++) {
            for (int j = i + 2; j < words.size() && fresh.size() < n; j += 3) {
                fresh.add(q(words.get(i) + " " + words.get(j)));
            }
        }
        return fresh;
    }

    /** {@code ./passages serve -q} over an index, in its own process, stopped (TERM) when closed. */
    record Server(Process process, String url) implements AutoCloseable {

        static Server start(Path index, Path dir) throws Exception {
            Path out = dir.resolve("serve.out");
            Path err = dir.resolve("serve.err");
            Process p = new ProcessBuilder("bash", "passages", "serve", "--index", index.toString(), "--port", "0", "-q")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            for (int i = 0; i < 1200; i++) {
                String printed = Files.readString(out);
                if (printed.endsWith("\n")) {
                    return new Server(p, printed.strip());
                }
                assertThat(p.isAlive()).as(Files.readString(err)).isTrue();
                Thread.sleep(100);
            }
            p.destroy();
            throw new IllegalStateException("no URL from passages serve in 120 s: " + Files.readString(err));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Latencies in ms and the wall time of {@code clients} threads each sending {@code each} requests. */
    private record Timings(double[] millis, double seconds) {
    }

    private static Timings run(Server serve, String endpoint, List<String> queries, int each, int clients) throws Exception {
        return run(serve, endpoint, queries, each, clients, false);
    }

    /**
     * @param jdkClient send with {@code java.net.http.HttpClient} rather than {@link KeepAliveClient}: its own CPU
     *                  per request, on cores the server shares, shows in the latency
     */
    private static Timings run(Server serve, String endpoint, List<String> queries, int each, int clients,
                               boolean jdkClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> all = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                HttpClient http = jdkClient ? HttpClient.newHttpClient() : null;
                try (KeepAliveClient socket = jdkClient ? null : new KeepAliveClient(URI.create(serve.url()))) {
                    for (int i = 0; i < each; i++) {
                        // with as many queries as requests, each query is sent once; with fewer, they repeat
                        String q = queries.size() >= clients * each ? queries.get(client * each + i)
                                : queries.get((client * 7919 + i * 31) % queries.size());
                        String path = endpoint + q;
                        long t = System.nanoTime();
                        if (jdkClient) {
                            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                                    URI.create(serve.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
                            all.add((System.nanoTime() - t) / 1e6);
                            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
                        } else {
                            KeepAliveClient.Reply reply = socket.get(path);
                            all.add((System.nanoTime() - t) / 1e6);
                            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double[] millis = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Timings(millis, (System.nanoTime() - start) / 1e9);
    }

    /** A {@code q=} parameter holding {@code text}. */
    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String row(String endpoint, String queries, Timings t) {
        return String.format(Locale.ROOT, "| `%s` | %s | %d | %.1f | %.1f | %.0f |%n", endpoint.substring(0, endpoint.indexOf('?')),
                queries, t.millis().length, percentile(t.millis(), 50), percentile(t.millis(), 99), t.millis().length / t.seconds());
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The page's first render (navigation start to the results drawn), in 5 fresh loads. */
    private static String firstRender(Server serve, String word) {
        ChromeDriver browser = BrowserSession.open(1280, 900);
        try {
            double[] ms = new double[5];
            for (int i = 0; i < ms.length; i++) {
                browser.get("about:blank");
                browser.get(serve.url() + "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((ChromeDriver) d).executeScript(
                        "return performance.getEntriesByName('passages-rendered').length > 0"));
                ms[i] = ((Number) browser.executeScript(
                        "return performance.getEntriesByName('passages-rendered')[0].startTime")).doubleValue();
            }
            Arrays.sort(ms);
            return String.format(Locale.ROOT, "First render of `?q=%s` in headless Chromium (navigation start to results,"
                    + " timeline and facets drawn), 5 loads: median %.0f ms, slowest %.0f ms%n", word, ms[2], ms[4]);
        } finally {
            browser.quit();
        }
    }
}
