package dev.passages.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A process that took the port of a dead daemon: it answers the first connection with a forged reply
 * (a made-up proof, results, and a terminal escape that would write the clipboard), records what it
 * is sent, and prints its port first and then, Base64, the bytes it received. Run in its own JVM (as
 * another user, where the machine allows) or in the test's.
 */
final class FakeListener implements AutoCloseable {

    static final String FORGED = "FORGED RESULT \u001b]52;c;ZXZpbA==\u0007\n";

    private final ServerSocket server;

    FakeListener() throws java.io.IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(60_000);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers one connection with the forged reply; returns what it was sent (until it closes, 5 s at most). */
    byte[] answerOne() throws java.io.IOException {
        try (Socket s = server.accept()) {
            byte[] body = FORGED.getBytes(StandardCharsets.UTF_8);
            String reply = "proof " + "0".repeat(32) + " " + "1".repeat(32) + "\naccepted\nout " + body.length + "\n" + FORGED + "exit 0\n";
            s.getOutputStream().write(reply.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            s.setSoTimeout(5000);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] b = new byte[4096];
            try {
                for (int n = in.read(b); n >= 0; n = in.read(b)) {
                    got.write(b, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException enough) {
                // what came is what it gets
            }
            return got.toByteArray();
        }
    }

    @Override
    public void close() throws java.io.IOException {
        server.close();
    }

    public static void main(String[] args) throws Exception {
        try (FakeListener f = new FakeListener()) {
            System.out.println(f.port());
            System.out.flush();
            System.out.println(Base64.getEncoder().encodeToString(f.answerOne()));
        }
    }
}
