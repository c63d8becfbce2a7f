package dev.passages.daemon;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/**
 * The stream of a daemon's reply to one client, which knows since when a write to it has been waiting for the
 * client to read (so that a reply whose client reads nothing, a pager left open, can be dropped).
 */
final class ReplyStream extends FilterOutputStream {

    private final Socket socket;
    /** System.nanoTime() when the write under way began, or 0 when none is. */
    private volatile long blockedSince;

    ReplyStream(Socket socket) throws IOException {
        super(socket.getOutputStream());
        this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        blockedSince = Math.max(1, System.nanoTime());
        try {
            out.write(b, off, len);
        } finally {
            blockedSince = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        blockedSince = Math.max(1, System.nanoTime());
        try {
            out.flush();
        } finally {
            blockedSince = 0;
        }
    }

    /** Whether a write has waited more than {@code millis} for the client to read. */
    boolean stalledFor(long millis) {
        long since = blockedSince;
        return since != 0 && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since) > millis;
    }

    /** The client's connection. */
    Socket socket() {
        return socket;
    }
}
