package dev.passages.index;

import dev.passages.PassagesException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says truthfully why an indexing run failed: the disk is full, the existing index is damaged, or some other
 * input or output failed; none of these claims damage that is not there.
 */
final class IndexFailure {

    private IndexFailure() {
    }

    /**
     * The one-line failure for {@code e}, thrown while indexing into {@code indexDir}; an {@link Error} in its
     * causes (a heap too small, which Lucene wraps when it strikes inside the writer) is thrown as it is.
     *
     * @param committed whether the run's commit was written before the failure
     * @param existed   whether an index was there before the run
     */
    static PassagesException of(Path indexDir, Exception e, boolean committed, boolean existed) {
        if (e instanceof PassagesException p) {
            return p;
        }
        Error error = cause(e, Error.class);
        if (error != null) {
            throw error;
        }
        String outcome = committed
                ? "the index at " + indexDir + " holds this run's commit; its speaker and acronym tables are rebuilt when read"
                : existed ? "the previous index at " + indexDir + " is intact" : "no index was written at " + indexDir;
        if (noSpace(e)) {
            return new PassagesException(PassagesException.Kind.INPUT, "no space left on " + device(indexDir) + "; "
                    + outcome, e);
        }
        Exception damage = firstOf(e, CorruptIndexException.class, IndexFormatTooOldException.class,
                IndexFormatTooNewException.class);
        if (damage != null) {
            return DamagedIndex.exception(indexDir, damage.getClass().getSimpleName(), e);
        }
        String lost = lostIndexFile(indexDir, e);
        if (lost != null && !committed) {
            // a file of the index's last commit is gone: the index was damaged before the run, which changed nothing
            return DamagedIndex.exception(indexDir, "its file " + lost + " is missing", e);
        }
        IOException io = cause(e, IOException.class);
        if (io != null) {
            return new PassagesException(PassagesException.Kind.INPUT, "cannot write the index at " + indexDir + ": "
                    + reason(io) + "; " + outcome, e);
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        return new PassagesException(PassagesException.Kind.INPUT, "cannot write the index at " + indexDir + ": "
                + reason(e) + "; " + outcome, e);
    }

    /** The name of a file in {@code indexDir} that a cause of {@code e} found missing, or null. */
    static String lostIndexFile(Path indexDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException gone && gone.getFile() != null) {
                Path file = Path.of(gone.getFile());
                if (file.getParent() != null && file.getParent().toAbsolutePath().normalize()
                        .equals(indexDir.toAbsolutePath().normalize())) {
                    return file.getFileName().toString();
                }
            }
        }
        return null;
    }

    /** What went wrong, without the path a {@link FileSystemException} repeats (it may be very long). */
    static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() != null ? " (" + Path.of(fs.getFile()).getFileName() + ")" : "");
        }
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    /** Whether the disk filled: the operating system's words, in any of the causes. */
    static boolean noSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s != t && noSpace(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The file store the index folder is on, as the system names it ({@code /home (/dev/sda2)}). */
    private static String device(Path indexDir) {
        for (Path p = indexDir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    FileStore store = Files.getFileStore(p);
                    return store.toString();
                } catch (IOException | RuntimeException e) {
                    break;
                }
            }
        }
        return "the device of " + indexDir;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @SafeVarargs
    private static Exception firstOf(Throwable e, Class<? extends Exception>... types) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<? extends Exception> type : types) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
        }
        return null;
    }
}
