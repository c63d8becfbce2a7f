package dev.passages.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.passages.PassagesException;
import dev.passages.cli.JsonObjects;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the server's answers: headers every answer carries, JSON bodies, and JSON errors with their status and exit code. */
final class Replies {

    /**
     * Scripts, styles, images and connections from the server itself only: no inline script or style
     * element, no eval, no plug-ins, no framing, no base URL of a page's choosing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final JsonObjects JSON = new JsonObjects();

    private Replies() {
    }

    /** The headers of every answer, page, file or API. */
    static void secure(Headers h) {
        h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        // refusals and errors too: an answer of another moment (a 403, a 404) is not kept for the next request
        h.set("Cache-Control", "no-store");
    }

    static final String JSON_TYPE = "application/json; charset=utf-8";

    /** {@code body} as JSON with status {@code status} (only the headers, for HEAD). */
    static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, JSON_TYPE, bytes(body));
    }

    /** {@code body} as the UTF-8 bytes of its JSON. */
    static byte[] bytes(Object body) {
        return JSON.write(body).getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** An error object: {@code {schema, error: {kind, message}, exit, status}}. */
    static Map<String, Object> error(String kind, String message, int exit, int status) {
        Map<String, Object> m = JsonObjects.object();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("kind", kind);
        error.put("message", message);
        m.put("error", error);
        m.put("exit", exit);
        m.put("status", status);
        return m;
    }

    static void error(HttpExchange ex, int status, String kind, String message, int exit) throws IOException {
        json(ex, status, error(kind, message, exit, status));
    }

    /**
     * The status of a failure the CLI would report with {@code e}'s exit code: 404 for an id the index does
     * not have ({@code notFound}), 400 for a bad query or value, 503 when the index cannot be read.
     */
    static int status(PassagesException e, boolean notFound) {
        return switch (e.kind()) {
            case USAGE -> notFound ? 404 : 400;
            case BAD_QUERY, INPUT -> 400;
            case NO_INDEX, INDEX_LOCKED, INDEX_DAMAGED, CLUSTER -> 503;
        };
    }

    static void failure(HttpExchange ex, PassagesException e, boolean notFound) throws IOException {
        int status = status(e, notFound);
        error(ex, status, JsonObjects.kind(e), e.getMessage(), JsonObjects.exitCode(e));
    }
}
