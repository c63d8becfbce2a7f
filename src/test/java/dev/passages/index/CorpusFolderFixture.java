package dev.passages.index;

import dev.passages.TestFiles;
import dev.passages.search.Hit;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A test's corpus folder and index folder, side by side in a temporary folder, and the warnings its indexers give. */
abstract class CorpusFolderFixture {

    @TempDir
    Path tmp;
    Path corpus;
    Path index;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void makeCorpusFolder() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
    }

    /** Writes a file of the corpus ({@code name} relative to it), making its folders. */
    void write(String name, String text) throws IOException {
        write(corpus, name, text);
    }

    /** Writes a file of {@code folder} ({@code name} relative to it), making its folders. */
    static void write(Path folder, String name, String text) throws IOException {
        TestFiles.write(folder, name, text);
    }

    /** The sorted ids of every hit of {@code query} in the index, each near-duplicate on its own. */
    List<String> ids(String query) throws IOException {
        return ids(index, query);
    }

    /** The sorted ids of every hit of {@code query} in the index at {@code index}, each near-duplicate on its own. */
    static List<String> ids(Path index, String query) throws IOException {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.search(new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 500, true)).hits().stream()
                    .map(Hit::id).sorted().toList();
        }
    }
}
