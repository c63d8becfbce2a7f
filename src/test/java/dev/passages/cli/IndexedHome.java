package dev.passages.cli;

import dev.passages.TempFolders;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frozen corpus indexed once for a test class, in a temporary PASSAGES_HOME, and command lines run there. */
final class IndexedHome implements BeforeAllCallback, AfterAllCallback {

    private Path home;
    private String index;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("passages-home");
        index = CliRun.indexedCorpus(home);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        TempFolders.delete(home);
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
