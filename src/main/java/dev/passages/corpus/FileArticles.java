package dev.passages.corpus;

import java.util.List;

/**
 * The articles read from one file, and how many of its records were skipped as unreadable (each with a
 * warning naming it), such as the malformed lines of a JSON Lines collection.
 */
public record FileArticles(List<Article> articles, int recordsSkipped) {

    public FileArticles {
        articles = List.copyOf(articles);
    }

    /** The articles of a file read whole, nothing skipped. */
    static FileArticles whole(List<Article> articles) {
        return new FileArticles(articles, 0);
    }
}
