package dev.passages.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for the indexer's tasks, passing on the first failure as the task threw it. */
final class Tasks {

    private Tasks() {
    }

    /**
     * The value of a future, once it has finished. A failure is passed on as the task threw it: an
     * {@link IOException}, a {@link RuntimeException} or an {@link Error} as it is, any other inside an
     * {@link IOException}.
     */
    static <T> T done(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                // a heap too small is no damage to the index: passed on as it is
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Waits for every pending task in order, passing on the first failure as {@link #done} does; empties the list. */
    static void drain(List<Future<?>> pending) throws IOException {
        try {
            for (Future<?> f : pending) {
                done(f);
            }
        } finally {
            pending.clear();
        }
    }
}
