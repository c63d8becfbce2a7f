package dev.passages.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's files on disk: a folder only its owner can enter (mode 700) with owner-only files in it
 * (mode 600), the state line written whole or not at all, and the stamp of the jar it runs.
 */
public final class StateFile {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private StateFile() {
    }

    /**
     * Creates {@code dir} with mode 700, or checks that the one there is a folder of the user's own that
     * no one else can enter; fails with a message naming it otherwise (it is then left as it is).
     */
    public static void privateFolder(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(abs.getParent());
            try {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(abs, FOLDER); // whatever the umask
                return;
            } catch (FileAlreadyExistsException raced) {
                // made by a daemon starting at the same time: checked below
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(abs);
                return;
            }
        }
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(abs, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        if (!a.isDirectory()) {
            throw new IOException(abs + " is not a folder");
        }
        if (!a.owner().getName().equals(System.getProperty("user.name"))) {
            throw new IOException(abs + " belongs to " + a.owner().getName() + ", not to " + System.getProperty("user.name"));
        }
        if (a.permissions().stream().anyMatch(OTHERS::contains)) {
            throw new IOException(abs + " is open to other users (mode " + PosixFilePermissions.toString(a.permissions())
                    + "); the daemon keeps its files only in a folder its owner alone can enter");
        }
    }

    /** Creates {@code file} empty with mode 600 if it is missing; one already there is made owner-only. */
    static void ownerOnlyFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException there) {
            // below
        } catch (UnsupportedOperationException notPosix) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return;
        }
        Files.setPosixFilePermissions(file, FILE);
    }

    /** Replaces the state file by one holding {@code line}, mode 600, in one step. */
    public static void writeState(Path state, String line) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        ownerOnlyFile(tmp);
        Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The state line's four fields ({@code PORT SECRET STAMP PID}), or null when there is none. */
    public static String[] readState(Path state) {
        try {
            String[] f = Files.readString(state, StandardCharsets.UTF_8).trim().split(" ");
            return f.length == 4 ? f : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The launcher's stamp of a jar, as {@code stat -c '%Y.%s.%i'} prints it (modified second, size,
     * inode), or null when it is gone.
     */
    public static String stamp(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "." + Files.size(jar) + "."
                    + Files.getAttribute(jar, "unix:ino");
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The daemon's lock on {@code channel}, or null when another daemon holds it; when that one runs another jar
     * (its state file names another {@code stamp}), it is waited for up to {@code waitMillis} (it hands over
     * within a tick of noticing its jar changed).
     */
    static FileLock takeLock(FileChannel channel, Path state, String stamp, long waitMillis) throws IOException {
        FileLock lock = tryLock(channel);
        String[] named = readState(state);
        if (lock != null || named == null || named[2].equals(stamp)) {
            return lock;
        }
        long until = System.currentTimeMillis() + waitMillis;
        while (lock == null && System.currentTimeMillis() < until) {
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
