package dev.passages.search;

import dev.passages.ClassFolderFixture;
import dev.passages.TestCorpus;
import dev.passages.index.Indexer;

import java.io.IOException;
import java.nio.file.Path;

/** The frozen corpus indexed once for a test class into a temporary folder, with one searcher open on it. */
final class IndexedFrozenCorpus extends ClassFolderFixture {

    private PassageSearcher searcher;
    private Path index;

    @Override
    protected void setUp(Path index) {
        new Indexer(index, true, w -> { }).run(TestCorpus.FROZEN);
        this.index = index;
        searcher = new PassageSearcher(index);
    }

    /** The index folder, for a searcher of other features than the default. */
    Path index() {
        return index;
    }

    @Override
    protected void tearDown() throws IOException {
        searcher.close();
    }

    PassageSearcher searcher() {
        return searcher;
    }
}
