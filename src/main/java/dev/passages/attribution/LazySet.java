package dev.passages.attribution;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set in insertion order that makes its table on the first element added: most of an article's entities
 * are given no role and no post, and an empty {@link LinkedHashSet} costs two objects of its own.
 */
final class LazySet<E> extends AbstractSet<E> {

    private Set<E> items;

    @Override
    public boolean add(E e) {
        if (items == null) {
            items = new LinkedHashSet<>(4);
        }
        return items.add(e);
    }

    @Override
    public boolean remove(Object o) {
        return items != null && items.remove(o);
    }

    @Override
    public boolean contains(Object o) {
        return items != null && items.contains(o);
    }

    @Override
    public boolean isEmpty() {
        return items == null || items.isEmpty();
    }

    @Override
    public int size() {
        return items == null ? 0 : items.size();
    }

    @Override
    public Iterator<E> iterator() {
        return items == null ? Collections.emptyIterator() : items.iterator();
    }
}
