package dev.passages.daemon;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** The daemon's folder and files on disk: a folder only its owner can enter (mode 700), files only its owner can read (mode 600). */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} with mode 700, or checks that the one there is a folder of the user's own that
     * no one else can enter; fails with a message naming it otherwise (it is then left as it is).
     */
    public static void folder(Path dir) throws IOException {
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
    static void file(Path file) throws IOException {
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
}
