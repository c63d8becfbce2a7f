package dev.passages.serve;

import dev.passages.backend.Backend;

/**
 * Where the server's requests get the index from: passages' own index (one searcher, shared, reopened when the
 * index changes) or a SolrCloud collection.
 */
public interface SearcherPool {

    /** The current index, held until the lease is closed. */
    Lease lease();

    /** The index in use by one request. */
    interface Lease extends AutoCloseable {
        Backend backend();

        /**
         * What the replies computed during this lease hold true for: the same object for as long as the index
         * does not change, so that a reply may be reused; null when replies must not be reused (an index that
         * may change unseen).
         */
        Object generation();

        @Override
        void close();

        /** A lease of {@code backend} whose replies hold for {@code generation}; {@code done} runs once, on close. */
        static Lease of(Backend backend, Object generation, Runnable done) {
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            return new Lease() {
                @Override
                public Backend backend() {
                    return backend;
                }

                @Override
                public Object generation() {
                    return generation;
                }

                @Override
                public void close() {
                    if (closed.compareAndSet(false, true)) {
                        done.run();
                    }
                }
            };
        }
    }
}
