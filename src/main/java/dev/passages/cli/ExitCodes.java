package dev.passages.cli;

import dev.passages.PassagesException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every exit code of passages, in one place; listed in each command's --help. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int NO_HITS = 1;
    public static final int USAGE = 2;
    public static final int SKIPPED = 3;
    public static final int INTERNAL = 4;
    public static final int CLUSTER = 5;

    /** The list shown under "Exit codes:" in every command's --help. */
    public static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(" " + OK, "hits found / work done");
        list.put(" " + NO_HITS, "no hits");
        list.put(" " + USAGE, "usage error, bad query, missing, locked or damaged index, an index folder refused, no space"
                + " left, output that cannot be written (the message says what to run)");
        list.put(" " + SKIPPED, "indexing (or attribute) finished but skipped some files or unreadable records of them (a"
                + " collection's malformed lines), or kept what was indexed from a folder, link or source it could not read"
                + " (each named in a warning); parse: anything warned about");
        list.put(" " + INTERNAL, "unexpected internal error (run again with --debug for the stack trace), or out of memory"
                + " (PASSAGES_HEAP=4g gives the next run 4 GB)");
        list.put(" " + CLUSTER, "the Solr cluster (--solr) is unreachable, lacks the collection, the plugin jar or this"
                + " passages' configset, or failed a request (the message says what to fix)");
        return list;
    }

    private ExitCodes() {
    }

    public static int of(PassagesException.Kind kind) {
        return switch (kind) {
            case USAGE, BAD_QUERY, NO_INDEX, INDEX_LOCKED, INDEX_DAMAGED, INPUT -> USAGE;
            case CLUSTER -> CLUSTER;
        };
    }
}
