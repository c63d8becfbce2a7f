package dev.passages.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from the corpus: its id (path relative to the corpus root, without
 * extension), the file it came from, header facts (the byline, when the file names its author, is
 * {@code null} otherwise) and its body paragraphs in order.
 */
public record Article(
        String id,
        String file,
        String title,
        LocalDate date,
        String source,
        String url,
        String byline,
        List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article whose file names no author. */
    public Article(String id, String file, String title, LocalDate date, String source, String url,
                   List<String> paragraphs) {
        this(id, file, title, date, source, url, null, paragraphs);
    }
}
