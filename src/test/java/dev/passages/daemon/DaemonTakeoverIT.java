package dev.passages.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A daemon whose jar changed hands over to a new one, and finishes the answers under way first. */
class DaemonTakeoverIT {

    @TempDir
    Path home;

    private static CompletableFuture<Boolean> serve(Server d) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return d.serve(() -> { }, () -> { });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String[] awaitListening(Path state, String stamp) throws InterruptedException {
        for (int i = 0; i < 2000; i++) {
            String[] f = StateFile.read(state);
            if (f != null && !f[0].equals("0") && f[2].equals(stamp)) {
                return f;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no daemon of " + stamp + " listening");
    }

    /** Reads frames up to and with the first of stdout; its bytes. */
    private static String firstOutFrame(Socket s) throws IOException {
        while (true) {
            String[] h = DaemonClient.line(s.getInputStream()).split(" ");
            assertThat(h[0]).as("a frame of a batch under way").isIn("out", "wait");
            if (h[0].equals("out")) {
                return new String(s.getInputStream().readNBytes(Integer.parseInt(h[1])), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aJarChangedMidBatchDoesNotCutTheBatchOff() throws Exception {
        LocalRun.indexFirstArticles(home, 4);
        // a batch whose answers (megabytes) its client does not read until the new daemon has answered: the old
        // daemon is held mid-answer, however fast it searches
        int queries = 2_000;
        Files.write(home.resolve("many.txt"), Collections.nCopies(queries, "refugees"));
        Path jar = home.resolve("passages.jar");
        Files.writeString(jar, "the first build");
        String first = JarStamp.of(jar);
        Path state = home.resolve("target").resolve("daemon").resolve("daemon.port");
        List<String> oldLog = Collections.synchronizedList(new ArrayList<>());
        Server old = new Server(state, first, jar, TimeUnit.MINUTES.toMillis(5), oldLog::add, LocalRun.COMMANDS);
        CompletableFuture<Boolean> oldServed = serve(old);
        Server replacement = null;
        CompletableFuture<Boolean> newServed = null;
        try {
            awaitListening(state, first);
            List<String> vars = List.of("PASSAGES_HOME=" + home);
            Socket batch = DaemonClient.open(state, null, home, vars, "search", "--batch", "many.txt", "--index", "idx", "--limit", "3");
            // the first answers: the batch is under way
            String firstAnswers = firstOutFrame(batch);
            assertThat(firstAnswers).startsWith("{");
            // a rebuild: a new jar, and the launcher starts a daemon of it
            Files.writeString(jar, "the second build, longer");
            String second = JarStamp.of(jar);
            replacement = new Server(state, second, jar, TimeUnit.MINUTES.toMillis(5), m -> { }, LocalRun.COMMANDS);
            newServed = serve(replacement);
            String[] now = awaitListening(state, second);
            assertThat(oldServed).as("the new daemon listens while the old one still answers").isNotDone();
            DaemonClient.Reply next = DaemonClient.ask(state, null, home, vars, "search", "--count", "said", "--index", "idx");
            assertThat(next.code()).isZero();
            assertThat(oldServed).as("the old daemon still answers the batch").isNotDone();
            // the batch under way ends whole, with its exit code
            DaemonClient.Reply answered = DaemonClient.read(batch);
            assertThat(answered.status()).isEqualTo("ok");
            assertThat(answered.code()).isZero();
            assertThat((firstAnswers + answered.out()).lines()).hasSize(queries);
            assertThat(oldServed.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(oldLog).anyMatch(m -> m.contains("the jar changed; handing over"));
            // the old daemon left the new one's state file alone
            assertThat(StateFile.read(state)).isEqualTo(now);
        } finally {
            old.stop();
            if (replacement != null) {
                replacement.stop();
                assertThat(newServed.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
