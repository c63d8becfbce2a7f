package dev.passages.cli;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A daemon whose jar changed hands over to a new one, and finishes the answers under way first. */
class DaemonTakeoverIT {

    @TempDir
    Path home;

    private static CompletableFuture<Boolean> serve(Daemon d) {
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
            String[] f = DaemonFiles.readState(state);
            if (f != null && !f[0].equals("0") && f[2].equals(stamp)) {
                return f;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no daemon of " + stamp + " listening");
    }

    @Test
    void aJarChangedMidBatchDoesNotCutTheBatchOff() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        try (var files = Files.list(TestCorpus.FROZEN)) {
            for (Path p : files.sorted().limit(4).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        assertThat(Main.run(new String[] {"index", "corpus", "--index", "idx", "-q"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), new Environment(Map.of("PASSAGES_HOME", home.toString()), home, false,
                        dev.passages.search.PassageSearcher::new))).isZero();
        int queries = 20_000;
        Files.write(home.resolve("many.txt"), Collections.nCopies(queries, "refugees"));
        Path jar = home.resolve("passages.jar");
        Files.writeString(jar, "the first build");
        String first = DaemonFiles.stamp(jar);
        Path state = home.resolve("target").resolve("daemon").resolve("daemon.port");
        List<String> oldLog = Collections.synchronizedList(new ArrayList<>());
        Daemon old = new Daemon(state, first, jar, TimeUnit.MINUTES.toMillis(5), oldLog::add);
        CompletableFuture<Boolean> oldServed = serve(old);
        Daemon replacement = null;
        CompletableFuture<Boolean> newServed = null;
        try {
            awaitListening(state, first);
            List<String> vars = List.of("PASSAGES_HOME=" + home);
            CompletableFuture<DaemonClient.Reply> batch = CompletableFuture.supplyAsync(() -> {
                try {
                    return DaemonClient.ask(state, null, home, vars, "search", "--batch", "many.txt", "--index", "idx", "--limit", "3");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(batch).isNotDone();
            // a rebuild: a new jar, and the launcher starts a daemon of it
            Files.writeString(jar, "the second build, longer");
            String second = DaemonFiles.stamp(jar);
            replacement = new Daemon(state, second, jar, TimeUnit.MINUTES.toMillis(5), m -> { });
            newServed = serve(replacement);
            String[] now = awaitListening(state, second);
            assertThat(batch).as("the new daemon listens while the old one still answers").isNotDone();
            DaemonClient.Reply next = DaemonClient.ask(state, null, home, vars, "search", "--count", "said", "--index", "idx");
            assertThat(next.code()).isZero();
            // the batch under way ends whole, with its exit code
            DaemonClient.Reply answered = batch.get(120, TimeUnit.SECONDS);
            assertThat(answered.status()).isEqualTo("ok");
            assertThat(answered.code()).isZero();
            assertThat(answered.out().lines()).hasSize(queries);
            assertThat(oldServed.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(oldLog).anyMatch(m -> m.contains("the jar changed; handing over"));
            // the old daemon left the new one's state file alone
            assertThat(DaemonFiles.readState(state)).isEqualTo(now);
        } finally {
            old.stop();
            if (replacement != null) {
                replacement.stop();
                assertThat(newServed.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
