package dev.passages.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.passages.cli.ExitCodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page: a fixed set of files from the jar ({@code dev/passages/serve/web/}), read once; any other path is 404. */
final class StaticFiles implements HttpHandler {

    private static final String FOLDER = "web/";
    /** Path → file name and media type. The page answers every path without an extension, so its own URLs can be shared. */
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

    private final Map<String, byte[]> bodies;

    StaticFiles() {
        java.util.HashMap<String, byte[]> read = new java.util.HashMap<>();
        FILES.forEach((path, file) -> read.put(path, resource(file[0])));
        this.bodies = Map.copyOf(read);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String[] file = FILES.get(path);
        if (file == null) {
            Replies.error(ex, 404, "usage", "no such page", ExitCodes.USAGE);
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        Replies.send(ex, 200, file[1], bodies.get(path));
    }
}
