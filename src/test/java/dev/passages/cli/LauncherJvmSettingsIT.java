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
 * The JVM settings the launcher chooses: for {@code index}, C1 alone for a small corpus, and with no folder named the
 * index's size standing for the sources it records, so that refreshing a large index is not run as a small corpus
 * (whose heap is capped); a UTF-8 locale under a caller's that is not, so that file names keep their letters. A
 * {@code java} first on the path writes down the options and the locale it is given and runs nothing.
 */
class LauncherJvmSettingsIT {

    @TempDir
    Path home;

    private List<String> javaOptions(String... args) throws IOException, InterruptedException {
        return javaOptions(java.util.Map.of(), args);
    }

    private List<String> javaOptions(java.util.Map<String, String> vars, String... args) throws IOException, InterruptedException {
        Files.copy(Path.of("passages"), home.resolve("passages"), StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target").resolve("passages.jar"), "not read");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path log = home.resolve("java-args");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" \"LC_ALL=$LC_ALL\" > '" + log + "'\n");
        bin.resolve("java").toFile().setExecutable(true);
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = home.resolve("passages").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder b = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        b.environment().put("PASSAGES_DAEMON", "0");
        b.environment().remove("PASSAGES_INDEX");
        b.environment().putAll(vars);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Files.readAllLines(log);
    }

    /** An index folder (its marker) of {@code bytes}. */
    private static void paddedIndex(Path folder, long bytes) throws IOException {
        padded(folder, bytes);
        Files.writeString(folder.resolve("passages-index.json"), "{\"passages-index\": 1}\n");
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
        paddedIndex(home.resolve("small-index"), 1 << 20);
        assertThat(javaOptions("index", "news", "--index", "idx")).contains("-XX:TieredStopAtLevel=1");
        assertThat(javaOptions("index", "--index", "small-index")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void refreshingALargeIndexWithNoFolderNamedIsNotRunAsASmallCorpus() throws Exception {
        paddedIndex(home.resolve("large-index"), 70L << 20);
        padded(home.resolve("corpus"), 1 << 20);
        List<String> options = javaOptions("index", "--index", "large-index");
        assertThat(options).doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx1g");
        assertThat(javaOptions("index", "--index=large-index", "--rebuild")).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aFirstRunWithNoFolderNamedIsSizedByTheCorpusNotByAnIndexFolderThatHoldsAReadmeAlone() throws Exception {
        padded(home.resolve("corpus"), 70L << 20);
        Files.createDirectories(home.resolve("index"));
        Files.writeString(home.resolve("index").resolve("README.md"), "The default index is written here.\n");
        assertThat(javaOptions("index")).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void underALocaleThatIsNotUtf8TheJvmRunsInAUtf8One() throws Exception {
        padded(home.resolve("news"), 1 << 10);
        java.util.Map<String, String> c = java.util.Map.of("LANG", "C", "LC_ALL", "C");
        Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String all = new String(locales.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assumptions.assumeTrue(all.lines().anyMatch(l -> l.equalsIgnoreCase("C.UTF-8")
                || l.equalsIgnoreCase("C.utf8")), "no C.UTF-8 locale on this machine");
        assertThat(javaOptions(c, "parse", "news")).contains("LC_ALL=C.UTF-8");
        // a UTF-8 locale of the caller's is left as it is
        assertThat(javaOptions(java.util.Map.of("LC_ALL", "C.utf8"), "parse", "news")).contains("LC_ALL=C.utf8");
    }

    @Test
    void launchersStartedTogetherBuildTheJarOnce() throws Exception {
        Files.copy(Path.of("passages"), home.resolve("passages"), StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createDirectories(home.resolve("src").resolve("main"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path builds = home.resolve("builds");
        // a Maven that takes a while and writes the jar; a java that runs nothing
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho build >> '" + builds + "'\nsleep 1\nmkdir -p target\n"
                + "echo jar > target/passages.jar\n");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho 'java said so' >&2\n");
        bin.resolve("mvn").toFile().setExecutable(true);
        bin.resolve("java").toFile().setExecutable(true);
        List<Process> launchers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder b = new ProcessBuilder("bash", home.resolve("passages").toString(), "parse", "x")
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(home.resolve("out" + i).toFile());
            b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            b.environment().put("PASSAGES_DAEMON", "0");
            launchers.add(b.start());
        }
        for (int i = 0; i < launchers.size(); i++) {
            assertThat(launchers.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(launchers.get(i).exitValue()).isZero();
            // the command's stderr still reaches the caller after a build
            assertThat(Files.readString(home.resolve("out" + i))).contains("java said so");
        }
        assertThat(Files.readAllLines(builds)).containsExactly("build");
        assertThat(home.resolve("target").resolve("passages.jar")).exists();
    }
}
