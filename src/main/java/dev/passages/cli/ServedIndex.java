package dev.passages.cli;

import dev.passages.backend.LocalBackend;
import dev.passages.daemon.IndexPool;
import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;
import dev.passages.serve.SearcherPool;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one index {@code serve} answers from, through {@link IndexPool}: opened once, shared by the
 * requests, reopened when it has changed (a reader of the old commit closed once no request uses it), and
 * warmed up in the background between requests.
 */
public final class ServedIndex implements SearcherPool, AutoCloseable {

    private final Path index;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger busy = new AtomicInteger();
    /** When the last request ended ({@link System#nanoTime()}). */
    private final AtomicLong lastDone = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    /**
     * The background warm-up waits while requests are under way and for this long after the last one: while
     * requests keep coming they warm the code themselves, and a warm-up between them only takes a core from
     * them (with 8 clients it doubled their latency).
     */
    static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * How long the index found unchanged is used before its commit is read again: a change shows within this,
     * and requests (eight clients asked 700-1,800 a second) do not each read the commit, one at a time.
     */
    static final long RECHECK_MILLIS = 250;
    private final IndexPool indexes;
    private final ScheduledExecutorService tidy;

    /** Opens {@code index} now: a missing or damaged index fails here, before any request. */
    public ServedIndex(Path index, Consumer<String> log) {
        this.index = index;
        this.indexes = new IndexPool(WarmupCommand::exercise,
                () -> busy.get() > 0 || System.nanoTime() - lastDone.get() < QUIET_NANOS, stopping::get, log, RECHECK_MILLIS);
        try (Lease first = lease()) {
            first.backend().speakers();
        }
        this.tidy = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "passages-serve-tidy");
            t.setDaemon(true);
            return t;
        });
        tidy.scheduleWithFixedDelay(indexes::closeUnused, 30, 30, TimeUnit.SECONDS);
    }

    @Override
    public Lease lease() {
        PassageSearcher searcher = indexes.borrow(index, Features.DEFAULT);
        busy.incrementAndGet();
        // replies hold for as long as the same open index is lent
        return Lease.of(new LocalBackend(index, searcher), searcher.index(), () -> {
            busy.decrementAndGet();
            lastDone.set(System.nanoTime());
            giveBack(searcher);
        });
    }

    private static void giveBack(PassageSearcher searcher) {
        try {
            searcher.close();
        } catch (java.io.IOException e) {
            // giving a borrowed index back does not fail
        }
    }

    /** Stops the warm-up and closes the index. */
    @Override
    public void close() {
        stopping.set(true);
        tidy.shutdownNow();
        indexes.awaitWarmUp(2000);
        indexes.closeAll();
    }
}
