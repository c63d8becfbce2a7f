package dev.passages.search;

import dev.passages.ClassFolderFixture;
import dev.passages.index.Indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented articles for search tests, indexed once for a test class: each written as a text file with a header
 * into a temporary corpus folder, indexed with speakers beside it, and searched there.
 */
final class InventedArticles extends ClassFolderFixture {

    private record Article(String name, String title, List<String> paragraphs) {
    }

    private final List<Article> articles = new ArrayList<>();
    private Path folder;

    /** Adds {@code name}: a header with {@code title}, one date and one source, then the paragraphs. */
    InventedArticles with(String name, String title, String... paragraphs) {
        articles.add(new Article(name, title, List.of(paragraphs)));
        return this;
    }

    @Override
    protected void setUp(Path folder) throws IOException {
        this.folder = folder;
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        for (Article a : articles) {
            Files.writeString(corpus.resolve(a.name()), "Title: " + a.title() + "\nDate: 2023-11-20\nSource: Daily Sample"
                    + "\n\n" + String.join("\n\n", a.paragraphs()) + "\n");
        }
        new Indexer(folder.resolve("index"), true, w -> { }).run(corpus);
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
