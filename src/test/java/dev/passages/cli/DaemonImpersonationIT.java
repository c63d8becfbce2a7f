package dev.passages.cli;

import dev.passages.daemon.JarStamp;
import dev.passages.daemon.OwnerOnly;
import dev.passages.daemon.Proof;
import dev.passages.daemon.StateFile;
import dev.passages.daemon.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A process that took the port named by the state file of a daemon that died uncleanly learns nothing
 * from the launcher (no proof, secret, folder, variables or arguments) and is never shown: the launcher
 * removes the stale state file and runs the command itself.
 */
class DaemonImpersonationIT extends LauncherHome {

    Path cwd;

    @BeforeEach
    void setUp() throws Exception {
        cwd = Files.createDirectories(dir.resolve("caller-folder-7f3a"));
    }

    /** A state file as a daemon that died left it, naming this port and process. */
    private String staleState(int port, long pid) throws Exception {
        OwnerOnly.folder(launcher.state.getParent());
        String secret = Proof.random();
        StateFile.write(launcher.state, port + " " + secret + " " + JarStamp.of(launcher.jar) + " " + pid);
        return secret;
    }

    private static final String[] SEARCH = {"search", "TTP hideouts", "--index", "../home/index", "--format", "json"};

    private void assertNothingLeaked(byte[] received, String secret) {
        String got = new String(received, StandardCharsets.UTF_8);
        assertThat(got).startsWith(Server.PROTOCOL + "\0");
        // the protocol and a nonce: nothing more
        assertThat(got.split("\0", -1)).hasSize(3);
        assertThat(got).doesNotContain(secret).doesNotContain(cwd.toString()).doesNotContain("TTP")
                .doesNotContain("PASSAGES_HOME").doesNotContain(launcher.home.toString());
    }

    private void assertLikeALocalRun(LauncherHarness.Result asked) throws Exception {
        // the daemon the launcher starts after running the command here is not needed: ended before the local run
        launcher.close();
        LauncherHarness.Result local = launcher.run(Map.of("PASSAGES_DAEMON", "0"), cwd, 120, SEARCH);
        assertThat(asked.out()).doesNotContain("FORGED").doesNotContain("\u001b").isEqualTo(local.out()).contains("\"hits\"");
        assertThat(asked.code()).isEqualTo(local.code()).isZero();
        assertThat(asked.err()).doesNotContain("FORGED").contains("is not the query daemon");
    }

    @Test
    void aListenerOfTheSameUserWithoutTheSecretIsNotAnsweredNorShown() throws Exception {
        try (FakeListener fake = new FakeListener()) {
            // the pid is alive and the caller's, but not a daemon: as after a crash and the pid's reuse
            String secret = staleState(fake.port(), ProcessHandle.current().pid());
            String staleLine = Files.readString(launcher.state);
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try {
                    return fake.answerOne();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            LauncherHarness.Result asked = launcher.run(Map.of(), cwd, 120, SEARCH);
            assertNothingLeaked(received.get(30, TimeUnit.SECONDS), secret);
            assertLikeALocalRun(asked);
            // the stale state file is gone (a new daemon may since have written its own)
            assertThat(Files.exists(launcher.state) ? Files.readString(launcher.state) : "").isNotEqualTo(staleLine);
        }
    }

    @Test
    void aListenerOfAnotherUserIsNotAnsweredNorShown() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "running a listener as another user needs root and setpriv");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        Process other = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                java.toString(), "-cp", classes.toString(), FakeListener.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            String portLine = out.readLine();
            assumeTrue(portLine != null && portLine.matches("[0-9]+"), "the other user's listener did not start");
            assertThat(other.info().user()).hasValue("nobody");
            String secret = staleState(Integer.parseInt(portLine), other.pid());
            LauncherHarness.Result asked = launcher.run(Map.of(), cwd, 120, SEARCH);
            String received = out.readLine();
            assertThat(received).isNotNull();
            assertNothingLeaked(Base64.getDecoder().decode(received), secret);
            assertLikeALocalRun(asked);
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStateFileInAFolderOthersCanEnterIsNotUsed() throws Exception {
        try (FakeListener fake = new FakeListener()) {
            staleState(fake.port(), ProcessHandle.current().pid());
            Files.setPosixFilePermissions(launcher.state.getParent(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            LauncherHarness.Result asked = launcher.run(Map.of("PASSAGES_DAEMON_TIMEOUT", "2"), cwd, 120, SEARCH);
            assertThat(asked.code()).isZero();
            assertThat(asked.out()).doesNotContain("FORGED").contains("\"hits\"");
            // not even connected to
            assertThat(CompletableFuture.supplyAsync(() -> {
                try {
                    fake.answerOne();
                    return true;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).completeOnTimeout(false, 2, TimeUnit.SECONDS).get()).isFalse();
            // and no daemon serves from that folder
            assertThat(Files.readString(launcher.state)).startsWith(fake.port() + " ");
        }
    }
}
