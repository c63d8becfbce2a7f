package dev.passages.search;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as the index holds it: its id, metadata and paragraphs (each a {@link Hit} whose rank is its
 * paragraph number, without score or highlights), and how many paragraphs the whole article has; {@code paragraphs}
 * may be a window of them.
 */
public record ArticleView(String article, String title, LocalDate date, String source, String url, String byline,
                          int paragraphCount, List<Hit> paragraphs) {

    public ArticleView {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs numbered {@code first} to {@code last}, both included. */
    public ArticleView window(int first, int last) {
        return new ArticleView(article, title, date, source, url, byline, paragraphCount,
                paragraphs.stream().filter(p -> p.paragraph() >= first && p.paragraph() <= last).toList());
    }
}
