package dev.passages.corpus.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/**
 * Readies a parsed page for content scoring: removes what is never text (scripts, styles, templates,
 * comments), turns {@code <br><br>} runs into paragraphs and {@code <font>} into {@code <span>}.
 */
final class PagePreparer {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, canvas, link, meta";

    private PagePreparer() {
    }

    static void prepare(Document doc) {
        doc.body().select(NEVER_TEXT).remove();
        removeComments(doc.body());
        replaceBreaks(doc.body());
        for (Element font : doc.body().getElementsByTag("font")) {
            font.tagName("span");
        }
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
    }

    /**
     * A run of two or more {@code <br>} becomes a paragraph holding the inline content that follows it, up to
     * the next such run or block: text written with blank lines rather than paragraphs keeps its breaks.
     */
    static void replaceBreaks(Element root) {
        Elements breaks = root.getElementsByTag("br");
        for (Element br : breaks) {
            if (br.parent() == null) {
                continue;
            }
            Node next = br.nextSibling();
            boolean replaced = false;
            while ((next = skipBlank(next)) instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = next.nextSibling();
                next.remove();
                next = after;
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if (next instanceof Element e && e.normalName().equals("br")
                        && skipBlank(next.nextSibling()) instanceof Element n && n.normalName().equals("br")) {
                    break;
                }
                if (!DomText.isPhrasing(next)) {
                    break;
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
            trimTrailingBlank(p);
            Element parent = p.parent();
            if (parent != null && parent.normalName().equals("p")) {
                parent.tagName("div");
            }
        }
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
