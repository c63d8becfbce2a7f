package dev.passages;

/** A failure the user can act on: one line of message, and a kind that the CLI maps to an exit code. */
public class PassagesException extends RuntimeException {

    /** What went wrong, as far as the exit code is concerned. */
    public enum Kind {
        /** A malformed argument or option value. */
        USAGE,
        /** A query that cannot be parsed or would be too costly. */
        BAD_QUERY,
        /** No index where one was expected. */
        NO_INDEX,
        /** Another process holds the index's write lock. */
        INDEX_LOCKED,
        /** The index is damaged or was written by an incompatible version. */
        INDEX_DAMAGED,
        /** A file or folder named by the user cannot be read. */
        INPUT,
        /** The search cluster (--solr) cannot be reached, is set up for another passages, or failed a request. */
        CLUSTER
    }

    private final Kind kind;

    public PassagesException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PassagesException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
