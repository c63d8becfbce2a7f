package dev.passages.search;

import java.util.List;

/**
 * The hits of one search, how many passages matched in all (exactly, or at least that many), notes for the
 * user (such as an unknown speaker), and whether the search ran out of time (or was cancelled) before it had
 * looked at every match: then the hits and the total are those of the matches it reached.
 */
public record SearchResult(SearchRequest request, long total, boolean totalExact, List<Hit> hits, List<String> notes,
                           String suggestion, boolean partial) {

    public SearchResult {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** A complete result. */
    public SearchResult(SearchRequest request, long total, boolean totalExact, List<Hit> hits, List<String> notes,
                        String suggestion) {
        this(request, total, totalExact, hits, notes, suggestion, false);
    }
}
