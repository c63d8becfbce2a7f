package dev.passages.attribution;

import java.util.Arrays;

/**
 * Values by token position within one sentence, [s0, s1]: the few positions that hold one (a sentence names a
 * handful of names at most) beside their values, not an array as long as the sentence nor a map of boxed integers.
 */
final class Positions<V> {
    private final int s0;
    private final int s1;
    /** Made on the first put, or with room for the names the sentence holds: a sentence that names nobody needs none. */
    private int[] keys;
    private Object[] values;
    private int size;

    Positions(int s0, int s1) {
        this.s0 = s0;
        this.s1 = s1;
    }

    /** Values for positions of [s0, s1], with room for {@code expected} of them before the arrays grow. */
    Positions(int s0, int s1, int expected) {
        this(s0, s1);
        if (expected > 0) {
            keys = new int[expected];
            values = new Object[expected];
        }
    }

    @SuppressWarnings("unchecked")
    V get(int position) {
        int i = indexOf(position);
        return i < 0 ? null : (V) values[i];
    }

    boolean containsKey(int position) {
        return get(position) != null;
    }

    void put(int position, V value) {
        if (position < s0 || position > s1) {
            throw new IndexOutOfBoundsException(position);
        }
        int i = indexOf(position);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        if (keys == null) {
            keys = new int[4];
            values = new Object[4];
        } else if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = position;
        values[size++] = value;
    }

    private int indexOf(int position) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == position) {
                return i;
            }
        }
        return -1;
    }
}
