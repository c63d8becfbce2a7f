package dev.passages.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.passages.cli.ExitCodes;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Stands before every handler: sets the security headers, answers only GET and HEAD (there is nothing to
 * change), and refuses with 403 a request whose {@code Host} is not a name the server was bound as (a page
 * of another site reaching it through a rebound DNS name) or whose {@code Origin} is another site's.
 */
final class Guard extends Filter {

    /** The longest request target accepted: the longest query the page builds is far shorter. */
    static final int MAX_TARGET_CHARS = 8192;

    private final Set<String> hosts;
    private final java.util.function.Consumer<String> log;

    /**
     * @param hosts the {@code Host} values accepted, lower case ({@code 127.0.0.1:8765}); empty: any
     * @param log   where refusals are told
     */
    Guard(Set<String> hosts, java.util.function.Consumer<String> log) {
        this.hosts = hosts;
        this.log = log;
    }

    private void refuse(HttpExchange ex, int status, String message) throws IOException {
        log.accept(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " " + status + " refused: " + message);
        Replies.error(ex, status, "usage", message, ExitCodes.USAGE);
    }

    @Override
    public String description() {
        return "method, Host and Origin checks; security headers";
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        Replies.secure(ex.getResponseHeaders());
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            refuse(ex, 405, "method " + method + " is not allowed; the server only reads (GET, HEAD)");
            return;
        }
        java.util.List<String> hostHeaders = ex.getRequestHeaders().get("Host");
        if (hostHeaders != null && hostHeaders.size() > 1 || ex.getRequestURI().getHost() != null) {
            // two Host headers, or a request line that names a host of its own: which host is meant is not one answer
            refuse(ex, 400, "a request names one host, in one Host header");
            return;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || (!hosts.isEmpty() && !hosts.contains(host.toLowerCase(Locale.ROOT)))) {
            refuse(ex, 403, "host '" + host + "' is not the address this server listens on");
            return;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            refuse(ex, 403, "requests from another site (origin '" + origin + "') are refused");
            return;
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        // a link followed from another site opens the page; nothing else of another site's gets an answer
        if (site != null && site.equalsIgnoreCase("cross-site")
                && !"navigate".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Sec-Fetch-Mode"))) {
            refuse(ex, 403, "requests from another site are refused");
            return;
        }
        if (ex.getRequestURI().getRawPath().length() + String.valueOf(ex.getRequestURI().getRawQuery()).length()
                > MAX_TARGET_CHARS) {
            refuse(ex, 414, "request URL longer than " + MAX_TARGET_CHARS + " characters");
            return;
        }
        chain.doFilter(ex);
    }
}
