import dev.passages.search.PassageSearcher;
import dev.passages.serve.DrawnQueries;
import dev.passages.serve.KeepAliveClient;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CPU time of a running {@code passages serve} per search asked for the first time: pairs of the index's 400 most
 * frequent words (each asked once, in a shuffled order), WARMUP of them from one client first, then EACH from each of
 * CLIENTS clients at once over kept-alive sockets; the server's CPU time (user and system, from /proc/PID/stat) over
 * the timed requests, divided by their number, their latency, and the CPU time of the clients' own threads (sending,
 * reading each reply whole) per request. With {@code drawn} last, the searches are
 * {@code DrawnQueries}' (words, phrases, speaker and date filters drawn from the index's own passages) instead.
 *
 * <pre>java -cp passages.jar:classes ServeCpu URL INDEX_DIR PID [CLIENTS] [EACH] [WARMUP] [drawn]</pre>
 */
public final class ServeCpu {

    public static void main(String[] args) throws Exception {
        BenchArgs arg = BenchArgs.of(args, 3, "ServeCpu URL INDEX_DIR PID [CLIENTS] [EACH] [WARMUP] [drawn]");
        URI server = URI.create(arg.text(0));
        int pid = arg.count(2);
        int clients = arg.count(3, 1);
        int each = arg.count(4, 1000);
        int warmup = arg.count(5, 4000);
        boolean drawn = arg.has(6, "drawn");
        List<String> pairs = requests(arg.path(1), drawn, warmup + clients * each);
        Collections.shuffle(pairs, new Random(3));
        Iterator<String> next = pairs.iterator();
        try (KeepAliveClient c = new KeepAliveClient(server)) {
            for (int i = 0; i < warmup; i++) {
                get(c, next.next());
            }
        }
        List<List<String>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                mine.add(next.next());
            }
            perClient.add(mine);
        }
        long[] cpu0 = cpuTicks(pid);
        long t0 = System.nanoTime();
        Timed timed = run(server, perClient);
        double[] all = timed.ms();
        long clientNanos = timed.cpuNanos();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] cpu1 = cpuTicks(pid);
        Arrays.sort(all);
        double perTick = 1000.0 / 100; // ms per clock tick (USER_HZ 100)
        System.out.printf(Locale.ROOT, "%d clients x %d: p50 %.1f ms, p99 %.1f ms, %.0f requests/s; server CPU %.2f ms a request"
                        + " (user %.2f, system %.2f); the clients' threads %.2f ms a request%n", clients, each, all[all.length / 2],
                all[(int) Math.ceil(0.99 * all.length) - 1], all.length / seconds,
                ((cpu1[0] - cpu0[0]) + (cpu1[1] - cpu0[1])) * perTick / all.length,
                (cpu1[0] - cpu0[0]) * perTick / all.length, (cpu1[1] - cpu0[1]) * perTick / all.length,
                clientNanos / 1e6 / all.length);
    }

    /** The request paths to send: searches for pairs of the index's frequent words, or queries drawn from its passages. */
    private static List<String> requests(java.nio.file.Path index, boolean drawn, int wanted) throws Exception {
        List<String> pairs = new ArrayList<>();
        try (PassageSearcher s = new PassageSearcher(index)) {
            if (drawn) {
                for (String q : DrawnQueries.draw(s, wanted, 11)) {
                    pairs.add("/api/search?limit=10&" + q);
                }
            } else {
                List<String> words = s.frequentWords(400);
                for (int i = 0; i < words.size(); i++) {
                    for (int j = i + 1; j < words.size(); j++) {
                        pairs.add("/api/search?limit=10&q=" + URLEncoder.encode(words.get(i) + " " + words.get(j), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return pairs;
    }

    /** Each client's requests sent at once, one thread a client: every request's time, and the clients' threads' CPU. */
    private static Timed run(URI server, List<List<String>> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perClient.size());
        List<Future<Timed>> done = new ArrayList<>();
        for (List<String> mine : perClient) {
            done.add(pool.submit(() -> {
                double[] ms = new double[mine.size()];
                long clientCpu = THREADS.getCurrentThreadCpuTime();
                try (KeepAliveClient c = new KeepAliveClient(server)) {
                    for (int i = 0; i < ms.length; i++) {
                        long s = System.nanoTime();
                        get(c, mine.get(i));
                        ms[i] = (System.nanoTime() - s) / 1e6;
                    }
                }
                return new Timed(ms, THREADS.getCurrentThreadCpuTime() - clientCpu);
            }));
        }
        double[] all = new double[perClient.stream().mapToInt(List::size).sum()];
        long clientNanos = 0;
        int k = 0;
        for (Future<Timed> f : done) {
            clientNanos += f.get().cpuNanos();
            for (double d : f.get().ms()) {
                all[k++] = d;
            }
        }
        pool.shutdown();
        return new Timed(all, clientNanos);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One client's latencies and its thread's CPU time over them. */
    private record Timed(double[] ms, long cpuNanos) {
    }

    /** The process's user and system CPU time in clock ticks. */
    private static long[] cpuTicks(int pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }

    /** Sends GET {@code pathAndQuery} on {@code client}; an answer other than 200 is an error. */
    private static void get(KeepAliveClient client, String pathAndQuery) throws IOException {
        KeepAliveClient.Reply reply = client.get(pathAndQuery);
        if (reply.status() != 200) {
            throw new IOException("server answered " + reply.status() + " to " + pathAndQuery);
        }
    }
}
