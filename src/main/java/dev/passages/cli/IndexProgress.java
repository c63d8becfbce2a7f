package dev.passages.cli;

import java.util.Locale;

/** The words an index run says about its vectors: the embedding rate and time left as it goes, the counts at the end. */
final class IndexProgress {

    private IndexProgress() {
    }

    /**
     * {@code , 1200 embedded (210/s), about 3m10s left} while paragraphs are being embedded, else empty. The time
     * left is the files left at the rate files were done so far: embedding dominates such a run.
     */
    static String embedding(long embedded, long filesDone, long filesTotal, double seconds) {
        if (embedded == 0) {
            return "";
        }
        String rate = String.format(Locale.ROOT, ", %d embedded (%.0f/s)", embedded, embedded / Math.max(seconds, 0.001));
        if (filesDone == 0 || filesDone >= filesTotal) {
            return rate;
        }
        long left = Math.round(seconds * (filesTotal - filesDone) / filesDone);
        return rate + ", about " + (left >= 60 ? left / 60 + "m" + String.format(Locale.ROOT, "%02ds", left % 60) : left + "s")
                + " left";
    }

    /** The run's vector counts as one line, or null when it wrote no vectors. */
    static String vectors(dev.passages.index.ParagraphVectors.Counts counts) {
        if (counts == null) {
            return null;
        }
        return "vectors: " + counts.embedded() + " paragraphs embedded, " + counts.kept() + " reused (same text as one embedded before)"
                + (counts.resumed() > 0 ? ", " + counts.resumed() + " taken from an interrupted run" : "");
    }
}
