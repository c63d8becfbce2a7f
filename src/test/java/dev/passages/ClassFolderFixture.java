package dev.passages;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fixture a test class registers ({@code @RegisterExtension static}) that lives in a temporary folder of its own:
 * made and set up before the class's tests, torn down and deleted after them.
 */
public abstract class ClassFolderFixture implements BeforeAllCallback, AfterAllCallback {

    private Path folder;

    @Override
    public final void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("passages-test");
        setUp(folder);
    }

    @Override
    public final void afterAll(ExtensionContext context) throws IOException {
        try {
            tearDown();
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Fills {@code folder}, new and empty, with what the tests read. */
    protected abstract void setUp(Path folder) throws IOException;

    /** Closes what {@link #setUp} opened, before its folder is deleted. */
    protected void tearDown() throws IOException {
    }
}
