package dev.passages.daemon;

import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Once per process, on the first index it opens: searches over that index in the background, between
 * requests (it pauses while one runs), so that the compiler has made the query path fast before the next
 * batch comes: {@value #QUERIES} queries at most, about 15 s of one core on a 200 MB index, never more than
 * {@value #MILLIS} ms.
 */
public final class WarmUp {

    /** The background warm-up's bounds: queries, and time. */
    static final int QUERIES = 8000;
    static final long MILLIS = 25_000;
    /**
     * A test hook: this system property, when set, lowers the warm-up's queries below {@value #QUERIES}.
     * The tests start dozens of daemons on indexes of a few articles, where a full warm-up only takes a core
     * from the other tests; the path it runs stays the same.
     */
    static final String QUERIES_PROPERTY = "passages.daemon.warmUpQueries";

    /** The searches a warm-up runs, as {@link CommandRunner#warmUp} describes them; the number run. */
    public interface Searches {
        int run(PassageSearcher searcher, int queries, long millis, BooleanSupplier stop) throws IOException;
    }

    private final Searches searches;
    private final BooleanSupplier busy;
    private final BooleanSupplier stopping;
    private final Consumer<String> log;
    private volatile Thread thread;

    /**
     * @param busy     whether a request runs (the warm-up pauses meanwhile)
     * @param stopping whether the process is going (the warm-up stops)
     */
    WarmUp(Searches searches, BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log) {
        this.searches = searches;
        this.busy = busy;
        this.stopping = stopping;
        this.log = log;
    }

    /** Starts the warm-up over {@code searcher}; it stops once {@code stale} says so, and runs {@code done} at its end. */
    void start(PassageSearcher searcher, BooleanSupplier stale, Runnable done) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                int n = searches.run(searcher, Math.min(QUERIES, Integer.getInteger(QUERIES_PROPERTY, QUERIES)), MILLIS, () -> {
                    while (busy.getAsBoolean() && !stopping.getAsBoolean()) {
                        pause(); // the callers' requests first
                    }
                    return stopping.getAsBoolean() || stale.getAsBoolean();
                });
                if (!stopping.getAsBoolean()) {
                    // (a process that is going, such as a server that could not listen, says only why)
                    log.accept(String.format(Locale.ROOT, "warmed up: %d searches in %.1f s", n, (System.nanoTime() - start) / 1e9));
                }
            } catch (IOException | RuntimeException e) {
                log.accept("warm-up stopped: " + e);
            } finally {
                done.run();
            }
        }, "passages-daemon-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
    }

    /** Waits a while for the warm-up to stop (the process is going). */
    void await(long millis) {
        Thread warming = thread;
        if (warming != null) {
            try {
                warming.join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
