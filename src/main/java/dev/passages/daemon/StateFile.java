package dev.passages.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The daemon's state file, one line {@code PORT SECRET STAMP PID} written whole or not at all, and the lock
 * beside it that keeps a second daemon out.
 */
public final class StateFile {

    private StateFile() {
    }

    /** Replaces the state file by one holding {@code line}, mode 600, in one step. */
    public static void write(Path state, String line) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        OwnerOnly.file(tmp);
        Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The state line's four fields ({@code PORT SECRET STAMP PID}), or null when there is none. */
    public static String[] read(Path state) {
        try {
            String[] f = Files.readString(state, StandardCharsets.UTF_8).trim().split(" ");
            return f.length == 4 ? f : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The daemon's lock on {@code channel}, or null when another daemon holds it and serves this jar (its state
     * file names {@code stamp}). A holder whose state file names another jar, or none (one that is handing over
     * has already taken its state file away), is waited for up to {@code waitMillis}: it gives the lock up within
     * a tick of noticing its jar changed.
     */
    static FileLock takeLock(FileChannel channel, Path state, String stamp, long waitMillis) throws IOException {
        long until = System.currentTimeMillis() + waitMillis;
        FileLock lock = tryLock(channel);
        while (lock == null) {
            String[] named = read(state);
            if (named != null && named[2].equals(stamp) || System.currentTimeMillis() >= until) {
                return null;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            lock = tryLock(channel);
        }
        return lock;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }
}
