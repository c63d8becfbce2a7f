package dev.passages.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from the corpus: its id (path relative to the corpus root, without
 * extension), the file it came from, header facts and its body paragraphs in order.
 */
public record Article(
        String id,
        String file,
        String title,
        LocalDate date,
        String source,
        String url,
        List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }
}
