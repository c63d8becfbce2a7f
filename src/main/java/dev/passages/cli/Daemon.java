package dev.passages.cli;

import dev.passages.DaemonThreads;
import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * <p>The state file holds one line, {@code PORT TOKEN STAMP PID}; only its owner can read it (mode
 * 600), and a request without the token is refused. While the daemon warms up the line is
 * {@code 0 - STAMP PID}: it runs, but answers nothing yet. {@code STAMP} names the jar the daemon
 * runs: the launcher uses a daemon only of the jar it would run itself.
 *
 * <p>Request: NUL-terminated UTF-8 fields: {@value #PROTOCOL}, token, working folder, {@code 1} when
 * the client's stdin and stdout are a terminal (else {@code 0}), the number of variables, each as
 * {@code NAME=value}, the number of arguments, each argument; it must arrive within
 * {@value #REQUEST_MILLIS} ms. Reply: {@code accepted} once the token is checked, or a line
 * {@code refused REASON}; after {@code accepted}, either {@code refused REASON} or frames, in the
 * order written: a line {@code out BYTES} followed by that much of the command's stdout (sent as the
 * command flushes, at most every {@value #FRAME_MILLIS} ms, so that a batch streams), a line
 * {@code err BYTES} followed by that much of its stderr (sent at once, after the stdout written
 * before it), and last a line {@code exit CODE}. A reply without {@code exit} was cut off.
 *
 * <p>Commands run on a few threads; an index's searcher is shared, reopened when the index has
 * changed, and closed once no command uses it.
 */
final class Daemon {

    static final String PROTOCOL = "passages-daemon/3";
    /** Output waits at most this long to be sent; frames are fewer when a command flushes often (a batch). */
    static final int FRAME_MILLIS = 50;
    /** A frame is sent at once when this much output is waiting. */
    private static final int FRAME_CHARS = 1 << 18;
    /** The commands a daemon serves: the read-only ones. The launcher forwards no others. */
    static final Set<String> COMMANDS = Set.of("search", "similar", "speakers", "acronyms");
    /** Commands at once; a client that reads its answer slowly holds one of them. */
    private static final int THREADS = 4;
    /** A request (not its command) must arrive within this. */
    static final int REQUEST_MILLIS = 5000;
    /** How often an idle daemon checks whether it should go, and closes what it no longer needs. */
    private static final int TICK_MILLIS = 2000;
    /** Open indexes kept at most, and how long one unused stays open. */
    private static final int MAX_OPEN = 4;
    private static final long UNUSED_MILLIS = TimeUnit.MINUTES.toMillis(5);
    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 10_000;

    private final Path state;
    private final String stamp;
    private final long idleMillis;
    private final Consumer<String> log;
    private final String token;
    private final Map<String, Open> searchers = new LinkedHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong lastRequest = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong served = new AtomicLong();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean stopping;
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private volatile Thread warmUpThread;
    /** The background warm-up's bounds: queries, and time. */
    static final int WARM_UP_QUERIES = 8000;
    static final long WARM_UP_MILLIS = 25_000;
    /** Sends output that waited {@value #FRAME_MILLIS} ms for a frame. */
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("passages-daemon-frames"));
    private final ExecutorService senders = Executors.newCachedThreadPool(DaemonThreads.named("passages-daemon-sender"));
    /** The replies being written: one whose client has read nothing for as long as the idle limit is dropped. */
    private final Set<Reply> replies = ConcurrentHashMap.newKeySet();

    /** A reply's stream, which knows since when a write to it has been waiting for the client to read. */
    private static final class Reply extends java.io.FilterOutputStream {
        private final Socket socket;
        /** System.nanoTime() when the write under way began, or 0 when none is. */
        private volatile long blockedSince;

        Reply(Socket socket) throws IOException {
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
    }

    /**
     * Drops the replies whose client has read nothing for the idle limit (a pager left open): closing the
     * socket ends the blocked write, and so the request, which would otherwise keep the daemon from
     * ever being idle.
     */
    private void dropStalled() {
        for (Reply r : replies) {
            if (r.stalledFor(idleMillis)) {
                log.accept("a client read nothing for " + idleMillis / 1000 + " s; its reply is dropped");
                replies.remove(r);
                try {
                    r.socket.close();
                } catch (IOException ignored) {
                    // closed either way
                }
            }
        }
    }

    /** A searcher and the commands using it. */
    private static final class Open {
        final PassageSearcher searcher;
        int users;
        volatile boolean stale;
        long lastUsed;

        Open(PassageSearcher searcher) {
            this.searcher = searcher;
        }
    }

    /**
     * @param state      the state file (its folder holds the lock that keeps a second daemon out)
     * @param stamp      the launcher's stamp of the jar
     * @param idleMillis how long without a request before the daemon exits
     */
    Daemon(Path state, String stamp, long idleMillis, Consumer<String> log) {
        this.state = state;
        this.stamp = stamp;
        this.idleMillis = idleMillis;
        this.log = log;
        byte[] t = new byte[16];
        new SecureRandom().nextBytes(t);
        this.token = HexFormat.of().formatHex(t);
    }

    /** Work done once the lock is held, before serving. */
    interface WarmUp {
        void run() throws IOException;
    }

    /**
     * Serves until idle, stopped, or replaced; returns false at once when another daemon holds the lock.
     *
     * @param onLock run once the lock is held (the daemon's log is opened there)
     * @param warmUp run next, while the state file says the daemon is starting
     */
    boolean serve(Runnable onLock, WarmUp warmUp) throws IOException {
        Files.createDirectories(state.toAbsolutePath().getParent());
        Path lockFile = state.resolveSibling(state.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                return false;
            }
            onLock.run();
            Thread hook = new Thread(this::finish, "passages-daemon-exit");
            Runtime.getRuntime().addShutdownHook(hook);
            writeState(0, "-");
            warmUp.run();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, DaemonThreads.named("passages-daemon-request"));
            try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                server.setSoTimeout(TICK_MILLIS);
                writeState(server.getLocalPort(), token);
                log.accept("serving on 127.0.0.1:" + server.getLocalPort() + ", state in " + state);
                while (!stopping) {
                    Socket client;
                    try {
                        client = server.accept();
                    } catch (SocketTimeoutException tick) {
                        if (active.get() == 0 && System.currentTimeMillis() - lastRequest.get() > idleMillis) {
                            log.accept("idle for " + idleMillis / 1000 + " s; exiting");
                            break;
                        }
                        if (!ownsState()) {
                            log.accept("state file replaced or removed; exiting");
                            break;
                        }
                        closeUnused();
                        dropStalled();
                        continue;
                    }
                    active.incrementAndGet();
                    pool.execute(() -> {
                        try (Socket c = client) {
                            if (handle(c)) {
                                served.incrementAndGet();
                                lastRequest.set(System.currentTimeMillis());
                            }
                            closeGently(c);
                        } catch (IOException | RuntimeException e) {
                            log.accept("request failed: " + e);
                        } finally {
                            active.decrementAndGet();
                        }
                    });
                }
            } finally {
                pool.shutdown();
                try {
                    pool.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopping = true; // a warm-up still running stops at its next search
                Thread warming = warmUpThread;
                if (warming != null) {
                    try {
                        warming.join(TimeUnit.SECONDS.toMillis(10));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                timer.shutdownNow();
                senders.shutdownNow();
                finish();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway, and finish() only once
                }
                closeAll();
            }
        }
        return true;
    }

    void stop() {
        stopping = true;
    }

    /**
     * Ends an exchange without a reset: the reply is finished (end of stream), then what the client may
     * still be sending (the rest of a refused request) is read and dropped until it closes. Closed with
     * unread input, a socket resets the connection, and the client could lose the reply it had not read.
     */
    private static void closeGently(Socket socket) {
        try {
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] drop = new byte[8192];
            long dropped = 0;
            for (int n = in.read(drop); n > 0 && dropped < MAX_FIELD_BYTES; n = in.read(drop)) {
                dropped += n;
            }
        } catch (IOException gone) {
            // the client is gone or silent past the request deadline: close anyway
        }
    }

    /** The lock, or null when another daemon, in this process or another, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private void writeState(int port, String withToken) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, port + " " + withToken + " " + stamp + " " + ProcessHandle.current().pid() + "\n",
                StandardCharsets.UTF_8);
        try {
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether the state file still names this process. */
    private boolean ownsState() {
        try {
            String[] f = Files.readString(state, StandardCharsets.UTF_8).trim().split(" ");
            return f.length == 4 && f[3].equals(String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Once, on any way out (a stop signal included): the state file goes, and the log says how much was served. */
    private void finish() {
        if (finished.compareAndSet(false, true)) {
            if (ownsState()) {
                try {
                    Files.deleteIfExists(state);
                } catch (IOException e) {
                    // a stale state file names a port nobody answers on: the launcher then runs queries itself
                }
            }
            log.accept("served " + served.get() + " commands");
        }
    }

    /** Answers one request; true when it ran a command, false when it refused. */
    private boolean handle(Socket socket) throws IOException {
        long deadline = System.currentTimeMillis() + REQUEST_MILLIS;
        socket.setSoTimeout(REQUEST_MILLIS);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        Reply out = new Reply(socket);
        replies.add(out);
        try {
            return handle(socket, in, out, deadline);
        } finally {
            replies.remove(out);
        }
    }

    private boolean handle(Socket socket, InputStream in, OutputStream out, long deadline) throws IOException {
        if (!PROTOCOL.equals(field(in, deadline))) {
            refuse(out, "protocol");
            return false;
        }
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                field(in, deadline).getBytes(StandardCharsets.UTF_8))) {
            refuse(out, "token");
            return false;
        }
        out.write("accepted\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Path cwd = Path.of(field(in, deadline));
        boolean terminal = "1".equals(field(in, deadline));
        int nVars = count(in, deadline);
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < nVars; i++) {
            String v = field(in, deadline);
            int eq = v.indexOf('=');
            if (eq > 0 && eq < v.length() - 1) {
                vars.put(v.substring(0, eq), v.substring(eq + 1));
            }
        }
        int argc = count(in, deadline);
        String[] args = new String[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = field(in, deadline);
        }
        if (!cwd.isAbsolute()) {
            refuse(out, "working-folder");
            return false;
        }
        if (argc == 0 || !COMMANDS.contains(args[0])) {
            refuse(out, "command");
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String batch = a.equals("--batch") ? (i + 1 < args.length ? args[i + 1] : "-")
                    : a.startsWith("--batch=") ? a.substring("--batch=".length()) : null;
            if (a.startsWith("@") || (batch != null && !plainFile(cwd, batch))) {
                // stdin, pipes and argument files are the client's: run where they are (a batch in a plain
                // file the daemon reads itself)
                refuse(out, "local-input");
                return false;
            }
        }
        List<Open> held = new ArrayList<>();
        Environment env = new Environment(vars, cwd, terminal, (index, features) -> acquire(index, features, held));
        Path index = Prefetch.indexNamed(args, env);
        if (index.equals(env.defaultIndex()) && (!dev.passages.index.IndexPaths.exists(index)
                || dev.passages.index.IndexPaths.otherSchemaVersion(index) != null)) {
            // the default index is built (or rebuilt for a new schema) on first use, with progress on the
            // caller's terminal: not here
            refuse(out, "no-index");
            return false;
        }
        Frames frames = new Frames(out);
        int code;
        try (PrintWriter o = new PrintWriter(frames); PrintWriter e = new PrintWriter(frames.errors())) {
            code = Main.run(args, o, e, env);
        } finally {
            done(held);
        }
        frames.end(code);
        return true;
    }

    /**
     * A command's stdout, sent to the client in {@code out} frames as the command flushes it: at once when
     * {@value #FRAME_MILLIS} ms have passed since the last frame or much is waiting, else a little later,
     * so that a batch writing an answer per query sends a few frames a second, not thousands.
     */
    private final class Frames extends Writer {
        private final OutputStream socket;
        private final StringBuilder waiting = new StringBuilder();
        private long sentAt = System.nanoTime();
        private boolean scheduled;
        private boolean ended;

        Frames(OutputStream socket) {
            this.socket = socket;
        }

        @Override
        public synchronized void write(char[] chars, int off, int len) throws IOException {
            waiting.append(chars, off, len);
            if (waiting.length() >= FRAME_CHARS) {
                send();
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
            if (waited >= FRAME_MILLIS) {
                send();
            } else if (!scheduled && !waiting.isEmpty()) {
                try {
                    // sent from a thread of its own: one client that does not read must not hold up the others' frames
                    timer.schedule(() -> senders.execute(this::late), FRAME_MILLIS - waited, TimeUnit.MILLISECONDS);
                    scheduled = true;
                } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
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
            socket.write(("err " + b.length + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.write(b);
            socket.flush();
        }

        private synchronized void late() {
            scheduled = false;
            try {
                send();
            } catch (IOException gone) {
                // the client went away; the command's next write fails and says so
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
            socket.write(("exit " + code + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.flush();
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
            socket.write(("out " + b.length + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.write(b);
            socket.flush();
        }
    }

    /** Whether {@code name} is a regular file that reads the same from here as from the client (not stdin, /dev or /proc). */
    private static boolean plainFile(Path cwd, String name) {
        if (name.equals("-") || !cwd.isAbsolute()) {
            return false;
        }
        try {
            // both as named (/proc/self would be the daemon's own) and as resolved through links
            Path named = cwd.resolve(name).normalize();
            Path file = named.toRealPath();
            return !named.startsWith("/dev") && !named.startsWith("/proc") && !file.startsWith("/dev")
                    && !file.startsWith("/proc") && Files.isRegularFile(file);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The open searcher of an index (reopened when the index changed), held until {@link #done}. */
    private synchronized PassageSearcher acquire(Path index, Features features, List<Open> held) {
        String key = index.toAbsolutePath().normalize() + "\u0000" + features;
        Open open = searchers.get(key);
        if (open != null && !open.searcher.isCurrent()) {
            retire(key, open);
            open = null;
        }
        if (open == null) {
            open = new Open(new PassageSearcher(index, features).keepOpen());
            searchers.put(key, open);
            evictBeyond(MAX_OPEN);
            if (warmUpStarted.compareAndSet(false, true)) {
                warmUp(open);
            }
        }
        open.users++;
        open.lastUsed = System.currentTimeMillis();
        held.add(open);
        return open.searcher;
    }

    /**
     * Once per daemon, on the first index it opens: searches over that index in the background
     * ({@link WarmupCommand#exercise(PassageSearcher, int, long, java.util.function.BooleanSupplier)}),
     * between requests (it pauses while one runs), so that the compiler has made the query path fast
     * before the next batch comes: {@value #WARM_UP_QUERIES} queries at most, about 15 s of one core on a
     * 200 MB index, never more than {@value #WARM_UP_MILLIS} ms.
     */
    private void warmUp(Open open) {
        open.users++;
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                int n = WarmupCommand.exercise(open.searcher, WARM_UP_QUERIES, WARM_UP_MILLIS, () -> {
                    while (active.get() > 0 && !stopping) {
                        pause(); // the callers' requests first
                    }
                    return stopping || open.stale;
                });
                log.accept(String.format(java.util.Locale.ROOT, "warmed up: %d searches in %.1f s", n,
                        (System.nanoTime() - start) / 1e9));
            } catch (IOException | RuntimeException e) {
                log.accept("warm-up stopped: " + e);
            } finally {
                done(List.of(open));
            }
        }, "passages-daemon-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        warmUpThread = t;
        t.start();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void done(List<Open> held) {
        for (Open open : held) {
            open.users--;
            if (open.stale && open.users == 0) {
                release(open.searcher);
            }
        }
    }

    /** Out of the cache; closed now if unused, else by the last command using it. */
    private void retire(String key, Open open) {
        searchers.remove(key);
        open.stale = true;
        if (open.users == 0) {
            release(open.searcher);
        }
    }

    private void evictBeyond(int max) {
        Iterator<Map.Entry<String, Open>> it = searchers.entrySet().iterator();
        while (searchers.size() > max && it.hasNext()) {
            Map.Entry<String, Open> oldest = it.next();
            if (oldest.getValue().users == 0) {
                it.remove();
                oldest.getValue().stale = true;
                release(oldest.getValue().searcher);
            }
        }
    }

    /** Closes the indexes that changed or went unused for a while: a deleted index's files are then freed. */
    private synchronized void closeUnused() {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, Open>> it = searchers.entrySet().iterator();
        while (it.hasNext()) {
            Open open = it.next().getValue();
            if (open.users == 0 && (now - open.lastUsed > UNUSED_MILLIS || !open.searcher.isCurrent())) {
                it.remove();
                open.stale = true;
                release(open.searcher);
            }
        }
    }

    private synchronized void closeAll() {
        searchers.values().forEach(open -> release(open.searcher));
        searchers.clear();
    }

    private static void release(PassageSearcher s) {
        try {
            s.release();
        } catch (IOException e) {
            // the reader of a deleted index: nothing to keep
        }
    }

    private static void refuse(OutputStream out, String reason) throws IOException {
        out.write(("refused " + reason + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static int count(InputStream in, long deadline) throws IOException {
        String s = field(in, deadline);
        try {
            int n = Integer.parseInt(s);
            if (n < 0 || n > MAX_FIELDS) {
                throw new IOException("bad count " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("bad count '" + s + "'");
        }
    }

    /** One NUL-terminated UTF-8 field, before the request's deadline. */
    private static String field(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) > 0) {
            if (b.size() >= MAX_FIELD_BYTES || System.currentTimeMillis() > deadline) {
                throw new IOException("request too long or too slow");
            }
            b.write(c);
        }
        if (c < 0) {
            throw new IOException("request ended early");
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
