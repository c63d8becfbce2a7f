package dev.passages.corpus.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readies a parsed page for content scoring: removes what is never text (scripts, styles, templates,
 * comments), turns {@code <br><br>} runs into paragraphs and {@code <font>} into {@code <span>}.
 */
final class PagePreparer {

    private PagePreparer() {
    }

    /** Readies {@code doc}, whose elements {@code page} has gathered since it was parsed. */
    static void prepare(Document doc, PageElements page) {
        DomEdits edits = new DomEdits();
        page.neverTextInBody().forEach(edits::remove);
        edits.flush();
        removeComments(page.commentParentsInBody());
        replaceBreaks(page.breaksInBody());
        for (Element font : page.fontsInBody()) {
            font.tagName("span");
        }
    }

    private static void removeComments(Set<Element> parents) {
        for (Element parent : parents) {
            List<Node> kept = new ArrayList<>();
            for (Node n : parent.childNodes()) {
                if (!(n instanceof Comment)) {
                    kept.add(n);
                }
            }
            DomEdits.replaceChildren(parent, kept);
        }
    }

    /**
     * A run of two or more {@code <br>} becomes a paragraph holding the inline content that follows it, up to
     * the next such run or block: text written with blank lines rather than paragraphs keeps its breaks. Each
     * family with such a run is rebuilt once. {@code breaks}: the page's {@code <br>} elements.
     */
    private static void replaceBreaks(List<Element> breaks) {
        Map<Element, Boolean> parents = new IdentityHashMap<>();
        for (Element br : breaks) {
            if (br.parent() != null && isBreak(skipBlank(br.nextSibling()))) {
                parents.put(br.parent(), true);
            }
        }
        for (Element parent : parents.keySet()) {
            List<Node> children = DomEdits.takeChildren(parent);
            List<Node> rebuilt = new ArrayList<>(children.size());
            boolean made = false;
            int i = 0;
            while (i < children.size()) {
                Node child = children.get(i++);
                if (!isBreak(child) || !isBreak(nextNonBlank(children, i))) {
                    rebuilt.add(child);
                    continue;
                }
                // skip the run of breaks (and the blank text between them)
                while (i < children.size() && (isBreak(children.get(i)) || BodyCleaner.blank(children.get(i)))
                        && isBreak(nextNonBlank(children, i))) {
                    i++;
                }
                Element p = new Element("p");
                while (i < children.size()) {
                    Node next = children.get(i);
                    if (isBreak(next) && isBreak(nextNonBlank(children, i + 1))) {
                        break;
                    }
                    if (!DomText.isPhrasing(next)) {
                        break;
                    }
                    p.appendChild(next);
                    i++;
                }
                trimTrailingBlank(p);
                rebuilt.add(p);
                made = true;
            }
            DomEdits.replaceChildren(parent, rebuilt);
            if (made && parent.normalName().equals("p")) {
                parent.tagName("div");
            }
        }
    }

    private static boolean isBreak(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    /** The first node from {@code from} on that is not blank text, or null. */
    private static Node nextNonBlank(List<Node> nodes, int from) {
        for (int i = from; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return n;
            }
        }
        return null;
    }

    static void trimTrailingBlank(Element p) {
        while (p.childNodeSize() > 0 && DomText.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    private static Node skipBlank(Node node) {
        Node n = node;
        while (n != null && !(n instanceof Element) && (!(n instanceof TextNode t) || t.isBlank())) {
            n = n.nextSibling();
        }
        return n;
    }
}
