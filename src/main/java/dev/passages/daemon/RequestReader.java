package dev.passages.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a client's {@link Request}, only once each side has proved that it knows the secret of the state file
 * ({@link Proof}).
 *
 * <p>On the wire, NUL-terminated UTF-8 fields and newline-terminated lines. The client sends
 * {@value Server#PROTOCOL} and a nonce (32 hex digits); the daemon answers {@code proof DAEMON_PROOF
 * DAEMON_NONCE}; the client checks the proof, and only then sends its own proof, its working folder,
 * {@code 1} when its stdin and stdout are a terminal (else {@code 0}), the number of variables, each as
 * {@code NAME=value}, the number of arguments, and each argument. The daemon answers {@code accepted},
 * or {@code refused REASON} at any step.
 */
final class RequestReader {

    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 10_000;

    private RequestReader() {
    }

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
    static Request read(InputStream in, OutputStream out, String secret) throws IOException {
        if (!Server.PROTOCOL.equals(field(in))) {
            throw refuse(out, "protocol");
        }
        String nonce = field(in);
        if (!Proof.RANDOM.matcher(nonce).matches()) {
            throw refuse(out, "nonce");
        }
        String ours = Proof.random();
        line(out, "proof " + Proof.daemonHalf(nonce, ours, secret) + " " + ours);
        if (!Proof.same(Proof.clientHalf(nonce, ours, secret), field(in))) {
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
            return new Request(Path.of(cwd), terminal, vars, args);
        } catch (java.nio.file.InvalidPathException e) {
            return new Request(Path.of("invalid"), terminal, vars, args);
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
