package dev.passages.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built jar says its version, from the project's, and the Lucene it runs on. */
class VersionJarIT {

    @Test
    void theJarPrintsTheProjectVersion() throws Exception {
        Path jar = JvmHarness.jar();
        assertThat(jar).as("the built jar (mvn package runs before the integration tests)").isNotNull();
        Process p = new ProcessBuilder(List.of("java", "-jar", jar.toString(), "--version")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        assertThat(out).matches("passages \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, Lucene 9\\.12\\.3");
    }
}
