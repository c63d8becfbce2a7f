package dev.passages.attribution;

/** Values by token position within one sentence, [s0, s1]: an array, not a map of boxed integers. */
final class Positions<V> {
    private final int s0;
    private final int size;
    /** Made on the first put: a sentence that names nobody needs none. */
    private Object[] values;

    Positions(int s0, int s1) {
        this.s0 = s0;
        this.size = s1 - s0 + 1;
    }

    @SuppressWarnings("unchecked")
    V get(int position) {
        int i = position - s0;
        return values != null && i >= 0 && i < size ? (V) values[i] : null;
    }

    boolean containsKey(int position) {
        return get(position) != null;
    }

    void put(int position, V value) {
        if (values == null) {
            values = new Object[size];
        }
        values[position - s0] = value;
    }
}
