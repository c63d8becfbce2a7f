package dev.passages.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.passages.PassagesException;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The web server of {@code passages serve}: the JDK's HTTP server on one address, the page at {@code /}
 * and the API at {@code /api/}, behind the {@link Guard}; requests answered by a bounded pool of threads.
 */
public final class WebServer implements AutoCloseable {

    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8765;
    /** Requests answered at once, and waiting beyond those (more wait in the listen backlog). */
    static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    static final int QUEUE = 64;

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final String hostForUrl;

    private WebServer(HttpServer server, ThreadPoolExecutor pool, String hostForUrl) {
        this.server = server;
        this.pool = pool;
        this.hostForUrl = hostForUrl;
    }

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** The JDK server's bound, in seconds, on reading one request (the rest of its headers). */
    private static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    /**
     * Listens on {@code host}:{@code port} (0: a free port) and serves the index of {@code searchers}.
     * A port in use, or a host that is no address of this machine, is a usage error naming it.
     */
    public static WebServer start(String host, int port, SearcherPool searchers, Consumer<String> log) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--host: cannot resolve '" + host + "'");
        }
        // the JDK's server writes a reply's headers and body apart; with Nagle's algorithm on, the body waited
        // for the client's delayed acknowledgement of the headers, 40 ms on Linux, on every keep-alive request.
        // Read once, when the server's classes load: set before the first server is made.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        // a connection that sends part of a request and stops holds one of the few threads while the JDK's server
        // waits for the rest, without end by default: four such connections left no thread to answer anyone
        if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
            System.setProperty(MAX_REQUEST_SECONDS, "5");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 128);
        } catch (BindException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "cannot listen on " + host + ":" + port + " ("
                    + e.getMessage() + "); is another server using the port? Choose another with --port N (0: any free one)");
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "cannot listen on " + host + ":" + port + " ("
                    + e.getMessage() + ")");
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "passages-serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        int bound = server.getAddress().getPort();
        Guard guard = new Guard(hostNames(address, bound), log);
        HttpContext api = server.createContext("/api/", new Api(searchers, log));
        api.getFilters().add(guard);
        HttpContext page = server.createContext("/", new StaticFiles());
        page.getFilters().add(guard);
        server.start();
        String shown = address.isAnyLocalAddress() ? "127.0.0.1"
                : address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        if (address.isLoopbackAddress() && !host.contains(":") && !Character.isDigit(host.charAt(0))) {
            shown = host.toLowerCase(Locale.ROOT);
        }
        return new WebServer(server, pool, shown);
    }

    /**
     * The {@code Host} values a request may carry: for a loopback address, that address and {@code localhost}
     * with the port; for another, the address as given with the port; for every address (0.0.0.0), any.
     */
    static Set<String> hostNames(InetAddress address, int port) {
        Set<String> names = new LinkedHashSet<>();
        if (address.isAnyLocalAddress()) {
            return names;
        }
        String ip = address.getHostAddress().toLowerCase(Locale.ROOT);
        names.add((ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port);
        if (address.isLoopbackAddress()) {
            names.add("localhost:" + port);
            names.add((address instanceof java.net.Inet6Address ? "[::1]:" : "127.0.0.1:") + port);
        } else if (!address.getHostName().equals(address.getHostAddress())) {
            names.add(address.getHostName().toLowerCase(Locale.ROOT) + ":" + port);
        }
        if (port == 80) {
            Set<String> bare = new LinkedHashSet<>();
            names.forEach(h -> bare.add(h.substring(0, h.lastIndexOf(':'))));
            names.addAll(bare);
        }
        return names;
    }

    /** The port listened on (the one chosen, with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to open in a browser. */
    public String url() {
        return "http://" + hostForUrl + ":" + port() + "/";
    }

    /** Stops listening, lets requests under way finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
    }
}
