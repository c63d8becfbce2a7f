package dev.passages.cli;

import dev.passages.daemon.CommandRunner;
import dev.passages.daemon.Request;
import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** The command line as the query daemon runs it: each client's command in the client's own {@link Environment}. */
public final class DaemonCommandRunner implements CommandRunner {

    @Override
    public int run(Request request, PrintWriter out, PrintWriter err, Searchers searchers, BooleanSupplier callerGone) {
        return Main.run(request.args(), out, err,
                new Environment(request.vars(), request.cwd(), request.terminal(), searchers::open, callerGone));
    }

    @Override
    public Path indexNamed(Request request) {
        return Prefetch.indexNamed(request.args(), environment(request));
    }

    @Override
    public Path defaultIndex(Request request) {
        return environment(request).defaultIndex();
    }

    @Override
    public int warmUp(PassageSearcher searcher, int queries, long millis, BooleanSupplier stop) throws IOException {
        return WarmupCommand.exercise(searcher, queries, millis, stop);
    }

    private static Environment environment(Request request) {
        return new Environment(request.vars(), request.cwd(), request.terminal(), PassageSearcher::new);
    }
}
