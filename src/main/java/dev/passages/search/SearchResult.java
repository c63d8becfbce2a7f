package dev.passages.search;

import java.util.List;

/** The hits of one search, how many passages matched in all (exactly, or at least that many), and notes for the user (such as an unknown speaker). */
public record SearchResult(SearchRequest request, long total, boolean totalExact, List<Hit> hits, List<String> notes,
                           String suggestion) {

    public SearchResult {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }
}
