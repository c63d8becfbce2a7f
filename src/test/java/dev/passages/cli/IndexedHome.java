package dev.passages.cli;

import dev.passages.ClassFolderFixture;

import java.nio.file.Path;

/** The frozen corpus indexed once for a test class, in a temporary PASSAGES_HOME, and command lines run there. */
final class IndexedHome extends ClassFolderFixture {

    private Path home;
    private String index;

    @Override
    protected void setUp(Path folder) {
        home = folder;
        index = CliRun.indexedCorpus(home);
    }

    /** The PASSAGES_HOME folder, for files a test writes beside the index. */
    Path home() {
        return home;
    }

    /** The index's path, to pass as --index. */
    String index() {
        return index;
    }

    CliRun run(String... args) {
        return CliRun.in(home, args);
    }
}
