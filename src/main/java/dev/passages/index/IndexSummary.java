package dev.passages.index;

import java.time.Duration;
import java.util.Locale;

/**
 * What one indexing run did, counted by file and by paragraph; {@code recordsSkipped} counts the records of files
 * read (a collection's malformed lines) that were skipped as unreadable.
 */
public record IndexSummary(
        int added,
        int updated,
        int removed,
        int unchanged,
        int skipped,
        long paragraphs,
        long paragraphsInIndex,
        int sourcesMissing,
        int recordsSkipped,
        Duration elapsed) {

    /** The one summary line printed at the end of a run. */
    public String line() {
        return String.format(Locale.ROOT,
                "indexed: %d added, %d updated, %d removed, %d unchanged, %d skipped; %d paragraphs written, %d in index; %.1f s",
                added, updated, removed, unchanged, skipped, paragraphs, paragraphsInIndex, elapsed.toMillis() / 1000.0)
                + (sourcesMissing == 0 ? "" : String.format(Locale.ROOT, "; %d source folder%s missing (kept)",
                        sourcesMissing, sourcesMissing == 1 ? "" : "s"))
                + (recordsSkipped == 0 ? "" : String.format(Locale.ROOT, "; %d unreadable record%s skipped",
                        recordsSkipped, recordsSkipped == 1 ? "" : "s"));
    }
}
