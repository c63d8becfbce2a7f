package dev.passages.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much to say on stderr. */
class MessageOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print no warnings or progress on stderr; errors still show.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
