package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.DamagedIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/** Turns a failure to read an open index into the one line a user can act on: damaged, or unreadable, and what to run. */
final class IndexFailure {

    private IndexFailure() {
    }

    /**
     * The answer to an index that cannot be read: damaged (a checksum or a structure that does not add up)
     * or unreadable (the disk), and what to run.
     */
    static PassagesException damaged(Path indexDir, String what, IOException e) {
        boolean corrupt = e instanceof CorruptIndexException || e instanceof EOFException;
        return corrupt ? DamagedIndex.exception(indexDir, e)
                : DamagedIndex.fault(indexDir, what + " index at " + indexDir + " failed (" + DamagedIndex.detail(e) + ")", e);
    }

    /**
     * The damage that explains an unexpected {@code failure} while reading: an index whose bytes changed
     * under its checksums can fail in any way as it is read (an index out of bounds, a null, a huge
     * allocation), so each segment's checksums are verified; null when they are all right and the
     * failure is something else.
     */
    static PassagesException damageBehind(DirectoryReader reader, Path indexDir, Throwable failure) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return null;
        } catch (IOException e) {
            PassagesException damage = damaged(indexDir, "reading", e);
            damage.addSuppressed(failure);
            return damage;
        }
    }
}
