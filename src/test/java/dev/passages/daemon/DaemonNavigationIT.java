package dev.passages.daemon;

import dev.passages.cli.ExitCodes;
import dev.passages.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon answers show and article as a local run does, an unknown id included. */
class DaemonNavigationIT {

    private static final String FOUNDING = "000_13c3e290747b6afd";

    @TempDir
    Path home;
    Path state;
    ServedDaemon served;

    @BeforeEach
    void start() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Files.copy(TestCorpus.FROZEN.resolve(FOUNDING + ".txt"), corpus.resolve(FOUNDING + ".txt"));
        assertThat(local("index", "corpus", "--index", "idx", "-q").code()).isZero();
        state = home.resolve("target").resolve("daemon.port");
        served = new ServedDaemon(state, m -> { });
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
    }

    record Reply(String status, int code, String err, String out) {
    }

    private Reply local(String... args) {
        LocalRun run = LocalRun.from(home, home, args);
        return new Reply("local", run.code(), run.err(), run.out());
    }

    private Reply ask(String... args) throws IOException {
        DaemonClient.Reply r = DaemonClient.ask(state, null, home, List.of("PASSAGES_HOME=" + home, "NO_COLOR="), args);
        return new Reply(r.status(), r.code(), r.err(), r.out());
    }

    @Test
    void showAndArticleAreServedWithTheLocalOutputAndExitCode() throws Exception {
        for (String[] args : List.of(new String[] {"show", FOUNDING + "#12", "--index", "idx"},
                new String[] {"show", FOUNDING + "#1", "--index", "idx", "--format", "json", "-C", "3"},
                new String[] {"article", FOUNDING, "--index", "idx", "--format", "jsonl"},
                new String[] {"article", "nope", "--index", "idx"})) {
            Reply remote = ask(args);
            Reply here = local(args);
            assertThat(remote.status()).as(String.join(" ", args)).isEqualTo("ok");
            assertThat(remote.code()).isEqualTo(here.code());
            assertThat(remote.out()).isEqualTo(here.out());
            assertThat(remote.err()).isEqualTo(here.err());
        }
        assertThat(ask("article", "nope", "--index", "idx").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ask("show", FOUNDING + "#12", "--index", "idx").out()).contains("> ¶12");
    }
}
