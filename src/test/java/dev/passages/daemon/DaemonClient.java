package dev.passages.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's side of the daemon's protocol, byte for byte, for tests. */
final class DaemonClient {

    /** A reply: its status ({@code ok}, or the refusal), exit code, stderr, stdout, and how it came. */
    record Reply(String status, int code, String err, String out, int frames, boolean errFirst) {
    }

    private DaemonClient() {
    }

    /** The state file's fields: port, secret, stamp, pid. */
    static String[] state(Path state) throws IOException {
        return Files.readString(state).trim().split(" ");
    }

    /**
     * Connects to the daemon of {@code state}, checks its proof and sends the request; returns the socket
     * with the {@code accepted} line read, or throws naming what the daemon said instead.
     *
     * @param secret the secret to prove with; null for the state file's (another skips checking the daemon's proof)
     */
    static Socket open(Path state, String secret, Path cwd, List<String> vars, String... args) throws IOException {
        String[] line = state(state);
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(line[0])));
        String nonce = Proof.random();
        s.getOutputStream().write((Server.PROTOCOL + "\0" + nonce + "\0").getBytes(StandardCharsets.UTF_8));
        InputStream in = s.getInputStream();
        String[] proof = line(in).split(" ");
        if (!proof[0].equals("proof")) {
            s.close();
            throw new Refusal(String.join(" ", proof));
        }
        String known = secret == null ? line[1] : secret;
        if (secret == null && !Proof.daemonHalf(nonce, proof[2], known).equals(proof[1])) {
            s.close();
            throw new IOException("the daemon's proof is wrong");
        }
        List<String> fields = new ArrayList<>(List.of(Proof.clientHalf(nonce, proof[2], known), cwd.toString(), "0",
                String.valueOf(vars.size())));
        fields.addAll(vars);
        fields.add(String.valueOf(args.length));
        fields.addAll(List.of(args));
        // in one write, as the launcher's printf does: a refusal may come before a slow writer is done
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        for (String f : fields) {
            request.write(f.getBytes(StandardCharsets.UTF_8));
            request.write(0);
        }
        s.getOutputStream().write(request.toByteArray());
        s.getOutputStream().flush();
        String first = line(in);
        if (!first.equals("accepted")) {
            s.close();
            throw new Refusal(first);
        }
        return s;
    }

    /** What the daemon said instead of accepting. */
    static final class Refusal extends IOException {
        Refusal(String said) {
            super(said);
        }
    }

    /** Asks and reads the whole reply. */
    static Reply ask(Path state, String secret, Path cwd, List<String> vars, String... args) throws IOException {
        Socket s;
        try {
            s = open(state, secret, cwd, vars, args);
        } catch (Refusal r) {
            return new Reply(r.getMessage(), -1, "", "", 0, false);
        }
        return read(s);
    }

    /** Reads the whole reply from a socket {@link #open} returned, and closes it. */
    static Reply read(Socket s) throws IOException {
        try (s) {
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int frames = 0;
            boolean errFirst = false;
            while (true) {
                String[] h = line(in).split(" ");
                switch (h[0]) {
                    case "wait" -> {
                        // the daemon is alive
                    }
                    case "out" -> {
                        out.write(in.readNBytes(Integer.parseInt(h[1])));
                        frames++;
                    }
                    case "err" -> {
                        err.write(in.readNBytes(Integer.parseInt(h[1])));
                        if (out.size() == 0) {
                            errFirst = true;
                        }
                    }
                    case "exit" -> {
                        if (in.read() != -1) {
                            throw new IOException("bytes after the exit frame");
                        }
                        return new Reply("ok", Integer.parseInt(h[1]), err.toString(StandardCharsets.UTF_8),
                                out.toString(StandardCharsets.UTF_8), frames, errFirst);
                    }
                    default -> {
                        if (out.size() + err.size() > 0) {
                            throw new IOException("a refusal after output: " + String.join(" ", h));
                        }
                        return new Reply(String.join(" ", h), -1, "", "", frames, errFirst);
                    }
                }
            }
        }
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
