package dev.passages.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of every command that prints results. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (one object), jsonl (one object per line) or tsv.")
    OutputFormat format;
}
