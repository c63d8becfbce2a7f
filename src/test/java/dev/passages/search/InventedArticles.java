package dev.passages.search;

import dev.passages.index.Indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Invented articles for search tests: written as text files with a header under a folder, indexed beside them, and searched. */
record InventedArticles(Path folder) {

    /** Writes {@code corpus/name}: a header with {@code title}, one date and one source, then the paragraphs. */
    void write(String name, String title, String... paragraphs) throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve(name), "Title: " + title + "\nDate: 2023-11-20\nSource: Daily Sample"
                + "\n\n" + String.join("\n\n", paragraphs) + "\n");
    }

    /** Indexes the articles written so far, with speakers, into {@code index} beside {@code corpus}. */
    void index() {
        new Indexer(folder.resolve("index"), true, w -> { }).run(folder.resolve("corpus"));
    }

    /** The hits (up to 20, by relevance) of {@code query} said by any of {@code speakers}. */
    List<Hit> search(String query, String... speakers) {
        try (PassageSearcher s = new PassageSearcher(folder.resolve("index"))) {
            return s.search(new SearchRequest(query, List.of(speakers), null, null, SortOrder.RELEVANCE, 20)).hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first hit of {@code query}. */
    String first(String query) {
        return search(query).get(0).text();
    }
}
