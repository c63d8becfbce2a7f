package dev.passages.serve;

import dev.passages.cli.ServedIndex;
import dev.passages.index.Indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A server on a free loopback port over an index of a corpus folder, and plain HTTP requests to it. */
final class ServeFixture implements AutoCloseable {

    final ServedIndex index;
    final WebServer server;
    final List<String> log;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServeFixture(ServedIndex index, WebServer server, List<String> log) {
        this.index = index;
        this.server = server;
        this.log = log;
    }

    /** Indexes {@code corpus} into {@code indexDir} and serves it. */
    static ServeFixture over(Path corpus, Path indexDir) {
        new Indexer(indexDir, true, w -> { }).run(corpus);
        return serving(indexDir);
    }

    /** Serves the index at {@code indexDir}. */
    static ServeFixture serving(Path indexDir) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        ServedIndex index = new ServedIndex(indexDir, lines::add);
        return new ServeFixture(index, WebServer.start("127.0.0.1", 0, index, lines::add), lines);
    }

    record Reply(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** GET of {@code pathAndQuery} (already encoded), with headers given as name, value, name, value... */
    Reply get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return request("GET", pathAndQuery, headers);
    }

    Reply request(String method, String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().map(), r.body());
    }

    /** The status line and headers of a request written by hand, with a {@code Host} header of the test's choosing. */
    String raw(String requestHead) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
        index.close();
    }
}
