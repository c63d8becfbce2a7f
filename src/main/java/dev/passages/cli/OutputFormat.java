package dev.passages.cli;

/** The output formats of commands that print results. */
enum OutputFormat {
    TEXT, JSON, JSONL, TSV
}
