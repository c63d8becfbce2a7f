package dev.passages.cli;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test's own PASSAGES_HOME, a fresh temporary folder, and command lines run in this JVM with it. */
abstract class HomeFixture {

    @TempDir
    Path home;

    CliRun run(String... args) {
        return CliRun.in(home, args);
    }
}
