package dev.passages.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed write to stdout: quiet when the reader went away, a failure with one line when the disk is full. */
class WriteFailureTest {

    private static OutputStream failing(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }
        };
    }

    private static String exit(String why, boolean pipe, int code, int[] out) {
        WriteFailure stdout = new WriteFailure(failing(why), pipe);
        PrintWriter results = new PrintWriter(stdout, true);
        results.println("a result");
        assertThat(results.checkError()).isTrue();
        StringWriter said = new StringWriter();
        out[0] = stdout.exitCode(code, new PrintWriter(said, true));
        return said.toString();
    }

    @Test
    void aFullDiskIsAFailureWithOneLine() {
        int[] code = new int[1];
        assertThat(exit("No space left on device", false, ExitCodes.OK, code))
                .isEqualTo("passages: cannot write the output (No space left on device)" + System.lineSeparator());
        assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aReaderThatWentAwayEndsTheCommandQuietly() {
        int[] code = new int[1];
        assertThat(exit("Broken pipe", true, ExitCodes.NO_HITS, code)).isEmpty();
        assertThat(code[0]).isEqualTo(ExitCodes.NO_HITS);
        // in any language the C library speaks
        assertThat(exit("Datenübergabe unterbrochen (broken pipe)", true, ExitCodes.OK, code)).isEmpty();
        assertThat(code[0]).isEqualTo(ExitCodes.OK);
    }
}
