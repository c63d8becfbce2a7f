package dev.passages.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Standard output that remembers why a write failed: a reader that went away ({@code | head}) ends a command
 * quietly, as other tools do, but a write that fails otherwise (a full disk under {@code > results.jsonl}) is a
 * failure the exit code and one line on stderr must tell, where the print writer above keeps it to itself.
 */
final class WriteFailure extends FilterOutputStream {

    private volatile IOException failure;

    WriteFailure(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw noted(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw noted(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw noted(e);
        }
    }

    private IOException noted(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * The exit code of a command that returned {@code code}: {@link ExitCodes#USAGE} with a line on {@code err} when a
     * write failed for another reason than a reader that went away, else {@code code}.
     */
    int exitCode(int code, PrintWriter err) {
        IOException e = failure;
        if (e == null || isClosedReader(e)) {
            return code;
        }
        err.println("passages: cannot write the output (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                : dev.passages.search.Sanitize.oneLine(e.getMessage())) + ")");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean isClosedReader(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
