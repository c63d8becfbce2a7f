package dev.passages.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for the indexer's tasks, passing on the first failure as the task threw it. */
final class Tasks {

    private Tasks() {
    }

    /** The value of a future that {@link #drain} has already seen finish without failing. */
    static <T> T done(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The value of {@code future} once it is done; its failure passed on as {@link #drain} passes it. */
    static <T> T result(Future<T> future) throws IOException {
        drain(new ArrayList<>(List.of(future)));
        return done(future);
    }

    static void drain(List<Future<?>> pending) throws IOException {
        try {
            for (Future<?> f : pending) {
                f.get();
            }
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
        } finally {
            pending.clear();
        }
    }
}
