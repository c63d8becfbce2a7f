package dev.passages.daemon;

import dev.passages.TestCorpus;
import dev.passages.cli.DaemonCommandRunner;
import dev.passages.cli.ExitCodes;
import dev.passages.search.PassageSearcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** A command line run in this JVM from a folder, with PASSAGES_HOME set, as the launcher runs one without the daemon. */
record LocalRun(int code, String out, String err) {

    /** The command line the tests' daemons run their clients' commands with. */
    static final CommandRunner COMMANDS = new DaemonCommandRunner();

    /** Runs {@code args} from {@code cwd}, with {@code home} as PASSAGES_HOME, each index opened for the command alone. */
    static LocalRun from(Path home, Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = COMMANDS.run(new Request(cwd, false, Map.of("PASSAGES_HOME", home.toString()), args),
                new PrintWriter(out), new PrintWriter(err), PassageSearcher::new, () -> false);
        return new LocalRun(code, out.toString(), err.toString());
    }

    /** Copies the first {@code n} articles into {@code home}/corpus and indexes them into {@code home}/idx, from {@code home}. */
    static void indexFirstArticles(Path home, int n) throws IOException {
        TestCorpus.copyFirst(n, home.resolve("corpus"));
        LocalRun built = from(home, home, "index", "corpus", "--index", "idx", "-q");
        if (built.code() != ExitCodes.OK) {
            throw new AssertionError("indexing failed: " + built.err());
        }
    }
}
