package dev.passages.index;

import dev.passages.PassagesException;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a process is writing an index folder, told without taking its write lock (taking it, even for a moment,
 * would make an index run that starts meanwhile fail): the kernel's table of file locks is asked whether anyone
 * holds a lock on the folder's {@code write.lock}. Where there is no such table (on systems other than Linux) the
 * answer is no.
 */
public final class IndexLock {

    /** The kernel's table of file locks held now, one a line, each naming the file by device and inode. */
    private static final Path LOCK_TABLE = Path.of("/proc/locks");
    /** A lock's file: {@code MAJOR:MINOR:INODE}, the device numbers in hexadecimal, the inode in decimal. */
    private static final Pattern FILE_ID = Pattern.compile("\\s([0-9a-f]+):([0-9a-f]+):(\\d+)\\s");

    private IndexLock() {
    }

    /** The failure of a command that needs the index while another process is updating it: {@code then} says what to do. */
    public static PassagesException busy(Path indexDir, String then, Throwable cause) {
        return new PassagesException(PassagesException.Kind.INDEX_LOCKED,
                "index at " + indexDir + " is being updated by another process; " + then, cause);
    }

    /**
     * Whether a process holds the write lock of {@code indexDir} now. A {@code write.lock} file alone says nothing:
     * Lucene leaves it behind when the writer ends, however it ends.
     */
    public static boolean held(Path indexDir) {
        Path lock = indexDir.resolve(IndexWriter.WRITE_LOCK_NAME);
        if (!Files.isRegularFile(lock) || !Files.isReadable(LOCK_TABLE)) {
            return false;
        }
        try {
            long inode = ((Number) Files.getAttribute(lock, "unix:ino")).longValue();
            long device = ((Number) Files.getAttribute(lock, "unix:dev")).longValue();
            return held(Files.readAllLines(LOCK_TABLE), device, inode);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false; // no way to tell: as if nobody held it
        }
    }

    /** Whether {@code table} (lines of /proc/locks) holds a lock on the file {@code device}/{@code inode} (st_dev, st_ino). */
    static boolean held(List<String> table, long device, long inode) {
        // st_dev as glibc encodes a device's major and minor numbers
        long major = ((device >>> 8) & 0xfff) | ((device >>> 32) & ~0xfffL);
        long minor = (device & 0xff) | ((device >>> 12) & 0xffffff00L); // glibc takes these bits as 32-bit
        for (String line : table) {
            if (line.contains("->")) {
                continue; // a process waiting for the lock, not holding it
            }
            Matcher m = FILE_ID.matcher(line);
            if (m.find() && Long.parseLong(m.group(3)) == inode && Long.parseLong(m.group(1), 16) == major
                    && Long.parseLong(m.group(2), 16) == minor) {
                return true;
            }
        }
        return false;
    }
}
