package dev.passages.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A command's output as the daemon sends it to its client: stdout in {@code out} frames as the command
 * flushes it (at once when {@value #FRAME_MILLIS} ms have passed since the last frame or much is
 * waiting, else a little later, so that a batch writing an answer per query sends a few frames a second,
 * not thousands), stderr in {@code err} frames at once, a {@code wait} line when nothing else has gone out
 * for {@value #HEARTBEAT_MILLIS} ms (the client knows the daemon is alive; the daemon learns whether
 * the client is), and last {@code exit CODE}. Once a write fails, the client is gone: later writes fail
 * at once, so that the command stops at its next output.
 */
final class FramedReply extends Writer {

    /** Output waits at most this long to be sent. */
    static final int FRAME_MILLIS = 50;
    /**
     * A {@code wait} line goes out when nothing else has for this long, as the timer finds at its next tick
     * ({@link #TICK_MILLIS}): never more than a second passes without a line.
     */
    static final int HEARTBEAT_MILLIS = 750;
    /** How often the timer looks: a heartbeat is then at most this late. */
    static final int TICK_MILLIS = 250;
    /** A frame is sent at once when this much output is waiting. */
    private static final int FRAME_CHARS = 1 << 16;

    private final OutputStream socket;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders;
    private final StringBuilder waiting = new StringBuilder();
    private final AtomicBoolean beating = new AtomicBoolean();
    private long sentAt = System.nanoTime();
    private volatile long wroteAt = System.nanoTime();
    private boolean scheduled;
    private boolean ended;
    private volatile boolean gone;
    private long bytes;

    FramedReply(OutputStream socket, ScheduledExecutorService timer, ExecutorService senders) {
        this.socket = socket;
        this.timer = timer;
        this.senders = senders;
    }

    /** Whether a write to the client has failed: it went away. */
    boolean gone() {
        return gone;
    }

    /** The bytes of stdout sent so far. */
    synchronized long bytes() {
        return bytes;
    }

    @Override
    public synchronized void write(char[] chars, int off, int len) throws IOException {
        if (gone) {
            throw new IOException("the client went away");
        }
        waiting.append(chars, off, len);
        if (waiting.length() >= FRAME_CHARS) {
            send();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (gone) {
            throw new IOException("the client went away");
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
        if (waited >= FRAME_MILLIS) {
            send();
        } else if (!scheduled && !waiting.isEmpty()) {
            try {
                // sent from a thread of its own: one client that does not read must not hold up the others' frames
                timer.schedule(() -> senders.execute(this::late), FRAME_MILLIS - waited, TimeUnit.MILLISECONDS);
                scheduled = true;
            } catch (RejectedExecutionException shuttingDown) {
                send();
            }
        }
    }

    /** The command's stderr: each write goes out at once as an {@code err} frame. */
    Writer errors() {
        return new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                err(new String(chars, off, len));
            }

            @Override
            public void flush() {
                // sent as written
            }

            @Override
            public void close() {
                // the socket is closed by the request
            }
        };
    }

    private synchronized void err(String text) throws IOException {
        if (ended || text.isEmpty()) {
            return;
        }
        send(); // stdout written before it goes first: the order written, as a local run shows it
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        frame("err " + b.length + "\n", b);
    }

    private synchronized void late() {
        scheduled = false;
        try {
            send();
        } catch (IOException goneNow) {
            // marked gone: the command's next write fails
        }
    }

    /**
     * From the timer, every {@value #TICK_MILLIS} ms: a {@code wait} line if nothing has gone out for
     * {@value #HEARTBEAT_MILLIS} ms. Never more than one waits to be sent, however long the client takes to read.
     */
    void heartbeat() {
        if (gone || TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wroteAt) < HEARTBEAT_MILLIS
                || !beating.compareAndSet(false, true)) {
            return;
        }
        try {
            senders.execute(() -> {
                try {
                    synchronized (this) {
                        if (!ended && !gone) {
                            frame("wait\n", new byte[0]);
                        }
                    }
                } catch (IOException goneNow) {
                    // marked gone
                } finally {
                    beating.set(false);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            beating.set(false);
        }
    }

    @Override
    public void close() {
        // the socket is closed by the request, after the last frames
    }

    /** What is left of stdout, then the exit code: the reply's last frames. */
    synchronized void end(int code) throws IOException {
        send();
        ended = true;
        frame("exit " + code + "\n", new byte[0]);
    }

    private void send() throws IOException {
        if (ended || waiting.isEmpty()) {
            return;
        }
        // a surrogate pair is never split between frames
        int n = Character.isHighSurrogate(waiting.charAt(waiting.length() - 1)) ? waiting.length() - 1 : waiting.length();
        if (n == 0) {
            return;
        }
        byte[] b = waiting.substring(0, n).getBytes(StandardCharsets.UTF_8);
        waiting.delete(0, n);
        sentAt = System.nanoTime();
        frame("out " + b.length + "\n", b);
        bytes += b.length;
    }

    /** A header line and its bytes, in one write: a client reads them whole or finds the daemon gone. */
    private void frame(String header, byte[] body) throws IOException {
        if (gone) {
            throw new IOException("the client went away");
        }
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        try {
            socket.write(all);
            socket.flush();
            wroteAt = System.nanoTime();
        } catch (IOException e) {
            gone = true;
            throw e;
        }
    }
}
