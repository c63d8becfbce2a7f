package dev.passages.index;

import dev.passages.PassagesException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An index folder whose first writer has not committed yet is being updated, not missing; a lock file left behind is no writer. */
class IndexLockTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderWhoseFirstWriterHasNotCommittedIsBeingUpdatedForSearchAndCheck() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/locks")), "the kernel's lock table is Linux's");
        Path index = tmp.resolve("index");
        try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            assertThat(IndexPaths.exists(index)).isFalse();
            assertThat(IndexLock.held(index)).isTrue();
            assertThatThrownBy(() -> IndexPaths.open(index)).isInstanceOfSatisfying(PassagesException.class,
                            e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.INDEX_LOCKED))
                    .hasMessage("index at " + index + " is being updated by another process; try again when it is done");
            IndexCheck.Result check = IndexCheck.run(index);
            assertThat(check.sound()).isFalse();
            assertThat(check.line()).isEqualTo("index at " + index + " is being updated by another process; check it when that is done");
            writer.rollback();
        }
        // the writer gone without a commit: its write.lock file stays, and the folder holds no index
        assertThat(index.resolve(IndexWriter.WRITE_LOCK_NAME)).exists();
        assertThat(IndexLock.held(index)).isFalse();
        assertThatThrownBy(() -> IndexPaths.open(index)).isInstanceOfSatisfying(PassagesException.class,
                e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.NO_INDEX)).hasMessageStartingWith("no index at ");
        assertThat(IndexCheck.run(index).line()).startsWith("no index at ");
    }

    @Test
    void aFolderWithoutALockFileIsHeldByNobody() {
        assertThat(IndexLock.held(tmp.resolve("missing"))).isFalse();
        assertThat(IndexLock.held(tmp)).isFalse();
    }

    /** st_dev of a device, as glibc's makedev encodes it. */
    private static long makedev(long major, long minor) {
        return ((major & 0xfff) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xff) | ((minor & ~0xffL) << 12);
    }

    @Test
    void theLockTableIsReadByDeviceAndInodeAndAWaiterHoldsNothing() {
        long device = 0xfe00; // major fe, minor 00
        List<String> table = List.of(
                "1: POSIX  ADVISORY  WRITE 14500 fe:00:2433175 0 EOF",
                "2: FLOCK  ADVISORY  WRITE 14350 fe:00:2154514 0 EOF",
                "3: POSIX  ADVISORY  WRITE 14600 00:2f:777 0 EOF",
                "3: -> POSIX  ADVISORY  WRITE 14601 00:2f:888 0 EOF");
        assertThat(IndexLock.held(table, device, 2433175)).isTrue();
        assertThat(IndexLock.held(table, device, 243317)).isFalse();
        assertThat(IndexLock.held(table, 0x2f, 777)).isTrue();
        assertThat(IndexLock.held(table, device, 777)).as("the same inode on another device").isFalse();
        assertThat(IndexLock.held(table, 0x2f, 888)).as("a process waiting for the lock").isFalse();
        // a device with a major number above 255 and a minor number above 255, as glibc encodes them
        assertThat(IndexLock.held(List.of("1: POSIX  ADVISORY  WRITE 1 103:134:42 0 EOF"), makedev(0x103, 0x134), 42)).isTrue();
        assertThat(IndexLock.held(List.of("1: POSIX  ADVISORY  WRITE 1 103:134:42 0 EOF"), makedev(0x103, 0x34), 42)).isFalse();
        // a major number of 4096 or more: its high bits are no part of the minor's
        assertThat(IndexLock.held(List.of("1: POSIX  ADVISORY  WRITE 1 1003:5:42 0 EOF"), makedev(0x1003, 0x5), 42)).isTrue();
    }
}
