package dev.passages.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Invented articles for search tests: written as text files with a header, and searched in an index of them. */
final class InventedArticles {

    private InventedArticles() {
    }

    /** Writes {@code corpus/name}: a header with {@code title}, one date and one source, then the paragraphs. */
    static void write(Path corpus, String name, String title, String... paragraphs) throws IOException {
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve(name), "Title: " + title + "\nDate: 2023-11-20\nSource: Daily Sample"
                + "\n\n" + String.join("\n\n", paragraphs) + "\n");
    }

    /** The hits (up to 20, by relevance) of {@code query} said by any of {@code speakers} in the index at {@code index}. */
    static List<Hit> search(Path index, String query, String... speakers) {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.search(new SearchRequest(query, List.of(speakers), null, null, SortOrder.RELEVANCE, 20)).hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
