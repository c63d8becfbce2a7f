package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JIT directives the launcher gives {@code parse} and {@code index} on a large corpus are read by the JVM,
 * and HotSpot's notice of them never reaches stdout (results) or stderr (warnings).
 */
class LauncherCompilerDirectivesIT {

    private static final Path DIRECTIVES = Path.of("src", "main", "jvm", "compiler-directives.json");

    @TempDir
    Path home;

    @Test
    void theJvmReadsTheDirectivesFile() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + DIRECTIVES.toAbsolutePath(), "-version")
                .redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(out).isZero();
        assertThat(out).contains("2 compiler directives added");
    }

    @Test
    void parseOfALargeCorpusPrintsOnlyItsArticles() throws Exception {
        LauncherHarness launcher = new LauncherHarness(home);
        Path jvm = Files.createDirectories(home.resolve("src").resolve("main").resolve("jvm"));
        Path copy = Files.copy(DIRECTIVES, jvm.resolve("compiler-directives.json"), StandardCopyOption.REPLACE_EXISTING);
        // older than the jar, so that the launcher does not take it for a changed source to build
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(launcher.jar).toMillis() - 60_000);
        Files.setLastModifiedTime(copy, old);
        Files.setLastModifiedTime(jvm, old);
        Files.setLastModifiedTime(jvm.getParent(), old);
        Files.setLastModifiedTime(jvm.getParent().getParent(), old);
        Path corpus = Files.createDirectories(home.resolve("pages"));
        Files.writeString(corpus.resolve("bridge.html"), "<html><head><title>Bridge reopens | Daily Sample</title></head>"
                + "<body><article><p>The bridge over the river reopened on Monday, after two years of repairs that cost"
                + " more than the council had planned, officials said.</p></article></body></html>");
        // a hidden file, passed over by the walk but counted in the corpus size: the launcher sees a large corpus
        try (RandomAccessFile big = new RandomAccessFile(corpus.resolve(".padding").toFile(), "rw")) {
            big.setLength(70L << 20);
        }

        LauncherHarness.Result parsed = launcher.run(Map.of("PASSAGES_DAEMON", "0"), home, 120,
                "parse", corpus.toString(), "--format", "jsonl");

        assertThat(parsed.code()).as(parsed.err()).isZero();
        List<String> lines = parsed.out().lines().toList();
        assertThat(lines).singleElement().asString().startsWith("{\"schema\":").contains("Bridge reopens");
        assertThat(parsed.err()).isEmpty();
    }
}
