package dev.passages.daemon;

import dev.passages.search.Sanitize;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The daemon's log file: owner-only (mode 600), begun afresh by each daemon, one neutralised line per
 * message; when it would pass its limit it is renamed {@code NAME.1} (replacing the one before) and begun
 * again, so that the two never hold more than twice the limit.
 */
public final class LogFile implements Consumer<String>, AutoCloseable {

    /** The default limit of one log file. */
    public static final long LIMIT = 1 << 20;

    private final Path file;
    private final long limit;
    private OutputStream out;
    private long written;

    public LogFile(Path file, long limit) throws IOException {
        this.file = file;
        this.limit = limit;
        open();
    }

    private void open() throws IOException {
        OwnerOnly.file(file);
        out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        written = 0;
    }

    @Override
    public synchronized void accept(String message) {
        byte[] line = ("passages daemon: " + Sanitize.oneLine(message) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (written > 0 && written + line.length > limit) {
                out.close();
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                open();
            }
            out.write(line, 0, (int) Math.min(line.length, limit));
            out.flush();
            written += line.length;
        } catch (IOException e) {
            // a full disk: the daemon serves on without its log
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
