package dev.passages.cli;

import dev.passages.backend.Backend;
import dev.passages.serve.SearcherPool;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A SolrCloud collection as {@code serve} answers from it: one backend shared by the requests, its speakers read
 * before the port opens; replies are not reused, since other writers may change the collection unseen.
 */
final class ServedCluster implements SearcherPool, AutoCloseable {

    private final Backend backend;

    /** Reads the collection's speakers now: an unreachable cluster or a missing collection fails here, before any request. */
    ServedCluster(Backend backend) {
        this.backend = backend;
        backend.speakers();
    }

    @Override
    public Lease lease() {
        return Lease.of(backend, null, () -> { });
    }

    @Override
    public void close() {
        try {
            backend.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
