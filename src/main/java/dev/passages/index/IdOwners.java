package dev.passages.index;

import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which file holds each article id of an index, in a few dozen bytes an id: an id is kept as a 64-bit hash of its
 * UTF-8 bytes in an open-addressing table (linear probing) beside the number of its file, and each file keeps the
 * hashes of its ids, so that they can all be freed at once. Two distinct ids share a hash with a chance of about
 * one in 2^64 a pair (for a million ids, one in 30 million that any two do), and an id would then be taken for
 * another's and given the next free {@code @n}; nothing is lost. Not thread-safe.
 */
final class IdOwners {

    private static final long EMPTY = 0;
    private static final int NO_FILE = -1;

    private long[] keys = new long[1024];
    private int[] files = new int[1024];
    private int size;

    private final List<String> fileKeys = new ArrayList<>();
    private final Map<String, Integer> fileNumbers = new HashMap<>();
    /** per file number: the hashes of its ids ({@code counts} of them used), null once freed */
    private final List<long[]> idsOfFile = new ArrayList<>();
    private int[] counts = new int[16];

    /** How many ids are held. */
    int size() {
        return size;
    }

    /** The file key holding {@code id}, or null. */
    String owner(String id) {
        int slot = find(hash(id));
        return slot < 0 ? null : fileKeys.get(files[slot]);
    }

    boolean contains(String id) {
        return find(hash(id)) >= 0;
    }

    /** Records that {@code id} belongs to {@code file}; an id already held keeps its file. */
    void put(String id, String file) {
        put(hash(id), file);
    }

    /** As {@link #put(String, String)}, for an id as UTF-8 bytes (as doc values give it). */
    void put(BytesRef id, String file) {
        put(hash(id.bytes, id.offset, id.length), file);
    }

    /** Frees every id of {@code file}. */
    void release(String file) {
        Integer number = fileNumbers.get(file);
        if (number == null || idsOfFile.get(number) == null) {
            return;
        }
        long[] ids = idsOfFile.get(number);
        for (int i = 0; i < counts[number]; i++) {
            int slot = find(ids[i]);
            if (slot >= 0 && files[slot] == number) {
                remove(slot);
            }
        }
        idsOfFile.set(number, null);
        counts[number] = 0;
    }

    private void put(long h, String file) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) h & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == h) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        int number = number(file);
        keys[slot] = h;
        files[slot] = number;
        size++;
        long[] ids = idsOfFile.get(number);
        if (ids == null) {
            ids = new long[4];
        } else if (counts[number] == ids.length) {
            ids = Arrays.copyOf(ids, ids.length + (ids.length >> 1));
        }
        ids[counts[number]++] = h;
        idsOfFile.set(number, ids);
    }

    private int number(String file) {
        Integer number = fileNumbers.get(file);
        if (number == null) {
            number = fileKeys.size();
            fileKeys.add(file);
            fileNumbers.put(file, number);
            idsOfFile.add(null);
            if (number == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
        }
        return number;
    }

    private int find(long h) {
        int mask = keys.length - 1;
        for (int slot = (int) h & mask; keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == h) {
                return slot;
            }
        }
        return -1;
    }

    /** Empties {@code slot}, moving later entries of its run back so that every entry stays reachable. */
    private void remove(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != EMPTY; next = (next + 1) & mask) {
            int home = (int) keys[next] & mask;
            // the entry at next may fill the hole when its home is not in (hole, next], cyclically
            boolean between = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!between) {
                keys[hole] = keys[next];
                files[hole] = files[next];
                hole = next;
            }
        }
        keys[hole] = EMPTY;
        files[hole] = NO_FILE;
        size--;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFiles = files;
        keys = new long[oldKeys.length * 2];
        files = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) oldKeys[i] & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                files[slot] = oldFiles[i];
            }
        }
    }

    static long hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }

    /**
     * FNV-1a over the bytes, then MurmurHash3's 64-bit finaliser to spread every bit; never 0 (the empty slot):
     * a 0 becomes 1.
     */
    static long hash(byte[] bytes, int offset, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
        }
        h ^= length;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
