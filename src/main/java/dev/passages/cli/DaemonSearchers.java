package dev.passages.cli;

import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The open indexes of a long-running process (the query daemon, {@code serve}): a searcher per index, shared
 * by the commands that use it, reopened when the index has changed, closed once no command uses it; and, on
 * the first index opened, a warm-up in the background.
 */
public final class DaemonSearchers {

    /** Open indexes kept at most, and how long one unused stays open. */
    private static final int MAX_OPEN = 4;
    private static final long UNUSED_MILLIS = TimeUnit.MINUTES.toMillis(5);
    /** The background warm-up's bounds: queries, and time. */
    static final int WARM_UP_QUERIES = 8000;
    static final long WARM_UP_MILLIS = 25_000;
    /**
     * A test hook: this system property, when set, lowers the warm-up's queries below {@value #WARM_UP_QUERIES}.
     * The tests start dozens of daemons on indexes of a few articles, where a full warm-up only takes a core
     * from the other tests; the path it runs stays the same.
     */
    static final String WARM_UP_QUERIES_PROPERTY = "passages.daemon.warmUpQueries";

    /** A searcher and the commands using it. */
    public static final class Open {
        final PassageSearcher searcher;
        int users;
        volatile boolean stale;
        long lastUsed;
        /** When the index was last found unchanged ({@link System#nanoTime()}). */
        long checked = System.nanoTime();

        Open(PassageSearcher searcher) {
            this.searcher = searcher;
        }
    }

    private final Map<String, Open> searchers = new LinkedHashMap<>();
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private final BooleanSupplier busy;
    private final BooleanSupplier stopping;
    private final Consumer<String> log;
    private final long recheckNanos;
    private volatile Thread warmUpThread;

    /**
     * @param busy     whether a command runs (the warm-up pauses meanwhile)
     * @param stopping whether the daemon is going (the warm-up stops)
     */
    public DaemonSearchers(BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log) {
        this(busy, stopping, log, 0);
    }

    /**
     * @param recheckMillis how long an index found unchanged is used before it is looked at again: 0 looks at
     *                      every acquire (a command after {@code index} sees its commit); more spares a server
     *                      answering many requests a second the reading of the index's commit on each
     */
    public DaemonSearchers(BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log, long recheckMillis) {
        this.busy = busy;
        this.stopping = stopping;
        this.log = log;
        this.recheckNanos = TimeUnit.MILLISECONDS.toNanos(recheckMillis);
    }

    /** The open searcher of an index (reopened when the index changed), held until {@link #done}. */
    public synchronized PassageSearcher acquire(Path index, Features features, List<Open> held) {
        String key = index.toAbsolutePath().normalize() + "\u0000" + features;
        Open open = searchers.get(key);
        long now = System.nanoTime();
        if (open != null && (recheckNanos == 0 || now - open.checked >= recheckNanos)) {
            if (open.searcher.isCurrent()) {
                open.checked = now;
            } else {
                retire(key, open);
                open = null;
            }
        }
        if (open == null) {
            open = new Open(new PassageSearcher(index, features).keepOpen());
            searchers.put(key, open);
            evictBeyond(MAX_OPEN);
            if (warmUpStarted.compareAndSet(false, true)) {
                warmUp(open);
            }
        }
        open.users++;
        open.lastUsed = System.currentTimeMillis();
        held.add(open);
        return open.searcher;
    }

    /**
     * Once per daemon, on the first index it opens: searches over that index in the background
     * ({@link WarmupCommand#exercise(PassageSearcher, int, long, BooleanSupplier)}), between requests (it
     * pauses while one runs), so that the compiler has made the query path fast before the next batch
     * comes: {@value #WARM_UP_QUERIES} queries at most, about 15 s of one core on a 200 MB index, never
     * more than {@value #WARM_UP_MILLIS} ms.
     */
    private void warmUp(Open open) {
        open.users++;
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                int n = WarmupCommand.exercise(open.searcher,
                        Math.min(WARM_UP_QUERIES, Integer.getInteger(WARM_UP_QUERIES_PROPERTY, WARM_UP_QUERIES)), WARM_UP_MILLIS, () -> {
                    while (busy.getAsBoolean() && !stopping.getAsBoolean()) {
                        pause(); // the callers' requests first
                    }
                    return stopping.getAsBoolean() || open.stale;
                });
                log.accept(String.format(java.util.Locale.ROOT, "warmed up: %d searches in %.1f s", n,
                        (System.nanoTime() - start) / 1e9));
            } catch (IOException | RuntimeException e) {
                log.accept("warm-up stopped: " + e);
            } finally {
                done(List.of(open));
            }
        }, "passages-daemon-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        warmUpThread = t;
        t.start();
    }

    /** Waits a while for the warm-up to stop (the daemon is going). */
    public void awaitWarmUp(long millis) {
        Thread warming = warmUpThread;
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

    public synchronized void done(List<Open> held) {
        for (Open open : held) {
            open.users--;
            if (open.stale && open.users == 0) {
                release(open.searcher);
            }
        }
    }

    /** Out of the cache; closed now if unused, else by the last command using it. */
    private void retire(String key, Open open) {
        searchers.remove(key);
        open.stale = true;
        if (open.users == 0) {
            release(open.searcher);
        }
    }

    private void evictBeyond(int max) {
        Iterator<Map.Entry<String, Open>> it = searchers.entrySet().iterator();
        while (searchers.size() > max && it.hasNext()) {
            Map.Entry<String, Open> oldest = it.next();
            if (oldest.getValue().users == 0) {
                it.remove();
                oldest.getValue().stale = true;
                release(oldest.getValue().searcher);
            }
        }
    }

    /** Closes the indexes that changed or went unused for a while: a deleted index's files are then freed. */
    public synchronized void closeUnused() {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, Open>> it = searchers.entrySet().iterator();
        while (it.hasNext()) {
            Open open = it.next().getValue();
            if (open.users == 0 && (now - open.lastUsed > UNUSED_MILLIS || !open.searcher.isCurrent())) {
                it.remove();
                open.stale = true;
                release(open.searcher);
            }
        }
    }

    public synchronized void closeAll() {
        searchers.values().forEach(open -> release(open.searcher));
        searchers.clear();
    }

    private static void release(PassageSearcher s) {
        try {
            s.release();
        } catch (IOException e) {
            // the reader of a deleted index: nothing to keep
        }
    }
}
