package dev.passages.serve;

import dev.passages.search.PassageSearcher;

/** Where the server's requests get the open index from: one searcher, shared, reopened when the index changes. */
public interface SearcherPool {

    /** The current searcher, held until the lease is closed. */
    Lease lease();

    /** A searcher in use by one request. */
    interface Lease extends AutoCloseable {
        PassageSearcher searcher();

        @Override
        void close();
    }
}
