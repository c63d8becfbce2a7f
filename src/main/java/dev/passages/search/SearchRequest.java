package dev.passages.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * One search: query text in Lucene's classic syntax (may be empty when filters alone select),
 * filters (with {@code withSpokespeople}, a speaker that is an organisation also stands for the people
 * articles give a post in it), order, how many hits to return after skipping the first {@code offset}, whether
 * near-duplicate reports are shown each ({@code allCopies}) or folded into the best of their group,
 * and which side ranks ({@code mode}; null for the index's default). The query text is kept stripped and in
 * NFC: every search, however it arrives, is parsed from here.
 */
public record SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort,
                            int limit, boolean allCopies, int offset, SearchMode mode, boolean withSpokespeople) {

    public SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort, int limit,
                         boolean allCopies, int offset, SearchMode mode) {
        this(query, speakers, from, to, sort, limit, allCopies, offset, mode, false);
    }

    public SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort, int limit,
                         boolean allCopies, int offset) {
        this(query, speakers, from, to, sort, limit, allCopies, offset, null);
    }

    public SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort, int limit,
                         boolean allCopies) {
        this(query, speakers, from, to, sort, limit, allCopies, 0);
    }

    public SearchRequest(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort, int limit) {
        this(query, speakers, from, to, sort, limit, false);
    }

    public SearchRequest {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        query = query == null ? "" : composed(query.strip());
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        offset = Math.max(0, offset);
    }

    /** The same search, skipping the first {@code n} hits. */
    public SearchRequest withOffset(int n) {
        return new SearchRequest(query, speakers, from, to, sort, limit, allCopies, n, mode, withSpokespeople);
    }

    /** The same search, returning {@code n} hits. */
    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, speakers, from, to, sort, n, allCopies, offset, mode, withSpokespeople);
    }

    /** The same search, ranked by {@code m} (null: the index's default). */
    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, speakers, from, to, sort, limit, allCopies, offset, m, withSpokespeople);
    }

    /** The same search, its organisations standing also for their affiliated people or not. */
    public SearchRequest withSpokespeople(boolean with) {
        return new SearchRequest(query, speakers, from, to, sort, limit, allCopies, offset, mode, with);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 10);
    }

    /** The request a result of {@code similar} reports: up to {@code limit} passages like paragraph {@code paragraphId}. */
    public static SearchRequest similarTo(String paragraphId, int limit) {
        return new SearchRequest("similar:" + paragraphId, List.of(), null, null, SortOrder.RELEVANCE, limit);
    }

    public boolean hasQueryText() {
        return !query.isEmpty();
    }

    /**
     * The query in Unicode's composed form (NFC), as the index holds article text: an accent typed or pasted as a
     * base letter and a combining mark then matches, and is parsed, like the one character.
     */
    private static String composed(String query) {
        return Normalizer.isNormalized(query, Normalizer.Form.NFC) ? query : Normalizer.normalize(query, Normalizer.Form.NFC);
    }
}
