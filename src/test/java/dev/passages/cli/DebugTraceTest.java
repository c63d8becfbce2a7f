package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A --debug trace shows the line breaks of arguments instead of breaking its own lines. */
class DebugTraceTest {

    @TempDir
    Path home;

    @Test
    void aTraceShowsLineBreaksOfArgumentsRatherThanBreakingItsLines() {
        StringWriter err = new StringWriter();
        String folder = home.resolve("own\nforged line\r\u001b[31mred").toString();
        int code = Main.run(new String[] {"index", folder, "--index", home.resolve("idx").toString(), "--debug"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), new Environment(Map.of("PASSAGES_HOME", home.toString())));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("own\\nforged line\\r\\x1b[31mred").doesNotContain("\u001b").doesNotContain("\r");
        assertThat(err.toString().lines()).allSatisfy(line -> assertThat(line)
                .matches("(passages: |dev\\.passages\\.|Caused by: |\\tat ).*"));
    }
}
