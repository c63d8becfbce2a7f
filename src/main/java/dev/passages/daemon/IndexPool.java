package dev.passages.daemon;

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
 * the first index opened, a warm-up in the background ({@link WarmUp}).
 */
public final class IndexPool {

    /** Open indexes kept at most, and how long one unused stays open. */
    private static final int MAX_OPEN = 4;
    private static final long UNUSED_MILLIS = TimeUnit.MINUTES.toMillis(5);

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
    private final WarmUp warmUp;
    private final long recheckNanos;

    /**
     * @param warmUp   the searches of the warm-up on the first index opened
     * @param busy     whether a command runs (the warm-up pauses meanwhile)
     * @param stopping whether the daemon is going (the warm-up stops)
     */
    public IndexPool(WarmUp.Searches warmUp, BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log) {
        this(warmUp, busy, stopping, log, 0);
    }

    /**
     * @param recheckMillis how long an index found unchanged is used before it is looked at again: 0 looks at
     *                      every acquire (a command after {@code index} sees its commit); more spares a server
     *                      answering many requests a second the reading of the index's commit on each
     */
    public IndexPool(WarmUp.Searches warmUp, BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log,
                     long recheckMillis) {
        this.warmUp = new WarmUp(warmUp, busy, stopping, log);
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
                Open warming = open;
                warming.users++;
                warmUp.start(warming.searcher, () -> warming.stale, () -> done(List.of(warming)));
            }
        }
        open.users++;
        open.lastUsed = System.currentTimeMillis();
        held.add(open);
        return open.searcher;
    }

    /** Waits a while for the warm-up to stop (the daemon is going). */
    public void awaitWarmUp(long millis) {
        warmUp.await(millis);
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
