package dev.passages.attribution;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of an {@link EntityTable} filed under the keys its matching compares, so that a mention of a
 * long article is compared with the few entities that share a key with it rather than with every entity.
 */
final class EntityKeys {

    /** What a key is. */
    enum Key { FOLDED, ACRONYM, NAME_START, SURNAME, FIRM_WORD, INITIALS }

    private final List<Entity> entities;
    /** Each entity's place in {@link #entities}, the order matching prefers (the latest first). */
    private final Map<Entity, Integer> places = new HashMap<>();
    private final Map<Key, Map<String, Places>> filed = new EnumMap<>(Key.class);

    /** @param entities the table's entities, in the order they were made; each is {@linkplain #add added} as it is */
    EntityKeys(List<Entity> entities) {
        this.entities = entities;
        for (Key k : Key.values()) {
            filed.put(k, new HashMap<>());
        }
    }

    /** Takes in the entity made last (its keys are filed with {@link #file}). */
    void add(Entity e) {
        places.put(e, places.size());
    }

    /**
     * Files {@code e} under {@code value} as a {@code key}. An entity stays filed under the keys of its earlier
     * names: matching checks each candidate in full, so a stale key costs one comparison, never another answer.
     */
    void file(Key key, String value, Entity e) {
        filed.get(key).computeIfAbsent(value, v -> new Places()).add(places.get(e));
    }

    /** The entities filed under {@code value} as a {@code key}, in the order they were made. */
    List<Entity> filed(Key key, String value) {
        Places p = filed.get(key).get(value);
        return p == null ? List.of() : new Filed(p.places, p.size);
    }

    /** The entities filed under either key, in the order they were made, each once. */
    List<Entity> filed(Key key, String value, Key other, String otherValue) {
        Places a = filed.get(key).get(value);
        Places b = filed.get(other).get(otherValue);
        if (a == null || b == null) {
            return filed(a == null ? other : key, a == null ? otherValue : value);
        }
        int[] merged = new int[a.size + b.size];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size || j < b.size) {
            int next = j == b.size || i < a.size && a.places[i] <= b.places[j] ? a.places[i++] : b.places[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return new Filed(merged, n);
    }

    /** The entities at the first {@code size} of ascending {@code places}. */
    private final class Filed extends AbstractList<Entity> {
        private final int[] places;
        private final int size;

        Filed(int[] places, int size) {
            this.places = places;
            this.size = size;
        }

        @Override
        public Entity get(int i) {
            return entities.get(places[i]);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Places in ascending order, each once. */
    private static final class Places {
        int[] places = new int[2];
        int size;

        void add(int place) {
            if (size > 0 && places[size - 1] >= place) {
                int at = Arrays.binarySearch(places, 0, size, place);
                if (at >= 0) {
                    return;
                }
                insert(-at - 1, place);
                return;
            }
            insert(size, place);
        }

        private void insert(int at, int place) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            System.arraycopy(places, at, places, at + 1, size - at);
            places[at] = place;
            size++;
        }
    }
}
