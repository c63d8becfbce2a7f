package dev.passages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frozen copy of the default corpus that tests read, so that editing {@code corpus/} changes no test. */
public final class TestCorpus {

    /** The articles of the default corpus as the tests' judgements and gold were made on them. */
    public static final Path FROZEN = Path.of("src/test/resources/corpus");

    private TestCorpus() {
    }

    /** Copies every article into {@code folder}, made if missing; the folder. */
    public static Path copyAll(Path folder) throws IOException {
        return copyFirst(Integer.MAX_VALUE, folder);
    }

    /** Copies the first {@code n} articles (in name order) into {@code folder}, made if missing; the folder. */
    public static Path copyFirst(int n, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var files = Files.list(FROZEN)) {
            for (Path p : files.sorted().limit(n).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        return folder;
    }
}
