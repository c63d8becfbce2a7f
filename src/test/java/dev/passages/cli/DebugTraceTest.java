package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A --debug trace shows the line breaks of arguments instead of breaking its own lines. */
class DebugTraceTest {

    @TempDir
    Path home;

    @Test
    void aTraceShowsLineBreaksOfArgumentsRatherThanBreakingItsLines() {
        String folder = home.resolve("own\nforged line\r\u001b[31mred").toString();
        CliRun r = CliRun.in(home, "index", folder, "--index", home.resolve("idx").toString(), "--debug");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("own\\nforged line\\r\\x1b[31mred").doesNotContain("\u001b").doesNotContain("\r");
        assertThat(r.err().lines()).allSatisfy(line -> assertThat(line)
                .matches("(passages: |dev\\.passages\\.|Caused by: |\\tat ).*"));
    }
}
