package dev.passages.cli;

/**
 * A command that parses a query against an index as it starts: {@link Prefetch} begins that work on a second
 * core while the first parses the command line.
 */
interface PrefetchedCommand {
}
