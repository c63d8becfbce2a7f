package dev.passages.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's request to the daemon, read only once each side has proved that it knows the secret of the
 * state file ({@link DaemonProof}): the client's folder, whether its stdin and stdout are a terminal,
 * its variables and its command line.
 *
 * <p>On the wire, NUL-terminated UTF-8 fields and newline-terminated lines. The client sends
 * {@value Daemon#PROTOCOL} and a nonce (32 hex digits); the daemon answers {@code proof DAEMON_PROOF
 * DAEMON_NONCE}; the client checks the proof, and only then sends its own proof, its working folder,
 * {@code 1} when its stdin and stdout are a terminal (else {@code 0}), the number of variables, each as
 * {@code NAME=value}, the number of arguments, and each argument. The daemon answers {@code accepted},
 * or {@code refused REASON} at any step.
 */
record DaemonRequest(Path cwd, boolean terminal, Map<String, String> vars, String[] args) {

    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 10_000;

    /** Why a connection was closed before its request was whole. */
    static final class Refused extends IOException {
        Refused(String reason) {
            super(reason);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected outcome, not a fault: no trace to build
        }
    }

    /**
     * Proves the daemon to the client, checks the client's proof, and reads the request; throws
     * {@link Refused} (having said so to the client) or an IOException when the client fails.
     */
    static DaemonRequest read(InputStream in, OutputStream out, String secret) throws IOException {
        if (!Daemon.PROTOCOL.equals(field(in))) {
            throw refuse(out, "protocol");
        }
        String nonce = field(in);
        if (!DaemonProof.RANDOM.matcher(nonce).matches()) {
            throw refuse(out, "nonce");
        }
        String ours = DaemonProof.random();
        line(out, "proof " + DaemonProof.daemonHalf(nonce, ours, secret) + " " + ours);
        if (!DaemonProof.same(DaemonProof.clientHalf(nonce, ours, secret), field(in))) {
            throw refuse(out, "proof");
        }
        line(out, "accepted");
        String cwd = field(in);
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
        try {
            return new DaemonRequest(Path.of(cwd), terminal, vars, args);
        } catch (java.nio.file.InvalidPathException e) {
            return new DaemonRequest(Path.of("invalid"), terminal, vars, args);
        }
    }

    /**
     * Why the daemon must not run this request (the client then runs it itself), or null: a folder that
     * is not absolute, a command that is not read-only, input that is the client's own (stdin, a pipe,
     * an argument file; a batch in a plain file the daemon reads itself), or a default index yet to be
     * built (with progress on the client's terminal).
     */
    String refusal() {
        if (!cwd.isAbsolute()) {
            return "working-folder";
        }
        if (args.length == 0 || !DaemonCommands.served(args[0])) {
            return "command";
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String batch = a.equals("--batch") ? (i + 1 < args.length ? args[i + 1] : "-")
                    : a.startsWith("--batch=") ? a.substring("--batch=".length()) : null;
            if (a.startsWith("@") || (batch != null && !plainFile(cwd, batch))) {
                return "local-input";
            }
        }
        Environment env = new Environment(vars, cwd, terminal, dev.passages.search.PassageSearcher::new);
        Path index = Prefetch.indexNamed(args, env);
        if (index.equals(env.defaultIndex()) && (!dev.passages.index.IndexPaths.exists(index)
                || dev.passages.index.IndexPaths.otherSchemaVersion(index) != null)) {
            return "no-index";
        }
        return null;
    }

    /** Whether {@code name} is a regular file that reads the same from here as from the client (not stdin, /dev or /proc). */
    private static boolean plainFile(Path cwd, String name) {
        if (name.equals("-")) {
            return false;
        }
        try {
            // both as named (/proc/self would be the daemon's own) and as resolved through links
            Path named = cwd.resolve(name).normalize();
            Path file = named.toRealPath();
            return !named.startsWith("/dev") && !named.startsWith("/proc") && !file.startsWith("/dev")
                    && !file.startsWith("/proc") && java.nio.file.Files.isRegularFile(file);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static void line(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static Refused refuse(OutputStream out, String reason) {
        try {
            line(out, "refused " + reason);
        } catch (IOException gone) {
            // refused either way
        }
        return new Refused(reason);
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
            throw new IOException("bad count");
        }
    }

    /** One NUL-terminated UTF-8 field (the request's deadline closes the socket of a client too slow). */
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
