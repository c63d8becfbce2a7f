package dev.passages.serve;

import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API's JSON replies for the open index, kept by request (path and query string) so that a repeated
 * request is answered from memory: the least recently used go first beyond {@link #MAX_BYTES}, and all go
 * when the index is reopened, since they were computed on the commit before.
 */
final class ReplyCache {

    /** Room for the replies kept: a few thousand searches' first pages. */
    static final long MAX_BYTES = 32L << 20;
    /** A reply larger than this (a long article, a thousand speakers) is not kept. */
    static final int MAX_REPLY = 512 << 10;

    private final LinkedHashMap<String, byte[]> replies = new LinkedHashMap<>(256, 0.75f, true);
    private WeakReference<Object> computedOn = new WeakReference<>(null);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** The reply kept for {@code request} made on {@code index} (the open searcher); null when none is. */
    synchronized byte[] get(Object index, String request) {
        byte[] reply = computedOn.get() == index ? replies.get(request) : null;
        (reply == null ? misses : hits).incrementAndGet();
        return reply;
    }

    /** Keeps {@code reply} to {@code request} made on {@code index}, forgetting every reply made on another. */
    synchronized void put(Object index, String request, byte[] reply) {
        if (reply.length > MAX_REPLY) {
            return;
        }
        if (computedOn.get() != index) {
            replies.clear();
            bytes = 0;
            computedOn = new WeakReference<>(index);
        }
        byte[] before = replies.put(request, reply);
        bytes += reply.length - (before == null ? 0 : before.length);
        Iterator<Map.Entry<String, byte[]>> oldest = replies.entrySet().iterator();
        while (bytes > MAX_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    /** Requests answered from memory so far. */
    long hits() {
        return hits.get();
    }

    /** Requests that had to be computed so far. */
    long misses() {
        return misses.get();
    }

    /** Bytes of the replies kept now. */
    synchronized long bytes() {
        return bytes;
    }
}
