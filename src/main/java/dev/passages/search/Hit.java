package dev.passages.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One ranked passage: where it comes from, its text, the spans of the text that matched the query
 * (character offsets, end exclusive) and its score (null when sorted by date).
 */
public record Hit(int rank, String id, String article, int paragraph, String title, String source, String url,
                  LocalDate date, Float score, String text, List<Span> highlights) {

    public Hit {
        highlights = List.copyOf(highlights);
    }

    /** A matched span of the text: {@code [start, end)}. */
    public record Span(int start, int end) {
    }
}
