package dev.passages.daemon;

import dev.passages.cli.ExitCodes;
import dev.passages.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon speaks the launcher's protocol, answers as a local run would, and refuses what it must. */
class DaemonIT {

    @TempDir
    Path home;
    Path state;
    ServedDaemon served;

    record Reply(String status, int code, String err, String out) {
    }

    @BeforeEach
    void start() throws Exception {
        LocalRun.indexFirstArticles(home, 6);
        state = home.resolve("target").resolve("daemon.port");
        served = new ServedDaemon(state, m -> { });
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
    }

    private Reply local(Path cwd, String... args) {
        LocalRun run = LocalRun.from(home, cwd, args);
        return new Reply("local", run.code(), run.err(), run.out());
    }

    /** The number of stdout frames of the last reply, and whether stderr came before any stdout. */
    private int frames;
    private boolean errFirst;

    /** What the launcher sends, byte for byte; {@code secret} null for the state file's. */
    private Reply ask(String secret, Path cwd, String... args) throws IOException {
        DaemonClient.Reply r = DaemonClient.ask(state, secret, cwd, List.of("PASSAGES_HOME=" + home, "NO_COLOR="), args);
        frames = r.frames();
        errFirst = r.errFirst();
        return new Reply(r.status(), r.code(), r.err(), r.out());
    }

    private static String line(InputStream in) throws IOException {
        return DaemonClient.line(in);
    }

    @Test
    void answersAsALocalRunWouldWithPathsTakenFromTheCallersFolder() throws Exception {
        Reply remote = ask(null, home, "search", "refugees", "--index", "idx", "--format", "json");
        Reply here = local(home, "search", "refugees", "--index", "idx", "--format", "json");
        assertThat(remote.status()).isEqualTo("ok");
        assertThat(remote.code()).isEqualTo(here.code()).isZero();
        assertThat(remote.out()).isEqualTo(here.out()).contains("\"hits\"");
        // asked again, from another folder, with the index named from there
        Reply again = ask(null, home.resolve("corpus"), "search", "refugees", "--index", "../idx", "--format", "json");
        assertThat(again.out()).isEqualTo(here.out());
    }

    @Test
    void aBatchFileIsReadByTheDaemonAndItsAnswersStreamInFrames() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] words = {"refugees", "Kakar", "border", "\"security forces\"", "Afghanistan", "said"};
        for (int i = 0; i < 2000; i++) {
            lines.add(i == 7 ? "title:(" : words[i % words.length]);
        }
        Files.write(home.resolve("corpus").resolve("queries.txt"), lines);
        Reply remote = ask(null, home.resolve("corpus"), "search", "--batch", "queries.txt", "--index", "../idx");
        Reply here = local(home.resolve("corpus"), "search", "--batch", "queries.txt", "--index", "../idx");
        assertThat(remote.status()).isEqualTo("ok");
        assertThat(remote.code()).isEqualTo(here.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(remote.out()).isEqualTo(here.out());
        assertThat(remote.out().lines()).hasSize(2000);
        // answers go out as they come, a few frames a second, not one per answer
        assertThat(frames).isBetween(1, 500);
    }

    @Test
    void errorsKeepTheirMessageAndExitCode() throws Exception {
        Reply bad = ask(null, home, "search", "title:(", "--index", "idx");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).startsWith("passages: cannot parse query").doesNotContain("\tat ");
        assertThat(bad.out()).isEmpty();
        Reply none = ask(null, home, "search", "zzzqqqxx", "--index", "idx");
        assertThat(none.code()).isEqualTo(ExitCodes.NO_HITS);
        // a note comes before the results, in the order written, as from a local run
        Reply misspelt = ask(null, home, "search", "refugess", "--index", "idx");
        assertThat(misspelt.err()).contains("did you mean");
        assertThat(misspelt.out()).isNotEmpty();
        assertThat(errFirst).isTrue();
        Reply missing = ask(null, home, "search", "refugees", "--index", "nowhere");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no index at " + home.resolve("nowhere"));
    }

    @Test
    void seesARebuiltIndex() throws Exception {
        long before = Long.parseLong(ask(null, home, "search", "--count", "said", "--index", "idx").out().trim());
        try (var files = Files.list(TestCorpus.FROZEN)) {
            for (Path p : files.sorted().skip(6).toList()) {
                Files.copy(p, home.resolve("corpus").resolve(p.getFileName()));
            }
        }
        assertThat(local(home, "index", "corpus", "--index", "idx", "-q").code()).isZero();
        long after = Long.parseLong(ask(null, home, "search", "--count", "said", "--index", "idx").out().trim());
        assertThat(after).isGreaterThan(before)
                .isEqualTo(Long.parseLong(local(home, "search", "--count", "said", "--index", "idx").out().trim()));
    }

    @Test
    void seesAnIndexDeletedAndBuiltAgainInItsPlace() throws Exception {
        long before = Long.parseLong(ask(null, home, "search", "--count", "said", "--index", "idx").out().trim());
        try (var files = Files.walk(home.resolve("idx"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Path fewer = Files.createDirectories(home.resolve("fewer"));
        try (var files = Files.list(home.resolve("corpus"))) {
            Files.copy(files.sorted().findFirst().orElseThrow(), fewer.resolve("one.txt"));
        }
        assertThat(local(home, "index", "fewer", "--index", "idx", "-q").code()).isZero();
        String here = local(home, "search", "--count", "said", "--index", "idx").out().trim();
        assertThat(Long.parseLong(here)).isLessThan(before);
        assertThat(ask(null, home, "search", "--count", "said", "--index", "idx").out().trim()).isEqualTo(here);
    }

    @Test
    void aSilentConnectionDoesNotHoldUpOthers() throws Exception {
        String[] line = Files.readString(state).trim().split(" ");
        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(line[0]))) {
            long start = System.nanoTime();
            assertThat(ask(null, home, "search", "--count", "said", "--index", "idx").code()).isZero();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(Server.REQUEST_MILLIS);
        }
    }

    @Test
    void refusesAWrongProofACommandThatWritesAndARelativeFolder() throws Exception {
        assertThat(ask(Proof.random(), home, "search", "refugees", "--index", "idx").status()).isEqualTo("refused proof");
        assertThat(ask(null, home, "index", "corpus", "--index", "idx2").status()).isEqualTo("refused command");
        assertThat(home.resolve("idx2")).doesNotExist();
        assertThat(ask(null, Path.of("relative"), "search", "x").status()).isEqualTo("refused working-folder");
        // stdin and argument files are the client's own
        assertThat(ask(null, home, "search", "--batch", "-", "--index", "idx").status()).isEqualTo("refused local-input");
        assertThat(ask(null, home, "search", "--batch=/dev/stdin", "--index", "idx").status()).isEqualTo("refused local-input");
        assertThat(ask(null, home, "search", "--index", "idx", "--batch", "corpus").status()).isEqualTo("refused local-input");
        // /proc/self would be the daemon's own, however it is spelt
        assertThat(ask(null, home, "search", "--index", "idx", "--batch", "//proc/self/status").status()).isEqualTo("refused local-input");
        assertThat(ask(null, home, "search", "--index", "idx", "--batch", "../../../../../../../../proc/self/status").status())
                .isEqualTo("refused local-input");
        assertThat(ask(null, home, "search", "@queries", "--index", "idx").status()).isEqualTo("refused local-input");
        // the default index (home/index) is missing: building it is for a local run, with its progress
        assertThat(ask(null, home, "search", "refugees").status()).isEqualTo("refused no-index");
        assertThat(home.resolve("index")).doesNotExist();
    }

    @Test
    void stateFileIsTheOwnersOnlyAndASecondDaemonStandsDown() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        assertThat(Files.readString(state).trim().split(" ")).hasSize(4);
        boolean[] warmed = {false};
        assertThat(new Server(state, "stamp", 1000, m -> { }, LocalRun.COMMANDS).serve(() -> { }, () -> warmed[0] = true)).isFalse();
        assertThat(warmed[0]).isFalse();
    }

    @Test
    void aClientThatStopsReadingIsDroppedSoTheDaemonCanGoIdle() throws Exception {
        served.close();
        // a batch whose answers are far more than the socket buffers hold
        Files.write(home.resolve("many.txt"), java.util.Collections.nCopies(400, "said"));
        Path other = home.resolve("other.port");
        List<String> logged = java.util.Collections.synchronizedList(new ArrayList<>());
        served = new ServedDaemon(other, 500, logged::add);
        try (Socket s = DaemonClient.open(other, null, home, List.of("PASSAGES_HOME=" + home), "search", "--batch", "many.txt",
                "--index", "idx")) {
            // ... and reads nothing more: the daemon drops the reply, then goes as idle
            assertThat(served.endedWithin(30)).isTrue();
        }
        assertThat(logged).anyMatch(m -> m.contains("its reply is dropped"));
        assertThat(other).doesNotExist();
    }

    @Test
    void exitsWhenIdleAndRemovesItsStateFile() throws Exception {
        served.close();
        Path other = home.resolve("other.port");
        Server idle = new Server(other, "stamp", 200, m -> { }, LocalRun.COMMANDS);
        long start = System.nanoTime();
        assertThat(idle.serve(() -> { }, () -> { })).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        assertThat(other).doesNotExist();
        // the @AfterEach stop finds the first daemon already done
    }
}
