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

    /** @param hosts the {@code Host} values accepted, lower case ({@code 127.0.0.1:8765}); empty: any */
    Guard(Set<String> hosts) {
        this.hosts = hosts;
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
            Replies.error(ex, 405, "usage", "method " + method + " is not allowed; the server only reads (GET, HEAD)",
                    ExitCodes.USAGE);
            return;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || (!hosts.isEmpty() && !hosts.contains(host.toLowerCase(Locale.ROOT)))) {
            Replies.error(ex, 403, "usage", "host '" + host + "' is not the address this server listens on",
                    ExitCodes.USAGE);
            return;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            Replies.error(ex, 403, "usage", "requests from another site (origin '" + origin + "') are refused",
                    ExitCodes.USAGE);
            return;
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        // a link followed from another site opens the page; nothing else of another site's gets an answer
        if (site != null && site.equalsIgnoreCase("cross-site")
                && !"navigate".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Sec-Fetch-Mode"))) {
            Replies.error(ex, 403, "usage", "requests from another site are refused", ExitCodes.USAGE);
            return;
        }
        if (ex.getRequestURI().getRawPath().length() + String.valueOf(ex.getRequestURI().getRawQuery()).length()
                > MAX_TARGET_CHARS) {
            Replies.error(ex, 414, "usage", "request URL longer than " + MAX_TARGET_CHARS + " characters", ExitCodes.USAGE);
            return;
        }
        chain.doFilter(ex);
    }
}
