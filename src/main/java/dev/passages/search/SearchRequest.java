package dev.passages.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search: query text in Lucene's classic syntax (may be empty when filters alone select),
 * filters, order, how many hits to return, and whether near-duplicate reports are shown each
 * ({@code allCopies}) or folded into the best of their group.
 */
public record SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort,
                            int limit, boolean allCopies) {

    public SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort, int limit) {
        this(query, speakers, from, to, sort, limit, false);
    }

    public SearchRequest {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        query = query == null ? "" : query.strip();
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 10);
    }

    public boolean hasQueryText() {
        return !query.isEmpty();
    }
}
