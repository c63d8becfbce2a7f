package dev.passages.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon runs only read-only commands on input it can read as the client would, and leaves the rest to the client. */
class RequestPolicyTest {

    @TempDir
    Path home;

    private String refusal(Path cwd, String... args) {
        return new RequestPolicy(LocalRun.COMMANDS).refusal(new Request(cwd, false, Map.of("PASSAGES_HOME", home.toString()), args));
    }

    @Test
    void aCommandThatWritesOrIsNotListedIsLeftToTheClient() {
        assertThat(refusal(home, "parse", "x.warc")).isEqualTo("command");
        assertThat(refusal(home, "index", "corpus")).isEqualTo("command");
        assertThat(refusal(home)).isEqualTo("command");
    }

    @Test
    void aRelativeFolderAndTheClientsOwnInputAreRefused() throws IOException {
        Files.writeString(home.resolve("queries.txt"), "refugees\n");
        assertThat(refusal(Path.of("relative"), "search", "x", "--index", "idx")).isEqualTo("working-folder");
        assertThat(refusal(home, "search", "--batch", "-", "--index", "idx")).isEqualTo("local-input");
        assertThat(refusal(home, "search", "--index", "idx", "--batch")).isEqualTo("local-input");
        assertThat(refusal(home, "search", "@args", "--index", "idx")).isEqualTo("local-input");
        assertThat(refusal(home, "search", "--batch=/proc/self/status", "--index", "idx")).isEqualTo("local-input");
        assertThat(refusal(home, "search", "--batch", "queries.txt", "--index", "idx")).isNull();
    }

    @Test
    void theDefaultIndexYetToBeBuiltIsLeftToTheClientAnIndexNamedIsNot() {
        assertThat(refusal(home, "search", "refugees")).isEqualTo("no-index");
        assertThat(refusal(home, "search", "refugees", "--index", "elsewhere")).isNull();
        assertThat(refusal(home, "search", "refugees", "--index=" + home.resolve("index"))).isEqualTo("no-index");
    }
}
