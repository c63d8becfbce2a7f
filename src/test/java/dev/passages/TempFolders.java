package dev.passages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a temporary folder that a test fixture made itself, outside JUnit's {@code @TempDir}. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes {@code folder} and everything below it. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
