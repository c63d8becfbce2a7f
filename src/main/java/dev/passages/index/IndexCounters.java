package dev.passages.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What an indexing run has done so far, counted by file, paragraph and byte read, from all its threads at once. */
final class IndexCounters {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    /** Records of files read (a collection's malformed lines) skipped as unreadable: parts of files, not files. */
    final AtomicInteger recordsSkipped = new AtomicInteger();
    final AtomicLong paragraphs = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    int done() {
        return added.get() + updated.get() + unchanged.get() + skipped.get();
    }
}
