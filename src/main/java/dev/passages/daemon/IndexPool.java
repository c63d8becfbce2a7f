package dev.passages.daemon;

import dev.passages.search.Features;
import dev.passages.search.OpenIndex;
import dev.passages.search.PassageSearcher;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The open indexes of a long-running process (the query daemon, {@code serve}): each index kept open once,
 * lent to the commands that search it ({@link #borrow}), reopened when it has changed, closed once no command
 * uses it; and, on the first index opened, a warm-up in the background ({@link WarmUp}).
 */
public final class IndexPool {

    /** Open indexes kept at most, and how long one unused stays open. */
    private static final int MAX_OPEN = 4;
    private static final long UNUSED_MILLIS = TimeUnit.MINUTES.toMillis(5);

    /** An open index, the id of the commit it was opened at, and the searchers that have borrowed it. */
    private static final class Open {
        final OpenIndex index;
        /** A rebuilt index can reach the same commit generation with another id. */
        final byte[] commitId;
        /** The commit's file as the file system knows it: a copy of the index put in its place has another. */
        final Object commitFile;
        int users;
        volatile boolean stale;
        long lastUsed;
        /** When the index was last found unchanged ({@link System#nanoTime()}). */
        long checked = System.nanoTime();

        Open(OpenIndex index, byte[] commitId, Object commitFile) {
            this.index = index;
            this.commitId = commitId;
            this.commitFile = commitFile;
        }
    }

    private final Map<String, Open> indexes = new LinkedHashMap<>();
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private final WarmUp warmUp;
    private final long recheckNanos;

    /**
     * @param warmUp   the searches of the warm-up on the first index opened
     * @param busy     whether a command runs (the warm-up pauses meanwhile)
     * @param stopping whether the daemon is going (the warm-up stops)
     */
    public IndexPool(WarmUp.Searches warmUp, BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log) {
        this(warmUp, busy, stopping, log, 0);
    }

    /**
     * @param recheckMillis how long an index found unchanged is used before it is looked at again: 0 looks at
     *                      every borrowing (a command after {@code index} sees its commit); more spares a server
     *                      answering many requests a second the reading of the index's commit on each
     */
    public IndexPool(WarmUp.Searches warmUp, BooleanSupplier busy, BooleanSupplier stopping, Consumer<String> log,
                     long recheckMillis) {
        this.warmUp = new WarmUp(warmUp, busy, stopping, log);
        this.recheckNanos = TimeUnit.MILLISECONDS.toNanos(recheckMillis);
    }

    /**
     * A searcher over the open index (opened now, or again when the index has changed since); closing the
     * searcher gives the index back.
     */
    public synchronized PassageSearcher borrow(Path index, Features features) {
        String key = index.toAbsolutePath().normalize() + "\u0000" + features;
        Open open = indexes.get(key);
        long now = System.nanoTime();
        if (open != null && (recheckNanos == 0 || now - open.checked >= recheckNanos)) {
            if (isCurrent(open)) {
                open.checked = now;
            } else {
                retire(key, open);
                open = null;
            }
        }
        if (open == null) {
            open = opened(new OpenIndex(index, features));
            indexes.put(key, open);
            evictBeyond(MAX_OPEN);
            if (warmUpStarted.compareAndSet(false, true)) {
                Open warming = open;
                PassageSearcher searcher = lend(warming);
                warmUp.start(searcher, () -> warming.stale, () -> closeQuietly(searcher));
            }
        }
        open.lastUsed = System.currentTimeMillis();
        return lend(open);
    }

    /** A searcher over {@code open}, counted as its user until closed (once, however often it is closed). */
    private PassageSearcher lend(Open open) {
        open.users++;
        AtomicBoolean back = new AtomicBoolean();
        return new PassageSearcher(open.index, () -> {
            if (back.compareAndSet(false, true)) {
                giveBack(open);
            }
        });
    }

    private synchronized void giveBack(Open open) {
        open.users--;
        if (open.stale && open.users == 0) {
            close(open);
        }
    }

    /** Waits a while for the warm-up to stop (the daemon is going). */
    public void awaitWarmUp(long millis) {
        warmUp.await(millis);
    }

    /** Out of the pool; closed now if unused, else by the last command using it. */
    private void retire(String key, Open open) {
        indexes.remove(key);
        open.stale = true;
        if (open.users == 0) {
            close(open);
        }
    }

    private void evictBeyond(int max) {
        Iterator<Map.Entry<String, Open>> it = indexes.entrySet().iterator();
        while (indexes.size() > max && it.hasNext()) {
            Map.Entry<String, Open> oldest = it.next();
            if (oldest.getValue().users == 0) {
                it.remove();
                oldest.getValue().stale = true;
                close(oldest.getValue());
            }
        }
    }

    /** Closes the indexes that changed or went unused for a while: a deleted index's files are then freed. */
    public synchronized void closeUnused() {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, Open>> it = indexes.entrySet().iterator();
        while (it.hasNext()) {
            Open open = it.next().getValue();
            if (open.users == 0 && (now - open.lastUsed > UNUSED_MILLIS || !isCurrent(open))) {
                it.remove();
                open.stale = true;
                close(open);
            }
        }
    }

    public synchronized void closeAll() {
        indexes.values().forEach(IndexPool::close);
        indexes.clear();
    }

    /** An index just opened, with the id of its commit; closed again when that cannot be read. */
    private static Open opened(OpenIndex index) {
        DirectoryReader reader = index.reader();
        try {
            String segments = reader.getIndexCommit().getSegmentsFileName();
            return new Open(index, SegmentInfos.readCommit(reader.directory(), segments).getId(), fileKey(reader, segments));
        } catch (IOException e) {
            closeQuietly(index);
            throw index.damaged("reading", e);
        }
    }

    /**
     * Whether the index is still the one opened: no commit since, and not deleted and built again in its place,
     * which can reach the same commit generation with another commit id.
     */
    private static boolean isCurrent(Open open) {
        DirectoryReader reader = open.index.reader();
        try {
            SegmentInfos latest = SegmentInfos.readLatestCommit(reader.directory());
            // a copy of the index moved into its place (a backup put back over a damaged one): the same commit, new files
            return reader.isCurrent() && Arrays.equals(open.commitId, latest.getId())
                    && java.util.Objects.equals(open.commitFile, fileKey(reader, latest.getSegmentsFileName()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file system's key (device and inode) of the index's file {@code name}, or null where there is none. */
    private static Object fileKey(DirectoryReader reader, String name) throws IOException {
        return org.apache.lucene.store.FilterDirectory.unwrap(reader.directory()) instanceof org.apache.lucene.store.FSDirectory fs
                ? java.nio.file.Files.readAttributes(fs.getDirectory().resolve(name),
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey()
                : null;
    }

    private static void close(Open open) {
        closeQuietly(open.index);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the reader of a deleted index: nothing to keep
        }
    }
}
