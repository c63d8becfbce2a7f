package dev.passages.search;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first (BM25 score). */
    RELEVANCE,
    /** Newest article first, then paragraph order. */
    DATE,
    /** Oldest article first, then paragraph order: a timeline. */
    CHRONOLOGICAL
}
