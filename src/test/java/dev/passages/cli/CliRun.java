package dev.passages.cli;

import dev.passages.TestCorpus;
import dev.passages.search.PassageSearcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** A command line run in this JVM as the launcher would run it, with PASSAGES_HOME set: its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    /** Runs a command line in this JVM in {@code env}, capturing what it prints. */
    static CliRun with(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs a command line in this JVM with {@code home} as PASSAGES_HOME. */
    static CliRun in(Path home, String... args) {
        return with(new Environment(Map.of("PASSAGES_HOME", home.toString())), args);
    }

    /** Runs a command line in this JVM from the folder {@code home}, which is also PASSAGES_HOME. */
    static CliRun from(Path home, String... args) {
        return with(new Environment(Map.of("PASSAGES_HOME", home.toString()), home, false, PassageSearcher::new), args);
    }

    /** Copies the first {@code n} articles into {@code home}/corpus and indexes them into {@code home}/idx, from {@code home}. */
    static void indexFirstArticles(Path home, int n) throws java.io.IOException {
        TestCorpus.copyFirst(n, home.resolve("corpus"));
        CliRun built = from(home, "index", "corpus", "--index", "idx", "-q");
        if (built.code() != ExitCodes.OK) {
            throw new AssertionError("indexing failed: " + built.err());
        }
    }

    /** Indexes the repository's small corpus/ into {@code home}/idx, as a command line would; the index's path. */
    static String indexedCorpus(Path home) {
        String index = home.resolve("idx").toString();
        CliRun run = in(home, "index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--index", index);
        if (run.code() != ExitCodes.OK) {
            throw new AssertionError("indexing corpus/ failed: " + run.err());
        }
        return index;
    }
}
