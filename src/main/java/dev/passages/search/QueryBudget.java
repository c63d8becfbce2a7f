package dev.passages.search;

import org.apache.lucene.index.QueryTimeout;

import java.time.Duration;

/**
 * How long one search may spend collecting its matches, and a flag that stops it sooner: Lucene checks
 * {@link #shouldExit()} as it scores ({@code IndexSearcher.setTimeout}), and a search stopped either way
 * returns the hits found so far, marked partial. A caller that serves a client (the query daemon) may
 * {@link #cancel()} the budget of a search whose client has gone away, from any thread.
 */
public final class QueryBudget implements QueryTimeout {

    /** A search's time unless told otherwise: far beyond any query of a sane size on an index of gigabytes. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    private final long deadline;
    private final boolean unlimited;
    private volatile boolean cancelled;
    private java.util.function.BooleanSupplier callerGone = () -> false;

    private QueryBudget(Duration time) {
        this.unlimited = time == null;
        this.deadline = unlimited ? 0 : System.nanoTime() + time.toNanos();
    }

    /** A budget of {@code time} from now. */
    public static QueryBudget of(Duration time) {
        if (time == null || time.isNegative()) {
            throw new IllegalArgumentException("a search's time must be 0 or more");
        }
        return new QueryBudget(time);
    }

    /** A budget with no deadline (only {@link #cancel()} ends the search early). */
    public static QueryBudget unlimited() {
        return new QueryBudget(null);
    }

    /** This budget, also ending once {@code callerGone} says nobody waits for the answer any more. */
    public QueryBudget endingWhen(java.util.function.BooleanSupplier callerGone) {
        this.callerGone = callerGone;
        return this;
    }

    /** Stops the search this budget was given to at its next check; its result is the hits found so far. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The time left, in milliseconds (at least 1); -1 when there is no deadline. */
    public long millisLeft() {
        return unlimited ? -1 : Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    @Override
    public boolean shouldExit() {
        if (!cancelled && callerGone.getAsBoolean()) {
            cancelled = true;
        }
        return cancelled || (!unlimited && System.nanoTime() - deadline > 0);
    }
}
