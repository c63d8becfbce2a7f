package dev.passages.cli;

import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a command line runs in: the environment variables that set defaults ({@code PASSAGES_INDEX}
 * names the index; the launcher sets {@code PASSAGES_HOME} to the project folder so that
 * {@code corpus/} and {@code index/} are found from any working directory), the folder relative
 * paths are taken from, whether stdout is a terminal, and where searchers come from. In a normal run
 * these are the process's own; the query daemon runs each client's command in the client's.
 *
 * @param workingDir relative paths on the command line are resolved against it ({@code ""}: the process's)
 * @param searchers  opens the index a command searches (the daemon keeps them open between commands)
 * @param callerGone whether the caller no longer waits for the answer (the daemon's client went away): a
 *                   search running then stops, as when its time is up
 */
record Environment(Map<String, String> vars, Path workingDir, boolean terminal, Searchers searchers,
                   BooleanSupplier callerGone) {

    /** Opens a searcher over an index; the caller closes it. */
    interface Searchers {
        PassageSearcher open(Path index, Features features);
    }

    /** Variables only, in the process's folder, not on a terminal: what tests pass. */
    Environment(Map<String, String> vars) {
        this(vars, Path.of(""), false, PassageSearcher::new);
    }

    /** A caller that waits for the answer to the end. */
    Environment(Map<String, String> vars, Path workingDir, boolean terminal, Searchers searchers) {
        this(vars, workingDir, terminal, searchers, () -> false);
    }

    /**
     * This process's: relative paths taken from its folder (and named in messages as absolute paths,
     * as the daemon names them), a terminal when {@link System#console()} says so (stdin and stdout both).
     */
    static Environment system() {
        Console console = System.console();
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), console != null, PassageSearcher::new);
    }

    /** A path given on the command line or in a variable, taken from the working folder when relative. */
    Path resolve(String path) {
        return workingDir.resolve(path);
    }

    Path home() {
        String home = vars.get("PASSAGES_HOME");
        return home == null || home.isBlank() ? workingDir : resolve(home);
    }

    /** The index named by the environment, or null when only the built-in default applies. */
    Path indexFromEnv() {
        String index = vars.get("PASSAGES_INDEX");
        return index == null || index.isBlank() ? null : resolve(index);
    }

    /** The Solr node URLs named by the environment ({@code PASSAGES_SOLR}), or null. */
    String solrFromEnv() {
        String solr = vars.get(dev.passages.backend.SolrCluster.ENV);
        return solr == null || solr.isBlank() ? null : solr;
    }

    Path defaultIndex() {
        return home().resolve("index");
    }

    Path defaultCorpus() {
        return home().resolve("corpus");
    }

    /**
     * The width of the caller's terminal for text output: {@code COLUMNS} (the launcher sets it from the
     * terminal when stdout is one), or 0 (no wrapping) when the output is not a terminal or the width unknown.
     */
    int columns() {
        if (!terminal()) {
            return 0;
        }
        String v = vars.get("COLUMNS");
        try {
            int n = v == null ? 0 : Integer.parseInt(v.strip());
            return n >= TextWrap.MIN_WIDTH && n <= 10_000 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    boolean noColor() {
        String v = vars.get("NO_COLOR");
        return (v != null && !v.isEmpty()) || "dumb".equals(vars.get("TERM"));
    }
}
