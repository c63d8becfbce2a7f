package dev.passages.search;

import java.util.List;

/** The hits of one search and how many passages matched in all. */
public record SearchResult(SearchRequest request, long total, List<Hit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
