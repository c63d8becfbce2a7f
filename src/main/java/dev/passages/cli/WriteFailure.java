package dev.passages.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Standard output that remembers whether a write failed: to a pipe, whose reader went away ({@code | head}), a command
 * ends quietly, as other tools do; to a file or a device (a full disk under {@code > results.jsonl}) it is a failure
 * the exit code and one line on stderr must tell, where the print writer above keeps it to itself.
 */
final class WriteFailure extends FilterOutputStream {

    private volatile IOException failure;
    /** Whether the output is a pipe or a socket, whose reader can go away; a file's or a device's cannot. */
    private final boolean readerCanGo;

    WriteFailure(OutputStream out, boolean readerCanGo) {
        super(out);
        this.readerCanGo = readerCanGo;
    }

    /**
     * Whether standard output is a pipe or a socket (Linux's {@code /proc/self/fd/1}): a write that fails there is
     * taken for a reader that went away, whatever words the C library's locale gives the error.
     */
    static boolean stdoutIsPipe() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true; // not known: as before, quiet
        }
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
        if (e == null || readerCanGo) {
            return code;
        }
        err.println("passages: cannot write the output (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                : dev.passages.search.Sanitize.oneLine(e.getMessage())) + ")");
        err.flush();
        return ExitCodes.USAGE;
    }

}
