package dev.passages.cli;

import dev.passages.PassagesException;

/** Refuses, in one line, the search options whose output a format cannot carry: none is silently ignored. */
final class OutputChecks {

    private OutputChecks() {
    }

    /**
     * A batch prints one JSON line per query: it refuses {@code --format tsv} and an explicit {@code --format text}.
     * Text output is for reading: it refuses {@code --fields}, which chooses the fields of json, jsonl and tsv.
     *
     * @param formatGiven whether {@code --format} was on the command line (text is only its default)
     */
    static void refuseUnsupported(boolean batch, OutputFormat format, boolean formatGiven, boolean fields) {
        refuseUnsupported(batch, format, formatGiven, fields, false, false);
    }

    /**
     * As above; and {@code --group article} prints articles in text, json and jsonl: it refuses tsv, {@code --batch}
     * and {@code --count}.
     */
    static void refuseUnsupported(boolean batch, OutputFormat format, boolean formatGiven, boolean fields,
                                  boolean group, boolean count) {
        if (group && (batch || count || format == OutputFormat.TSV)) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--group article prints text, json or jsonl"
                    + " for one query; it is not available with " + (batch ? "--batch" : count ? "--count" : "--format tsv"));
        }
        if (batch && (format == OutputFormat.TSV || (format == OutputFormat.TEXT && formatGiven))) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--batch prints one JSON line per query;"
                    + " --format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not available with it (leave --format out, or give json or jsonl)");
        }
        if (!batch && fields && format == OutputFormat.TEXT) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--fields chooses the fields of json, jsonl and tsv output; add --format json, jsonl or tsv");
        }
    }
}
