package dev.passages.cli;

import dev.passages.daemon.JarStamp;
import dev.passages.daemon.OwnerOnly;
import dev.passages.daemon.Proof;
import dev.passages.daemon.StateFile;
import dev.passages.daemon.Server;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A daemon that stops answering does not make the launcher wait for ever: before any output it runs
 * the command itself with a one-line note, after some it reports the answer cut off; a daemon that is
 * slow but alive (its {@code wait} lines) is waited for.
 */
class LauncherStallIT extends LauncherHome {

    private static final String[] SEARCH = {"search", "TTP hideouts", "--format", "json"};
    private static final Map<String, String> QUICK = Map.of("PASSAGES_DAEMON_TIMEOUT", "2");

    /** What a daemon that knows the secret does once it has accepted a request. */
    interface Then {
        void answer(OutputStream out) throws Exception;
    }

    /** Serves one connection as the daemon of a state file it writes (it knows the secret), then does {@code then}. */
    private CompletableFuture<Void> provenDaemon(ServerSocket server, Then then) throws Exception {
        String secret = Proof.random();
        OwnerOnly.folder(launcher.state.getParent());
        StateFile.write(launcher.state, server.getLocalPort() + " " + secret + " " + JarStamp.of(launcher.jar)
                + " " + ProcessHandle.current().pid());
        return CompletableFuture.runAsync(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                assertThat(field(in)).isEqualTo(Server.PROTOCOL);
                String nonce = field(in);
                String ours = Proof.random();
                out.write(("proof " + Proof.daemonHalf(nonce, ours, secret) + " " + ours + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(field(in)).isEqualTo(Proof.clientHalf(nonce, ours, secret));
                out.write("accepted\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                then.answer(out);
            } catch (Exception e) {
                // the launcher gave up on it: what this test checks
            }
        });
    }

    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c > 0; c = in.read()) {
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDaemonSilentAfterAcceptingIsLeftAndTheCommandRunsHereWithANote() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            provenDaemon(server, out -> Thread.sleep(60_000));
            long start = System.nanoTime();
            LauncherHarness.Result asked = launcher.run(QUICK, launcher.home, 120, SEARCH);
            LauncherHarness.Result local = launcher.run(Map.of("PASSAGES_DAEMON", "0"), launcher.home, 120, SEARCH);
            assertThat(asked.out()).isEqualTo(local.out()).contains("\"hits\"");
            assertThat(asked.code()).isZero();
            assertThat(asked.err().lines().filter(l -> l.startsWith("passages: the query daemon stopped answering (nothing for 2 s);"
                    + " running the command here"))).hasSize(1);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
        }
    }

    @Test
    void aDaemonThatStallsMidAnswerIsReportedCutOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            provenDaemon(server, out -> {
                out.write("out 6\nhello\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(60_000);
            });
            LauncherHarness.Result asked = launcher.run(QUICK, launcher.home, 60, SEARCH);
            assertThat(asked.out()).isEqualTo("hello\n");
            assertThat(asked.code()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(asked.err()).contains("stopped answering (nothing for 2 s); its answer was cut off");
        }
    }

    @Test
    void aDaemonSlowButAliveIsWaitedFor() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            provenDaemon(server, out -> {
                // 3 s in all, longer than the 2 s limit; a wait line every second
                for (int i = 0; i < 3; i++) {
                    Thread.sleep(1000);
                    out.write("wait\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                out.write("out 5\nslow\nexit 0\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
            LauncherHarness.Result asked = launcher.run(QUICK, launcher.home, 60, SEARCH);
            assertThat(asked.out()).isEqualTo("slow\n");
            assertThat(asked.err()).isEmpty();
            assertThat(asked.code()).isZero();
        }
    }

    @Test
    void aSlowReaderOfTheAnswerIsNotTakenForAStalledDaemon() throws Exception {
        launcher.run(Map.of(), launcher.home, 120, SEARCH);
        launcher.awaitDaemon(60);
        Files.write(launcher.home.resolve("many.txt"), java.util.Collections.nCopies(2000, "refugees"));
        // megabytes of answers into a reader that waits 3 s before it reads: longer than the 2 s limit
        LauncherHarness.Result slow = launcher.shell(QUICK, 300,
                "\"$LAUNCHER\" search --batch many.txt --limit 3 | { sleep 3; wc -l; }; exit ${PIPESTATUS[0]}");
        assertThat(slow.err()).isEmpty();
        assertThat(slow.code()).isZero();
        assertThat(slow.out().trim()).isEqualTo("2000");
        // answered by the daemon, not run here
        launcher.stopDaemon();
        assertThat(Files.readString(launcher.state.resolveSibling("daemon.log"))).contains("served 1 commands");
    }

    @Test
    void aStoppedDaemonIsLeftAndTheCommandRunsHereWithANote() throws Exception {
        LauncherHarness.Result first = launcher.run(Map.of(), launcher.home, 120, SEARCH);
        String[] daemon = launcher.awaitDaemon(60);
        assertThat(launcher.run(Map.of(), launcher.home, 60, SEARCH).out()).isEqualTo(first.out());
        Process stop = new ProcessBuilder("kill", "-STOP", daemon[3]).start();
        assertThat(stop.waitFor()).isZero();
        try {
            LauncherHarness.Result asked = launcher.run(QUICK, launcher.home, 120, SEARCH);
            assertThat(asked.out()).isEqualTo(first.out());
            assertThat(asked.code()).isZero();
            assertThat(asked.err()).contains("passages: the query daemon did not answer within 3 s; running the command here");
        } finally {
            new ProcessBuilder("kill", "-CONT", daemon[3]).start().waitFor();
        }
    }
}
