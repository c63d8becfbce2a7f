package dev.passages.corpus;

/** Thrown when a corpus file cannot be turned into articles: empty, binary, mis-encoded or unreadable. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
