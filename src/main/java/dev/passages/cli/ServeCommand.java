package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.search.Sanitize;
import dev.passages.serve.SearcherPool;
import dev.passages.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;

/** {@code passages serve}: the index as a web page and an HTTP JSON API, read-only, until stopped. */
@Command(name = "serve",
        description = {
            "Serve the index read-only as a web page (search, filters by speaker, outlet and date, a timeline,"
                + " passages, articles, speakers, CSV and JSONL export) and as an HTTP JSON API (docs/serve.md),"
                + " until stopped (Ctrl-C). Prints the URL to open on stdout; logs requests on stderr.",
            "",
            "Listens on 127.0.0.1 only unless told otherwise; to reach it from another machine, prefer an SSH tunnel"
                + " (ssh -L " + WebServer.DEFAULT_PORT + ":127.0.0.1:" + WebServer.DEFAULT_PORT + " HOST). The index is"
                + " opened once and reopened when it changes. With the default index and none built yet, indexes"
                + " corpus/ first, as search does. With --solr (or PASSAGES_SOLR), serves that SolrCloud collection.",
        },
        footer = {
            "  passages serve",
            "  passages serve --port 0",
            "  passages serve --index /data/news-index --port 9000",
            "  passages serve --solr http://node1:8983/solr --collection news",
        })
final class ServeCommand extends BaseCommand {

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + WebServer.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port, printed in the URL).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). One that is not a loopback address needs"
                + " --allow-remote.")
    String host;

    @Option(names = "--allow-remote", description = "Allow a --host that other machines can reach: anyone who reaches"
            + " it can read the whole index (there is no login).")
    boolean allowRemote;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        checkAddress(err);
        boolean quiet = common.quiet;
        java.util.function.Consumer<String> log = line -> {
            if (!quiet) {
                synchronized (err) {
                    err.println("passages serve: " + Sanitize.oneLine(line));
                    err.flush();
                }
            }
        };
        // the index opens before the port does: a missing or damaged one is an error, not a server that fails each request
        String what;
        SearcherPool pool;
        if (common.solrUrls(env) != null) {
            dev.passages.backend.SolrBackend solr = common.openSolr(env, dev.passages.search.Features.DEFAULT);
            what = solr.describe();
            pool = new ServedCluster(solr);
        } else {
            CommonOptions.IndexChoice choice = common.index(env);
            common.ensureIndex(env, choice, err);
            what = choice.path().toAbsolutePath().normalize().toString();
            pool = new ServedIndex(choice.path(), log);
        }
        AutoCloseable served = (AutoCloseable) pool;
        WebServer server;
        try {
            server = WebServer.start(host, port, pool, log);
        } catch (RuntimeException e) {
            closeQuietly(served);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(served);
            stopped.countDown();
        }, "passages-serve-stop"));
        out.println(server.url());
        out.flush();
        log.accept("serving " + what + " at " + server.url() + " (Ctrl-C stops)");
        stopped.await();
        return ExitCodes.OK;
    }

    /** Refuses a port out of range, a host that does not resolve, and a non-loopback host without --allow-remote. */
    private void checkAddress(PrintWriter err) {
        if (port < 0 || port > 65_535) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--port must be from 0 to 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--host: cannot resolve '" + host + "'");
        }
        if (!address.isLoopbackAddress()) {
            if (!allowRemote) {
                throw new PassagesException(PassagesException.Kind.USAGE, "--host " + host + " is not a loopback address:"
                        + " anyone who can reach it could read the whole index. Add --allow-remote to serve it anyway,"
                        + " or reach 127.0.0.1 through an SSH tunnel");
            }
            err.println("passages: warning: serving on " + Sanitize.oneLine(host) + ", which other machines may reach;"
                    + " there is no login, and anyone who reaches it can read the whole index");
        }
    }

    private static void closeQuietly(AutoCloseable served) {
        try {
            served.close();
        } catch (Exception ignored) {
            // stopping: nothing is left to do with an index that fails to close
        }
    }
}
