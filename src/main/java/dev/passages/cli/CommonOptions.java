package dev.passages.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the index is, and how much to say on stderr. */
final class CommonOptions {

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: $PASSAGES_INDEX, else index/ in the passages folder).")
    Path index;

    @Option(names = {"-q", "--quiet"}, description = "Print no warnings or progress on stderr; errors still show.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** The index to use and whether the user chose it (an explicit index is never built implicitly). */
    record IndexChoice(Path path, boolean explicit) {
    }

    IndexChoice index(Environment env) {
        if (index != null) {
            return new IndexChoice(index, true);
        }
        Path fromEnv = env.indexFromEnv();
        return fromEnv != null ? new IndexChoice(fromEnv, true) : new IndexChoice(env.defaultIndex(), false);
    }
}
