package dev.passages.cli;

import dev.passages.daemon.JarStamp;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt jar and a search while the daemon streams a batch to another client: the batch ends whole. */
class LauncherTakeoverIT extends LauncherHome {

    @Test
    void aJarTouchedMidBatchDoesNotCutTheBatchOff() throws Exception {
        String[] search = {"search", "TTP hideouts", "--format", "json"};
        // the jar is touched below: a copy of this folder's own, not the built jar the other tests link to
        launcher.ownJar();
        // a daemon that waits two minutes for a reader to read on (the batch below is read only at the end)
        LauncherHarness.Result first = launcher.run(Map.of("PASSAGES_DAEMON_IDLE", "120"), launcher.home, 120, search);
        String[] old = launcher.awaitDaemon(60);
        // megabytes of answers, left unread in the pipe until the takeover is done: the batch is held under way
        int queries = 4_000;
        Files.write(launcher.home.resolve("many.txt"), Collections.nCopies(queries, "refugees"));
        Path err = dir.resolve("batch.err");
        Process batch = launcher.startPiped(err, "search", "--batch", "many.txt", "--limit", "3");
        BufferedReader out = new BufferedReader(new InputStreamReader(batch.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        lines.add(out.readLine());
        assertThat(lines.get(0)).as("the batch is under way").contains("\"query\":\"refugees\"");
        assertThat(batch.isAlive()).as("the batch is under way").isTrue();
        // touch target/passages.jar: a build
        Files.setLastModifiedTime(launcher.jar, FileTime.from(Instant.now().plusSeconds(5)));
        LauncherHarness.Result during = launcher.run(Map.of(), launcher.home, 120, search);
        assertThat(during.out()).isEqualTo(first.out());
        assertThat(during.code()).isZero();
        assertThat(batch.isAlive()).as("the batch is still under way").isTrue();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
        }
        assertThat(batch.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(err)).isEmpty();
        assertThat(batch.exitValue()).isZero();
        assertThat(lines).hasSize(queries).allMatch(l -> l.contains("\"query\":\"refugees\""));
        // a daemon of the new jar took over, and answers as the old one did
        String[] now = launcher.awaitDaemon(60);
        assertThat(now[2]).isNotEqualTo(old[2]).isEqualTo(JarStamp.of(launcher.jar));
        assertThat(launcher.run(Map.of(), launcher.home, 60, search).out()).isEqualTo(first.out());
        for (int i = 0; i < 100 && ProcessHandle.of(Long.parseLong(old[3])).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(Long.parseLong(old[3])).map(ProcessHandle::isAlive).orElse(false))
                .as("the old daemon exits once its batch is done").isFalse();
    }
}
