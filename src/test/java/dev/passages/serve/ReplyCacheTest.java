package dev.passages.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies are kept per open index, the least recently used dropped beyond the room, all dropped on reopen. */
class ReplyCacheTest {

    @Test
    void aKeptReplyIsGivenForTheSameRequestOnTheSameIndexOnly() {
        ReplyCache cache = new ReplyCache();
        Object index = new Object();
        assertThat(cache.get(index, "/api/search?q=a")).isNull();
        cache.put(index, "/api/search?q=a", new byte[] {1, 2});
        assertThat(cache.get(index, "/api/search?q=a")).containsExactly(1, 2);
        assertThat(cache.get(index, "/api/search?q=b")).isNull();
        assertThat(cache.get(new Object(), "/api/search?q=a")).isNull();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(3);
    }

    @Test
    void aReplyMadeOnAReopenedIndexDropsEveryEarlierOne() {
        ReplyCache cache = new ReplyCache();
        Object before = new Object();
        Object after = new Object();
        cache.put(before, "a", new byte[10]);
        cache.put(before, "b", new byte[10]);
        cache.put(after, "c", new byte[7]);
        assertThat(cache.bytes()).isEqualTo(7);
        assertThat(cache.get(after, "a")).isNull();
        assertThat(cache.get(before, "c")).isNull();
    }

    @Test
    void theLeastRecentlyUsedGoFirstAndOversizedRepliesAreNotKept() {
        ReplyCache cache = new ReplyCache();
        Object index = new Object();
        int size = ReplyCache.MAX_REPLY;
        int fit = (int) (ReplyCache.MAX_BYTES / size);
        for (int i = 0; i < fit; i++) {
            cache.put(index, "r" + i, new byte[size]);
        }
        assertThat(cache.get(index, "r0")).isNotNull(); // r0 now the most recently used
        cache.put(index, "one more", new byte[size]);
        assertThat(cache.bytes()).isLessThanOrEqualTo(ReplyCache.MAX_BYTES);
        assertThat(cache.get(index, "r0")).isNotNull();
        assertThat(cache.get(index, "r1")).isNull();
        cache.put(index, "huge", new byte[size + 1]);
        assertThat(cache.get(index, "huge")).isNull();
    }
}
