package dev.passages.index;

import dev.passages.PassagesException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an index folder for reading, with one-line answers for a missing, foreign or damaged index. */
public final class IndexPaths {

    private IndexPaths() {
    }

    public static boolean exists(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            // Lucene takes any file named segments* for a commit; its generation must parse too
            return DirectoryReader.indexExists(dir) && SegmentInfos.getLastCommitGeneration(dir.listAll()) >= 0;
        } catch (IOException | RuntimeException e) {
            // a file that only looks like a commit (segments_9.txt) makes no index
            return false;
        }
    }

    /**
     * The schema version an existing index was written with, when it is not this passages' one
     * ({@link Schema#VERSION}); null for a current index, a missing one or one that cannot be read.
     */
    public static String otherSchemaVersion(Path indexDir) {
        if (!exists(indexDir)) {
            return null;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            String version = SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.VERSION_KEY);
            return version != null && !Schema.VERSION.equals(version) ? version : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why there is no index at {@code indexDir}, and what to do: build one there when it is missing or an empty folder;
     * a file, or a folder of other files (which {@code index} would refuse to write into), is no place to build one.
     */
    public static String noIndex(Path indexDir) {
        String at = "no index at " + indexDir;
        if (Files.isRegularFile(indexDir)) {
            return at + " (a file, not a folder); give --index the folder an index was built in";
        }
        if (Files.isDirectory(indexDir) && !IndexFolder.isMarked(indexDir) && !isEmptyFolder(indexDir)) {
            return at + " (a folder of other files); give --index the folder an index was built in, or build one in a"
                    + " new folder: passages index CORPUS_DIR --index NEW_FOLDER";
        }
        return at + "; build one with: passages index CORPUS_DIR --index " + indexDir;
    }

    /** A folder empty as {@code index} takes it: hidden files and a README aside. */
    private static boolean isEmptyFolder(Path folder) {
        try {
            return IndexFolder.foreignFile(folder) == null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A reader over the last commit of {@code indexDir}; the caller closes it and its directory. */
    public static DirectoryReader open(Path indexDir) {
        String stray = IndexFolder.stray(indexDir);
        if (stray != null) {
            throw new PassagesException(PassagesException.Kind.INDEX_DAMAGED, "index folder " + indexDir
                    + " holds a file passages did not write (" + stray + ") that Lucene would take for its own;"
                    + " move it out of the folder");
        }
        if (!exists(indexDir)) {
            if (IndexLock.held(indexDir)) {
                // a first index run is writing it: no commit to read yet, but one is coming
                throw IndexLock.busy(indexDir, "try again when it is done", null);
            }
            throw new PassagesException(PassagesException.Kind.NO_INDEX, noIndex(indexDir));
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(indexDir);
            checkVersion(dir, indexDir);
            return DirectoryReader.open(dir);
        } catch (PassagesException e) {
            closeQuietly(dir);
            throw e;
        } catch (IndexNotFoundException e) {
            closeQuietly(dir);
            throw new PassagesException(PassagesException.Kind.NO_INDEX, "no index at " + indexDir, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir);
            throw DamagedIndex.exception(indexDir, e);
        }
    }

    /** Refuses an index written with another schema version. */
    static void checkVersion(Directory dir, Path indexDir) throws IOException {
        String version = SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.VERSION_KEY);
        if (version != null && !Schema.VERSION.equals(version)) {
            throw DamagedIndex.fault(indexDir, "index at " + indexDir + " has schema version " + version
                    + ", this passages needs " + Schema.VERSION, null);
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
