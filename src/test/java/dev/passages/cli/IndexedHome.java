package dev.passages.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
