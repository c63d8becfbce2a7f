package dev.passages.cli;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures say what happened, in one line and with the right exit code: out of memory, a broken invariant, a damaged index, a search out of time. */
class TruthfulErrorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    static Path index;

    private static CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    @BeforeAll
    static void indexTheCorpus() {
        index = home.resolve("idx");
        assertThat(run("index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--index", index.toString()).code())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void outOfMemoryIsOneLineSayingHowToGiveMore() throws Exception {
        // an argument file of one 20-million-character word: picocli reads it whole, into a 16 MB heap
        Path big = home.resolve("big-argument");
        try (var w = Files.newBufferedWriter(big)) {
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'a');
            for (int i = 0; i < 20_000_000 / block.length; i++) {
                w.write(block);
            }
        }
        Path log = home.resolve("oom.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", shippedClassPath(), Main.class.getName(), "search", "@" + big, "--index", index.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(ExitCodes.INTERNAL);
        String output = Files.readString(log);
        assertThat(output.strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("passages: out of memory (").contains("PASSAGES_HEAP=4g"));
    }

    /**
     * The built jar, as users run it (integration tests run after {@code package}); the test class path, with
     * the jars of every test dependency, leaves too little of a 16 MB heap to the command itself.
     */
    private static String shippedClassPath() {
        Path jar = Path.of("target", "passages.jar");
        return Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
    }

    @Test
    void anyErrorIsOneLineAndExitFour() {
        for (Throwable t : List.of(new AssertionError("invariant broken"), new StackOverflowError(),
                new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")))) {
            StringWriter err = new StringWriter();
            assertThat(Main.failed(t, new PrintWriter(err), false)).isEqualTo(ExitCodes.INTERNAL);
            assertThat(err.toString().strip().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("passages: "));
        }
        StringWriter err = new StringWriter();
        Main.failed(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")), new PrintWriter(err), false);
        assertThat(err.toString()).startsWith("passages: out of memory (Java heap space;");
    }

    /** A copy of the index with the byte at {@code offset} of {@code file} inverted. */
    private static Path damagedCopy(Path file, int offset, int n) throws Exception {
        Path copy = home.resolve("damaged-" + n);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        byte[] bytes = Files.readAllBytes(copy.resolve(file.getFileName()));
        bytes[offset] ^= (byte) 0xFF;
        Files.write(copy.resolve(file.getFileName()), bytes);
        return copy;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSegmentDamagedUnderItsChecksumsIsReportedAsDamagedNeverAsAnInternalError() throws Exception {
        List<Path> segments;
        try (Stream<Path> files = Files.list(index)) {
            segments = files.filter(f -> f.toString().endsWith(".cfs")).sorted().toList();
        }
        assertThat(segments).isNotEmpty();
        int damagedWhileSearching = 0;
        int n = 0;
        List<String> failures = new ArrayList<>();
        for (Path segment : segments) {
            long size = Files.size(segment);
            for (long offset = 1000; offset < size - 100; offset += 1700) {
                Path copy = damagedCopy(segment, (int) offset, n++);
                for (String query : List.of("refugees", "*:*")) {
                    CliRun r = run("search", query, "--limit", "500", "--index", copy.toString(), "--format", "jsonl");
                    if (r.code() == ExitCodes.INTERNAL || r.err().contains("\tat ") || r.err().strip().lines().count() > 1) {
                        failures.add(segment.getFileName() + "@" + offset + " " + query + ": " + r.code() + " " + r.err());
                    }
                    if (r.code() == ExitCodes.USAGE && r.err().contains(" is damaged (")) {
                        assertThat(r.err()).contains("run: passages index --rebuild --index ");
                        damagedWhileSearching++;
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(damagedWhileSearching).isPositive();
    }

    @Test
    void aSearchOutOfTimeIsMarkedPartial() throws Exception {
        CliRun json = run("search", "refugees", "--index", index.toString(), "--format", "json", "--timeout", "0.000000001");
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.get("partial").asBoolean()).isTrue();
        assertThat(result.get("total_exact").asBoolean()).isFalse();
        CliRun text = run("search", "refugees", "--index", index.toString(), "--timeout", "0.000000001");
        assertThat(text.err()).contains("passages: search stopped at its time limit (--timeout)");
        CliRun plenty = run("search", "refugees", "--index", index.toString(), "--format", "json");
        assertThat(JSON.readTree(plenty.out()).get("partial").asBoolean()).isFalse();
        CliRun batch = run("search", "--batch", write("refugees\n"), "--index", index.toString(), "--timeout", "0.000000001");
        assertThat(JSON.readTree(batch.out()).get("partial").asBoolean()).isTrue();
        CliRun bad = run("search", "refugees", "--index", index.toString(), "--timeout", "-1");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).startsWith("passages: --timeout must be");
    }

    private static String write(String text) throws Exception {
        Path f = Files.createTempFile(home, "batch", ".txt");
        Files.writeString(f, text);
        return f.toString();
    }
}
