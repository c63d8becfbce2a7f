package dev.passages.daemon;

import dev.passages.DaemonThreads;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A background process that keeps indexes open and its code compiled, so that a query run through
 * the launcher costs milliseconds instead of a JVM start. The launcher starts it after a query it ran
 * itself, and sends it the next ones over a loopback socket; anything the daemon cannot serve, the
 * launcher runs itself.
 *
 * <p>Its files are in a folder only its owner can enter (mode 700): the state file, one line
 * {@code PORT SECRET STAMP PID} (mode 600), the lock that keeps a second daemon out, and the log. The
 * secret never crosses the socket: daemon and client each prove they know it ({@link RequestReader}),
 * the daemon first, so a process that took the port of a dead daemon learns nothing from a client. While
 * the daemon warms up the line is {@code 0 - STAMP PID}: it runs, but answers nothing yet. {@code STAMP}
 * names the jar the daemon runs: the launcher uses a daemon only of the jar it would run itself, and a
 * daemon whose jar has changed hands over to a new one: it stops accepting and lets the new one in at
 * once, finishes the commands it is running, then exits.
 *
 * <p>A request must be whole within {@value #REQUEST_MILLIS} ms of its connection, or the connection is
 * closed; at most {@value #MAX_UNPROVEN} connections wait to prove themselves at a time (a newer one
 * closes the oldest). Reply: after {@code accepted}, either {@code refused REASON} or the frames of
 * {@link FramedReply}; a reply without {@code exit} was cut off. A command whose client has gone stops
 * at its next output.
 *
 * <p>Commands run on a few threads, with the command line's code ({@link CommandRunner}); indexes are shared
 * ({@link IndexPool}).
 */
public final class Server {

    public static final String PROTOCOL = "passages-daemon/4";
    /** Commands at once; a client that reads its answer slowly holds one of them. */
    private static final int THREADS = 4;
    /** A request (not its command) must be whole within this of its connection. */
    public static final int REQUEST_MILLIS = 5000;
    /** Connections that have not yet proved themselves, at most. */
    static final int MAX_UNPROVEN = 64;
    /** How often an idle daemon checks whether it should go, and closes what it no longer needs. */
    private static final int TICK_MILLIS = 2000;
    /** How long a proven request waits for a place before the daemon refuses it as busy. */
    static final long PLACE_MILLIS = 2_000;

    /** How long a daemon of a new jar waits for the one it replaces to hand over. */
    private static final int TAKEOVER_MILLIS = 3 * TICK_MILLIS;
    /** Connections that failed to prove themselves are logged as a count, at most this often. */
    static final long SUMMARY_MILLIS = 60_000;

    private final Path state;
    private final String stamp;
    private final Path jar;
    private final long idleMillis;
    private final Consumer<String> log;
    private final String secret = Proof.random();
    private final IndexPool indexes;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong lastRequest = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String lastFailure = "";
    private long summarisedAt = System.currentTimeMillis();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean stopping;
    /** The listening socket while connections are admitted; {@link #stop} closes it to end the wait for the next one. */
    private volatile ServerSocket listening;
    private volatile String stateLine = "";
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("passages-daemon-timer"));
    /** A thread per connection: it checks the proof, then runs the command. */
    private final ExecutorService greeters = Executors.newCachedThreadPool(DaemonThreads.named("passages-daemon-request"));
    /** Commands running at once, at most. */
    private final java.util.concurrent.Semaphore places = new java.util.concurrent.Semaphore(THREADS, true);
    /** Connections not yet proved, oldest first. */
    private final Set<Socket> unproven = new LinkedHashSet<>();
    private final RequestRunner runner;

    /**
     * @param state      the state file (its folder, made owner-only, holds the lock and the log)
     * @param stamp      the launcher's stamp of the jar
     * @param jar        the jar the daemon runs, watched for a change; null for none
     * @param idleMillis how long without a request before the daemon exits
     * @param commands   runs the clients' commands
     */
    public Server(Path state, String stamp, Path jar, long idleMillis, Consumer<String> log, CommandRunner commands) {
        this.state = state;
        this.stamp = stamp;
        this.jar = jar;
        this.idleMillis = idleMillis;
        this.log = log;
        this.indexes = new IndexPool(commands::warmUp, () -> active.get() > 0, () -> stopping, log);
        this.runner = new RequestRunner(indexes, commands, timer, idleMillis, log);
    }

    /** A server that watches no jar. */
    public Server(Path state, String stamp, long idleMillis, Consumer<String> log, CommandRunner commands) {
        this(state, stamp, null, idleMillis, log, commands);
    }

    /** Work done once the lock is held, before serving. */
    public interface BeforeServing {
        void run() throws IOException;
    }

    /**
     * Serves until idle, stopped, or replaced; returns false when another daemon holds the lock (one of
     * another jar is given a few seconds to hand over).
     *
     * @param onLock run once the lock is held (the daemon's log is opened there)
     * @param warmUp run next, while the state file says the daemon is starting
     */
    public boolean serve(Runnable onLock, BeforeServing warmUp) throws IOException {
        OwnerOnly.folder(state.toAbsolutePath().getParent());
        Path lockFile = state.resolveSibling(state.getFileName() + ".lock");
        OwnerOnly.file(lockFile);
        FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = StateFile.takeLock(lockChannel, state, stamp, TAKEOVER_MILLIS);
        if (lock == null) {
            lockChannel.close();
            return false;
        }
        Thread hook = new Thread(this::finish, "passages-daemon-exit");
        try {
            onLock.run();
            Runtime.getRuntime().addShutdownHook(hook);
            writeState("0 - " + stamp + " " + ProcessHandle.current().pid());
            warmUp.run();
            acceptUntilDone();
            // no longer accepting: the state file goes, and a daemon waiting for the lock (of a new jar)
            // takes over while the commands under way finish
            if (ownsState()) {
                Files.deleteIfExists(state);
            }
        } finally {
            lock.release();
            lockChannel.close();
            windDown(hook);
        }
        return true;
    }

    /** Listens on loopback and admits connections until stopped, idle too long or outlived by a newer jar. */
    private void acceptUntilDone() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TICK_MILLIS);
            listening = server;
            if (stopping) {
                return;
            }
            writeState(server.getLocalPort() + " " + secret + " " + stamp + " " + ProcessHandle.current().pid());
            log.accept("serving on 127.0.0.1:" + server.getLocalPort() + ", state in " + state);
            while (!stopping) {
                try {
                    admit(server.accept());
                } catch (SocketException closed) {
                    if (!stopping) {
                        throw closed;
                    }
                } catch (SocketTimeoutException tick) {
                    String why = reasonToGo();
                    if (why != null) {
                        log.accept(why);
                        break;
                    }
                    indexes.closeUnused();
                    runner.dropStalled();
                    summariseFailures(false);
                }
            }
        }
    }

    /** Once the lock is given up: lets the commands under way finish, then closes every thread and index. */
    private void windDown(Thread hook) {
        closeUnproven();
        greeters.shutdown(); // no interrupt: a command's index reads must not be cut
        try {
            while (!greeters.awaitTermination(TICK_MILLIS, TimeUnit.MILLISECONDS)) {
                runner.dropStalled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true; // a warm-up still running stops at its next search
        indexes.awaitWarmUp(TimeUnit.SECONDS.toMillis(10));
        timer.shutdownNow();
        runner.shutdown();
        summariseFailures(true);
        finish();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, and finish() only once
        }
        indexes.closeAll();
    }

    /** Stops accepting at once (not at the next tick); the commands under way finish, as on any way out. */
    public void stop() {
        stopping = true;
        ServerSocket server = listening;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closed either way
            }
        }
    }

    /** Why the daemon should stop accepting now, or null. */
    private String reasonToGo() {
        if (active.get() == 0 && System.currentTimeMillis() - lastRequest.get() > idleMillis) {
            return "idle for " + idleMillis / 1000 + " s; exiting";
        }
        if (!ownsState()) {
            return "state file replaced or removed; exiting";
        }
        if (jar != null && !stamp.equals(JarStamp.of(jar))) {
            return "the jar changed; handing over to a new daemon, " + active.get() + " commands still to finish";
        }
        return null;
    }

    /**
     * A new connection: it must prove itself and send its request within {@value #REQUEST_MILLIS} ms on a
     * thread of its own, which then runs its command once one of {@value #THREADS} places is free (so that
     * connections that prove nothing never hold a place); beyond {@value #MAX_UNPROVEN} such connections,
     * the oldest is closed.
     */
    private void admit(Socket client) {
        Socket evicted = null;
        synchronized (unproven) {
            if (unproven.size() >= MAX_UNPROVEN) {
                evicted = unproven.iterator().next();
                unproven.remove(evicted);
            }
            unproven.add(client);
        }
        if (evicted != null) {
            failed("too many connections waiting to prove themselves");
            closeQuietly(evicted);
        }
        ScheduledFuture<?> deadline = timer.schedule(() -> closeQuietly(client), REQUEST_MILLIS, TimeUnit.MILLISECONDS);
        try {
            greeters.execute(() -> greet(client, deadline));
        } catch (RejectedExecutionException shuttingDown) {
            closeQuietly(client);
        }
    }

    private void greet(Socket client, ScheduledFuture<?> deadline) {
        Request request = null;
        try {
            client.setSoTimeout(REQUEST_MILLIS);
            request = RequestReader.read(new BufferedInputStream(client.getInputStream()), client.getOutputStream(), secret);
        } catch (RequestReader.Refused r) {
            failed("refused " + r.getMessage());
        } catch (IOException | RuntimeException e) {
            failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            synchronized (unproven) {
                unproven.remove(client);
            }
        }
        if (request == null || !deadline.cancel(false)) {
            closeQuietly(client);
            return;
        }
        active.incrementAndGet();
        try (Socket c = client) {
            if (!places.tryAcquire(PLACE_MILLIS, TimeUnit.MILLISECONDS)) {
                // every place holds a command whose reader takes its time (| less): the caller runs its own command
                // at once, rather than wait for a place and take the silence for a daemon that stopped answering
                RequestReader.refuse(c.getOutputStream(), "busy");
                return;
            }
            try {
                c.setSoTimeout(REQUEST_MILLIS);
                if (runner.run(c, request)) {
                    served.incrementAndGet();
                }
                RequestRunner.closeGently(c);
            } finally {
                places.release();
            }
        } catch (IOException | RuntimeException e) {
            log.accept("request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lastRequest.set(System.currentTimeMillis());
            active.decrementAndGet();
        }
    }

    /** A connection that did not prove itself: counted, and logged as a count ({@link #summariseFailures}). */
    private void failed(String why) {
        failed.incrementAndGet();
        lastFailure = why;
    }

    /** At most every {@value #SUMMARY_MILLIS} ms (or on the way out), one line for the connections that failed. */
    private synchronized void summariseFailures(boolean now) {
        long at = System.currentTimeMillis();
        if (failed.get() > 0 && (now || at - summarisedAt >= SUMMARY_MILLIS)) {
            long n = failed.getAndSet(0);
            log.accept(n + " connection" + (n == 1 ? "" : "s") + " closed without a proven request in "
                    + Math.max(1, (at - summarisedAt) / 1000) + " s (the last: " + lastFailure + ")");
            summarisedAt = at;
        }
    }

    private void closeUnproven() {
        synchronized (unproven) {
            unproven.forEach(Server::closeQuietly);
            unproven.clear();
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed either way
        }
    }

    private void writeState(String line) throws IOException {
        StateFile.write(state, line);
        stateLine = line;
    }

    /** Whether the state file still holds the line this daemon wrote last. */
    private boolean ownsState() {
        String[] f = StateFile.read(state);
        return f != null && String.join(" ", f).equals(stateLine);
    }

    /** Once, on any way out (a stop signal included): the state file goes, and the log says how much was served. */
    private void finish() {
        if (finished.compareAndSet(false, true)) {
            if (ownsState()) {
                try {
                    Files.deleteIfExists(state);
                } catch (IOException e) {
                    // a stale state file names a port nobody answers on: the launcher removes it
                }
            }
            log.accept("served " + served.get() + " commands");
        }
    }


}
