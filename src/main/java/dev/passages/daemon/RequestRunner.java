package dev.passages.daemon;

import dev.passages.DaemonThreads;
import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the proven requests of a {@link Server} that its {@link RequestPolicy} lets through: each command in the
 * caller's folder and environment, on the shared indexes, its output framed back as it is written
 * ({@link FramedReply}), with a heartbeat while it runs; and drops the replies whose client has stopped reading.
 */
final class RequestRunner {

    private final IndexPool indexes;
    private final CommandRunner commands;
    private final RequestPolicy policy;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders = Executors.newCachedThreadPool(DaemonThreads.named("passages-daemon-sender"));
    private final long idleMillis;
    private final Consumer<String> log;
    /** The replies being written: one whose client has read nothing for as long as the idle limit is dropped. */
    private final Set<ReplyStream> replies = ConcurrentHashMap.newKeySet();

    RequestRunner(IndexPool indexes, CommandRunner commands, ScheduledExecutorService timer, long idleMillis,
                  Consumer<String> log) {
        this.indexes = indexes;
        this.commands = commands;
        this.policy = new RequestPolicy(commands);
        this.timer = timer;
        this.idleMillis = idleMillis;
        this.log = log;
    }

    /** Runs one proven request; true when it ran a command, false when it refused. */
    boolean run(Socket socket, Request request) throws IOException {
        ReplyStream out = new ReplyStream(socket);
        replies.add(out);
        try {
            String refusal = policy.refusal(request);
            if (refusal != null) {
                RequestReader.refuse(out, refusal);
                return false;
            }
            List<PassageSearcher> borrowed = Collections.synchronizedList(new ArrayList<>());
            FramedReply frames = new FramedReply(out, timer, senders);
            ScheduledFuture<?> heartbeat = timer.scheduleAtFixedRate(frames::heartbeat, FramedReply.TICK_MILLIS,
                    FramedReply.TICK_MILLIS, TimeUnit.MILLISECONDS);
            int code;
            try (PrintWriter o = new PrintWriter(frames); PrintWriter e = new PrintWriter(frames.errors())) {
                // a search whose client has gone stops at its next check, as when its time is up
                code = commands.run(request, o, e, (index, features) -> borrow(index, features, borrowed), frames::gone);
            } finally {
                heartbeat.cancel(false);
                // a command closes the searchers it opened; any it left open go back to the pool now
                borrowed.forEach(RequestRunner::giveBack);
            }
            if (frames.gone()) {
                log.accept("a client went away; its command stopped after " + frames.bytes() + " bytes of output");
                return true;
            }
            frames.end(code);
            return true;
        } finally {
            replies.remove(out);
        }
    }

    private PassageSearcher borrow(Path index, Features features, List<PassageSearcher> borrowed) {
        PassageSearcher searcher = indexes.borrow(index, features);
        borrowed.add(searcher);
        return searcher;
    }

    private static void giveBack(PassageSearcher searcher) {
        try {
            searcher.close();
        } catch (IOException e) {
            // giving a borrowed index back does not fail
        }
    }

    /**
     * Drops the replies whose client has read nothing for the idle limit (a pager left open): closing the
     * socket ends the blocked write, and so the request, which would otherwise keep the daemon from
     * ever being idle.
     */
    void dropStalled() {
        for (ReplyStream r : replies) {
            if (r.stalledFor(idleMillis)) {
                log.accept("a client read nothing for " + idleMillis / 1000 + " s; its reply is dropped");
                replies.remove(r);
                Server.closeQuietly(r.socket());
            }
        }
    }

    /**
     * Ends an exchange without a reset: the reply is finished (end of stream), then what the client may
     * still be sending is read and dropped until it closes, for a few seconds at most. Closed with unread
     * input, a socket resets the connection, and the client could lose the reply it had not read.
     */
    static void closeGently(Socket socket) {
        try {
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] drop = new byte[8192];
            long until = System.currentTimeMillis() + Server.REQUEST_MILLIS;
            for (int n = in.read(drop); n > 0 && System.currentTimeMillis() < until; n = in.read(drop)) {
                // dropped
            }
        } catch (IOException gone) {
            // the client is gone or silent: close anyway
        }
    }

    /** Stops the threads that send replies. */
    void shutdown() {
        senders.shutdownNow();
    }
}
