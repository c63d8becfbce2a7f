package dev.passages.search;

import dev.passages.ClassFolderFixture;
import dev.passages.TestCorpus;
import dev.passages.index.Indexer;

import java.io.IOException;
import java.nio.file.Path;

/** The frozen corpus indexed once for a test class into a temporary folder, with one searcher open on it. */
final class IndexedFrozenCorpus extends ClassFolderFixture {

    private PassageSearcher searcher;

    @Override
    protected void setUp(Path index) {
        new Indexer(index, true, w -> { }).run(TestCorpus.FROZEN);
        searcher = new PassageSearcher(index);
    }

    @Override
    protected void tearDown() throws IOException {
        searcher.close();
    }

    PassageSearcher searcher() {
        return searcher;
    }
}
