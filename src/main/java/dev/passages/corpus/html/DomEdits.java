package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits to a page's tree that stay linear in its size. jsoup renumbers every later sibling when one node
 * is removed or moved, so removing many children of one parent one by one costs the square of their number;
 * here removals from large families wait and are made together, and moves rebuild the family at once.
 */
final class DomEdits {

    /** Families smaller than this have a child removed at once: renumbering them costs less than waiting. */
    private static final int LARGE_FAMILY = 256;

    private final Map<Element, Set<Node>> pending = new IdentityHashMap<>();
    /** Told of every family that changes, or null. */
    private final ElementMeasures measures;

    DomEdits() {
        this(null);
    }

    /** Edits that tell {@code measures} which elements they change. */
    DomEdits(ElementMeasures measures) {
        this.measures = measures;
    }

    /** Removes {@code e} now, or at {@link #flush()} when its parent has a large family. */
    void remove(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return;
        }
        if (parent.childNodeSize() < LARGE_FAMILY) {
            changed(parent);
            e.remove();
        } else {
            pending.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
        }
    }

    /** Whether {@code e} is removed, or waits to be. */
    boolean removed(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return true;
        }
        Set<Node> doomed = pending.get(parent);
        return doomed != null && doomed.contains(e);
    }

    /** Makes the removals that wait. */
    void flush() {
        for (Map.Entry<Element, Set<Node>> family : pending.entrySet()) {
            List<Node> kept = new ArrayList<>(family.getKey().childNodeSize());
            for (Node child : family.getKey().childNodes()) {
                if (!family.getValue().contains(child)) {
                    kept.add(child);
                }
            }
            changed(family.getKey());
            replaceChildren(family.getKey(), kept);
        }
        pending.clear();
    }

    private void changed(Element parent) {
        if (measures != null) {
            measures.changed(parent);
        }
    }

    /** Gives {@code parent} exactly {@code children} (its own, or nodes without a parent), in one step. */
    static void replaceChildren(Element parent, List<Node> children) {
        parent.empty();
        parent.appendChildren(children);
    }

    /** Detaches every child of {@code parent} in one step and returns them, parentless, in order. */
    static List<Node> takeChildren(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        parent.empty();
        return children;
    }
}
