package dev.passages.search;

import java.util.Locale;

/**
 * Which side of the index ranks a search: BM25 over the words, the paragraph vectors (nearest in meaning to the
 * query), or both fused. Without a choice, hybrid where the index keeps vectors and BM25 elsewhere.
 */
public enum SearchMode {
    BM25, SEMANTIC, HYBRID;

    /** The mode's name as options and JSON spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
