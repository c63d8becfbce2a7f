package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch run in its own process stops when the reader of its output goes away. */
class BatchReaderGoneIT {

    @TempDir
    Path tmp;

    /** A real process whose stdout is a pipe closed after one line ({@code | head -1}): the batch stops. */
    @Test
    void aBatchInItsOwnProcessStopsWhenItsReaderGoes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        ProcessHarness.writeCorpus(corpus, 0, 20, 3);
        Path index = tmp.resolve("index");
        Process indexing = ProcessHarness.start(tmp.resolve("index.log"), "index", corpus.toString(), "--index", index.toString());
        assertThat(indexing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000_000; i++) {
            lines.add("refugees border");
        }
        Path batch = Files.write(tmp.resolve("batch.txt"), lines);
        List<String> command = ProcessHarness.command("search", "--batch", batch.toString(), "--index", index.toString());
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("err.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"schema\":\"passages/1\"");
        }
        // two million queries take minutes; a batch that notices its reader has gone ends at once
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the batch stopped when its reader went away").isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(tmp.resolve("err.log"))).isEmpty();
    }
}
