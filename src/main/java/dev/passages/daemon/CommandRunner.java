package dev.passages.daemon;

import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the daemon needs of the command line, handed to the {@link Server} as it starts: running a client's
 * command in the client's folder and variables, the index a command names, and searches to warm up on.
 */
public interface CommandRunner {

    /** Opens the index a command searches; the command closes what it opened. */
    interface Searchers {
        PassageSearcher open(Path index, Features features);
    }

    /**
     * Runs the command line of {@code request} as a local run would, with its output on {@code out} and
     * {@code err} and its indexes from {@code searchers}; returns its exit code.
     *
     * @param callerGone whether the client no longer waits for the answer: a search running then stops
     */
    int run(Request request, PrintWriter out, PrintWriter err, Searchers searchers, BooleanSupplier callerGone);

    /** The index the command line of {@code request} will most likely search. */
    Path indexNamed(Request request);

    /** The index a command line of {@code request}'s folder and variables searches when it names none. */
    Path defaultIndex(Request request);

    /**
     * Searches over {@code searcher}, their results written as the command line writes them (to nowhere),
     * until {@code queries} have run, {@code millis} have passed or {@code stop} says so; the number run.
     */
    int warmUp(PassageSearcher searcher, int queries, long millis, BooleanSupplier stop) throws IOException;
}
