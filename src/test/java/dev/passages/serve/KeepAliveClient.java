package dev.passages.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 client for the serve benchmarks (ServeBenchmarkIT and bench/src/ServeCpu.java): one kept-alive socket, a GET written whole, the
 * reply read by its Content-Length (or chunks). It spends little CPU per request, as load tools such as ab or
 * wrk do, so that on a 2-core machine the clients do not take the cores the server is measured on.
 */
public final class KeepAliveClient implements AutoCloseable {

    private final String host;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public KeepAliveClient(URI server) throws IOException {
        this.host = server.getHost() + ":" + server.getPort();
        this.socket = new Socket(server.getHost(), server.getPort());
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        this.out = socket.getOutputStream();
    }

    /** Sends GET {@code pathAndQuery}; returns the status and the body. */
    public Reply get(String pathAndQuery) throws IOException {
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).strip());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            body.write(in.readNBytes((int) length));
        }
        return new Reply(code, body.toString(StandardCharsets.UTF_8));
    }

    public record Reply(int status, String body) {
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
