package dev.passages.index;

import dev.passages.DaemonThreads;
import dev.passages.attribution.Attributor;

import java.util.List;

/**
 * Readies attribution on a spare core while a run opens its index: its classes and word lists are loaded before
 * the first article needs them, instead of by the indexing threads, one of which would wait for the other.
 */
final class AttributionWarmUp {

    /** A short made-up article with a quotation, cues, a person with a post, an organisation and a pronoun. */
    static final List<String> SAMPLE = List.of(
            "LISBON, May 4 - \"We will not sell,\" said Ana Costa, the chairwoman of the Harbour Council, on Monday.",
            "She told reporters the plan would go ahead, according to officials. \"It is done,\" the council said.");

    private AttributionWarmUp() {
    }

    /** Starts attributing the sample on a thread of its own; does nothing without an attributor. */
    static void start(Attributor attributor) {
        if (attributor == null) {
            return;
        }
        DaemonThreads.named("passages-attribution-warmup").newThread(() -> {
            try {
                attributor.attribute(SAMPLE);
            } catch (RuntimeException e) {
                // the run attributes its own articles, and reports what fails there
            }
        }).start();
    }
}
