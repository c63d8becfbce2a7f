package dev.passages.cli;

import dev.passages.search.Sanitize;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** Options every command shares: how much to say on stderr. */
class MessageOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print no warnings or progress on stderr; errors still show.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** Says {@code message} on {@code err} as one warning line, unless --quiet. */
    void warn(PrintWriter err, String message) {
        if (!quiet) {
            err.println("passages: warning: " + Sanitize.oneLine(message));
            err.flush();
        }
    }
}
