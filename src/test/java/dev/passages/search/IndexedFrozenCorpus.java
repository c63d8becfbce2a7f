package dev.passages.search;

import dev.passages.TempFolders;
import dev.passages.TestCorpus;
import dev.passages.index.Indexer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frozen corpus indexed once for a test class into a temporary folder, with one searcher open on it. */
final class IndexedFrozenCorpus implements BeforeAllCallback, AfterAllCallback {

    private Path index;
    private PassageSearcher searcher;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        index = Files.createTempDirectory("passages-index");
        new Indexer(index, true, w -> { }).run(TestCorpus.FROZEN);
        searcher = new PassageSearcher(index);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        searcher.close();
        TempFolders.delete(index);
    }

    PassageSearcher searcher() {
        return searcher;
    }
}
