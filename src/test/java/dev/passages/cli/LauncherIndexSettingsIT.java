package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM settings the launcher gives {@code index}: C1 alone for a small corpus; with no folder named, the index's
 * size stands for the sources it records, so that refreshing a large index is not run as a small corpus (whose heap
 * is capped). A {@code java} first on the path writes down the options it is given and runs nothing.
 */
class LauncherIndexSettingsIT {

    @TempDir
    Path home;

    private List<String> javaOptions(String... args) throws IOException, InterruptedException {
        Files.copy(Path.of("passages"), home.resolve("passages"), StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target").resolve("passages.jar"), "not read");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path log = home.resolve("java-args");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + log + "'\n");
        bin.resolve("java").toFile().setExecutable(true);
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = home.resolve("passages").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder b = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        b.environment().put("PASSAGES_DAEMON", "0");
        b.environment().remove("PASSAGES_INDEX");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Files.readAllLines(log);
    }

    private static void padded(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve(".padding").toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    @Test
    void aSmallCorpusNamedOrAnIndexOfOneRefreshedRunsWithC1Alone() throws Exception {
        padded(home.resolve("news"), 1 << 20);
        padded(home.resolve("small-index"), 1 << 20);
        assertThat(javaOptions("index", "news", "--index", "idx")).contains("-XX:TieredStopAtLevel=1");
        assertThat(javaOptions("index", "--index", "small-index")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void refreshingALargeIndexWithNoFolderNamedIsNotRunAsASmallCorpus() throws Exception {
        padded(home.resolve("large-index"), 70L << 20);
        padded(home.resolve("corpus"), 1 << 20);
        List<String> options = javaOptions("index", "--index", "large-index");
        assertThat(options).doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx1g");
        assertThat(javaOptions("index", "--index=large-index", "--rebuild")).doesNotContain("-XX:TieredStopAtLevel=1");
    }
}
