package dev.passages.attribution;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A set in insertion order for the few names, roles and posts of an entity: its elements in an array made on the
 * first one added, compared one by one, until there are more than {@link #ARRAY_MAX} (then a {@link LinkedHashSet}).
 * An entity has one or two names and mostly no role or post, and a {@link LinkedHashSet} costs three objects before
 * its first element.
 */
final class SmallSet<E> extends AbstractSet<E> {

    /** Beyond this many elements, comparing each costs more than hashing. */
    static final int ARRAY_MAX = 8;

    private Object[] array;
    private int size;
    /** Null while the elements fit the array. */
    private Set<E> hashed;

    @Override
    @SuppressWarnings("unchecked")
    public boolean add(E e) {
        if (hashed != null) {
            return hashed.add(e);
        }
        if (indexOf(e) >= 0) {
            return false;
        }
        if (array == null) {
            array = new Object[2];
        } else if (size == array.length) {
            if (size == ARRAY_MAX) {
                hashed = new LinkedHashSet<>();
                for (int i = 0; i < size; i++) {
                    hashed.add((E) array[i]);
                }
                array = null;
                size = 0;
                return hashed.add(e);
            }
            array = Arrays.copyOf(array, size * 2);
        }
        array[size++] = e;
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (hashed != null) {
            return hashed.remove(o);
        }
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        System.arraycopy(array, i + 1, array, i, size - i - 1);
        array[--size] = null;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return hashed != null ? hashed.contains(o) : indexOf(o) >= 0;
    }

    private int indexOf(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(array[i], o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return hashed != null ? hashed.size() : size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public Iterator<E> iterator() {
        if (hashed != null) {
            return hashed.iterator();
        }
        return size == 0 ? Collections.emptyIterator() : new Iterator<>() {
            private int next;
            private boolean removable;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                removable = true;
                return (E) array[next++];
            }

            @Override
            public void remove() {
                if (!removable) {
                    throw new IllegalStateException();
                }
                removable = false;
                SmallSet.this.remove(array[--next]);
            }
        };
    }
}
