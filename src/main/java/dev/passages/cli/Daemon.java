package dev.passages.cli;

import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A background process that keeps indexes open and its code compiled, so that a query run through
 * the launcher costs milliseconds instead of a JVM start. The launcher starts it after a query it ran
 * itself, and sends it the next ones over a loopback socket; anything the daemon cannot serve, the
 * launcher runs itself.
 *
 * <p>The state file holds one line, {@code PORT TOKEN STAMP PID}; only its owner can read it (mode
 * 600), and a request without the token is refused. {@code STAMP} names the jar the daemon runs
 * ({@code mtime.size}): the launcher uses a daemon only of the jar it would run itself.
 *
 * <p>Request: NUL-terminated UTF-8 fields: {@value #PROTOCOL}, token, working folder, {@code 1} when
 * the client's stdout is a terminal (else {@code 0}), the number of variables, each as
 * {@code NAME=value}, the number of arguments, each argument. Reply: one line
 * {@code ok EXIT ERR_BYTES}, then the command's stderr, then its stdout to the end of the stream;
 * or a line {@code refused REASON}.
 *
 * <p>Commands run one at a time: a search takes milliseconds, and one at a time no searcher is closed
 * under another command. A searcher is reopened when its index has a new commit.
 */
final class Daemon {

    static final String PROTOCOL = "passages-daemon/1";
    /** The commands a daemon serves: the read-only ones. The launcher forwards no others. */
    static final Set<String> COMMANDS = Set.of("search", "similar", "speakers", "acronyms");
    /** How often an idle daemon checks whether it should go. */
    private static final int TICK_MS = 2000;
    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 10_000;

    private final Path state;
    private final String stamp;
    private final long idleMillis;
    private final Consumer<String> log;
    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final Map<String, PassageSearcher> searchers = new HashMap<>();
    private volatile boolean stopping;
    private volatile long served;
    private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();

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
    }

    /**
     * Serves until idle, stopped, or replaced; returns false at once when another daemon holds the lock.
     *
     * @param warmUp run once the lock is held, before the state file names this daemon
     */
    boolean serve(WarmUp warmUp) throws IOException {
        Files.createDirectories(state.toAbsolutePath().getParent());
        Path lockFile = state.resolveSibling(state.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                log.accept("another daemon is running (" + state + ")");
                return false;
            }
            warmUp.run();
            try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                server.setSoTimeout(TICK_MS);
                writeState(server.getLocalPort());
                Thread hook = new Thread(this::finish, "passages-daemon-exit");
                Runtime.getRuntime().addShutdownHook(hook);
                log.accept("serving on 127.0.0.1:" + server.getLocalPort() + ", state in " + state);
                long last = System.currentTimeMillis();
                while (!stopping) {
                    Socket client;
                    try {
                        client = server.accept();
                    } catch (SocketTimeoutException idle) {
                        if (System.currentTimeMillis() - last > idleMillis) {
                            log.accept("idle for " + idleMillis / 1000 + " s; exiting");
                            break;
                        }
                        if (!ownsState()) {
                            log.accept("state file replaced or removed; exiting");
                            break;
                        }
                        continue;
                    }
                    try (Socket c = client) {
                        if (handle(c)) {
                            served++;
                        }
                    } catch (IOException | RuntimeException e) {
                        log.accept("request failed: " + e);
                    }
                    last = System.currentTimeMillis();
                }
                finish();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            } finally {
                closeSearchers();
            }
        }
        return true;
    }

    /** The lock, or null when another daemon, in this process or another, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** Work done before serving. */
    interface WarmUp {
        void run() throws IOException;
    }

    void stop() {
        stopping = true;
    }

    private void writeState(int port) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, port + " " + token + " " + stamp + " " + ProcessHandle.current().pid() + "\n",
                StandardCharsets.UTF_8);
        try {
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private boolean ownsState() {
        try {
            return Files.readString(state, StandardCharsets.UTF_8).contains(" " + token + " ");
        } catch (IOException e) {
            return false;
        }
    }

    /** Once, on any way out (a stop signal included): the state file goes, and the log says how much was served. */
    private void finish() {
        if (finished.compareAndSet(false, true)) {
            removeState();
            log.accept("served " + served + " commands");
        }
    }

    private void removeState() {
        if (ownsState()) {
            try {
                Files.deleteIfExists(state);
            } catch (IOException e) {
                // a stale state file names a port nobody answers on: the launcher then runs queries itself
            }
        }
    }

    /** Answers one request; true when it ran a command, false when it refused. */
    private boolean handle(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        String magic = field(in);
        if (!PROTOCOL.equals(magic)) {
            refuse(out, "protocol");
            return false;
        }
        if (!token.equals(field(in))) {
            refuse(out, "token");
            return false;
        }
        Path cwd = Path.of(field(in));
        boolean terminal = "1".equals(field(in));
        int nVars = count(in);
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < nVars; i++) {
            String v = field(in);
            int eq = v.indexOf('=');
            if (eq > 0 && eq < v.length() - 1) {
                vars.put(v.substring(0, eq), v.substring(eq + 1));
            }
        }
        int argc = count(in);
        String[] args = new String[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = field(in);
        }
        if (!cwd.isAbsolute()) {
            refuse(out, "working-folder");
            return false;
        }
        if (argc == 0 || !COMMANDS.contains(args[0])) {
            refuse(out, "command");
            return false;
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        Environment env = new Environment(vars, cwd, terminal, this::searcher);
        int code;
        try (PrintWriter o = new PrintWriter(stdout); PrintWriter e = new PrintWriter(stderr)) {
            code = Main.run(args, o, e, env);
        }
        byte[] err = stderr.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("ok " + code + " " + err.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(err);
        out.write(stdout.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return true;
    }

    /** The open searcher of an index, reopened when the index changed since; commands' close() leaves it open. */
    private PassageSearcher searcher(Path index, Features features) {
        String key = index.toAbsolutePath().normalize() + "\u0000" + features;
        PassageSearcher s = searchers.get(key);
        if (s != null && !s.isCurrent()) {
            searchers.remove(key);
            release(s);
            s = null;
        }
        if (s == null) {
            s = new PassageSearcher(index, features).keepOpen();
            searchers.put(key, s);
        }
        return s;
    }

    private void closeSearchers() {
        searchers.values().forEach(Daemon::release);
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

    private static int count(InputStream in) throws IOException {
        String s = field(in);
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

    /** One NUL-terminated UTF-8 field. */
    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) > 0) {
            if (b.size() >= MAX_FIELD_BYTES) {
                throw new IOException("request field too long");
            }
            b.write(c);
        }
        if (c < 0) {
            throw new IOException("request ended early");
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
