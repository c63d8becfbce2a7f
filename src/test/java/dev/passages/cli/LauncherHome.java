package dev.passages.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh passages folder with its launcher for each test of a class that runs {@code ./passages}; closed after it. */
abstract class LauncherHome {

    @TempDir
    Path dir;
    LauncherHarness launcher;

    @BeforeEach
    void makeHome() throws Exception {
        launcher = new LauncherHarness(Files.createDirectories(dir.resolve("home")));
    }

    @AfterEach
    void closeHome() throws Exception {
        launcher.close();
    }
}
