package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What content scoring and cleaning measure of an element (the length of its folded text, its commas, its
 * link text, how many paragraphs, images, list items, inputs and embeds it holds, its text in lists and in
 * headings), each element's measures made once from its children's and kept until its subtree changes.
 * Without it, asking of every nested container walks the same descendants again at every level.
 */
final class ElementMeasures {

    /** Flags of a stretch of text: it has a character other than white space; white space before, after it. */
    private static final int CONTENT = 1;
    private static final int LEADING_SPACE = 2;
    private static final int TRAILING_SPACE = 4;
    /** Of a stretch without content: it has white space. */
    private static final int ANY_SPACE = 8;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * The measures of one element. {@code chars} is {@link DomText#length} of it (each run of white space one
     * character, none at either end), kept with {@code flags} so that the measures of siblings add up exactly;
     * {@code links} is the length of its link text, links to the same page weighing less.
     */
    private record Measure(int chars, int flags, int commas, double links, int paragraphs, int images, int items,
                           int inputs, int embeds, int listChars, int headingChars) {
    }

    private final Map<Element, Measure> known = new IdentityHashMap<>();

    /** The length of the element's text with white space folded ({@link DomText#length}). */
    int length(Element e) {
        return of(e).chars();
    }

    /** The number of commas in the element's text. */
    int commas(Element e) {
        return of(e).commas();
    }

    /** The share of the element's text that lies in links ({@link DomText#linkDensity(Element)}). */
    double linkDensity(Element e) {
        Measure m = of(e);
        return m.chars() == 0 ? 0 : m.links() / m.chars();
    }

    /** How many {@code p} elements the element is or holds. */
    int paragraphs(Element e) {
        return of(e).paragraphs();
    }

    /** How many {@code img} elements the element is or holds. */
    int images(Element e) {
        return of(e).images();
    }

    /** How many {@code li} elements the element is or holds. */
    int items(Element e) {
        return of(e).items();
    }

    /** How many {@code input} elements the element is or holds. */
    int inputs(Element e) {
        return of(e).inputs();
    }

    /** How many {@code object}, {@code embed} and {@code iframe} elements the element is or holds. */
    int embeds(Element e) {
        return of(e).embeds();
    }

    /** The summed text lengths of the lists ({@code ul}, {@code ol}) the element is or holds, nested ones again. */
    int listChars(Element e) {
        return of(e).listChars();
    }

    /** The summed text lengths of the outermost headings inside the element (not the element itself). */
    int headingChars(Element e) {
        return of(e).headingChars();
    }

    /**
     * Forgets the measures of {@code e} and its ancestors: call it when a child of {@code e} is added, removed or
     * changed. (An element is measured only after all its children are, so the first ancestor not known ends
     * the walk.)
     */
    void changed(Element e) {
        for (Element a = e; a != null && known.remove(a) != null; a = a.parent()) {
            // forgotten
        }
    }

    private Measure of(Element e) {
        Measure m = known.get(e);
        if (m == null) {
            m = measure(e);
            known.put(e, m);
        }
        return m;
    }

    private Measure measure(Element e) {
        int chars = 0;
        int flags = 0;
        int commas = 0;
        double links = 0;
        int paragraphs = 0;
        int images = 0;
        int items = 0;
        int inputs = 0;
        int embeds = 0;
        int listChars = 0;
        int headingChars = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            int childChars;
            int childFlags;
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                long text = text(s);
                childChars = (int) (text >>> 32);
                commas += (int) (text >>> 4) & 0x0FFFFFFF;
                childFlags = (int) (text & 15);
            } else if (child instanceof Element c) {
                Measure cm = of(c);
                childChars = cm.chars();
                childFlags = cm.flags();
                commas += cm.commas();
                links += cm.links();
                paragraphs += cm.paragraphs();
                images += cm.images();
                items += cm.items();
                inputs += cm.inputs();
                embeds += cm.embeds();
                listChars += cm.listChars();
                headingChars += HEADINGS.contains(c.normalName()) ? cm.chars() : cm.headingChars();
            } else {
                continue;
            }
            long folded = fold(chars, flags, childChars, childFlags);
            chars = (int) (folded >>> 32);
            flags = (int) folded;
        }
        switch (e.normalName()) {
            case "a" -> links += chars * (e.attr("href").startsWith("#") ? 0.3 : 1);
            case "p" -> paragraphs++;
            case "img" -> images++;
            case "li" -> items++;
            case "input" -> inputs++;
            case "object", "embed", "iframe" -> embeds++;
            case "ul", "ol" -> listChars += chars;
            default -> {
            }
        }
        return new Measure(chars, flags, commas, links, paragraphs, images, items, inputs, embeds, listChars, headingChars);
    }

    /**
     * The folded text so far ({@code chars}, {@code flags}) followed by a child's: its length (the high 32 bits)
     * and flags (the low 32), a space counted between the two where either side had one.
     */
    private static long fold(int chars, int flags, int childChars, int childFlags) {
        if ((childFlags & CONTENT) == 0) {
            if ((childFlags & ANY_SPACE) != 0) {
                flags |= (flags & CONTENT) == 0 ? ANY_SPACE : TRAILING_SPACE;
            }
        } else if ((flags & CONTENT) == 0) {
            boolean spaceBefore = (flags & ANY_SPACE) != 0 || (childFlags & LEADING_SPACE) != 0;
            chars = childChars;
            flags = CONTENT | (spaceBefore ? LEADING_SPACE : 0) | (childFlags & TRAILING_SPACE);
        } else {
            boolean spaceBetween = (flags & TRAILING_SPACE) != 0 || (childFlags & LEADING_SPACE) != 0;
            chars += childChars + (spaceBetween ? 1 : 0);
            flags = CONTENT | (flags & LEADING_SPACE) | (childFlags & TRAILING_SPACE);
        }
        return ((long) chars << 32) | (flags & 0xFFFFFFFFL);
    }

    /**
     * The folded length of one piece of text (the high 32 bits), its commas (the next 28: a text node holds
     * fewer characters than that) and its flags (the low 4 bits).
     */
    private static long text(String s) {
        int count = 0;
        int commas = 0;
        boolean space = false;
        boolean started = false;
        boolean leading = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DomText.isSpace(c)) {
                if (started) {
                    space = true;
                } else {
                    leading = true;
                }
            } else {
                count += space ? 2 : 1;
                space = false;
                started = true;
                if (DomText.isComma(c)) {
                    commas++;
                }
            }
        }
        int flags = !started ? (leading ? ANY_SPACE : 0)
                : CONTENT | (leading ? LEADING_SPACE : 0) | (space ? TRAILING_SPACE : 0);
        return ((long) count << 32) | ((long) commas << 4) | flags;
    }
}
