package dev.passages.corpus.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The elements of a freshly parsed page that reading its metadata and readying it for scoring look for,
 * gathered in one walk of the page, each list in document order: every search of a whole page costs a walk
 * of all its elements, and a page was searched a dozen times.
 */
final class PageElements {

    /** Elements never part of the text; {@link PagePreparer} removes those in the body. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "canvas", "link", "meta");

    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> titles = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> dated = new ArrayList<>();
    private final List<Element> neverTextInBody = new ArrayList<>();
    private final List<Element> fontsInBody = new ArrayList<>();
    private final List<Element> breaksInBody = new ArrayList<>();
    private final Set<Element> commentParentsInBody = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageElements() {
    }

    /** Gathers the elements of {@code doc}, which must not change until they are used. */
    static PageElements of(Document doc) {
        PageElements page = new PageElements();
        Element body = doc.body();
        doc.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(Node node, int depth) {
                if (node == body) {
                    inBody = true;
                }
                if (node instanceof Element e) {
                    page.gather(e, inBody);
                } else if (inBody && node instanceof Comment && node.parent() != null) {
                    page.commentParentsInBody.add((Element) node.parent());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    inBody = false;
                }
            }
        });
        return page;
    }

    private void gather(Element e, boolean inBody) {
        String tag = e.normalName();
        switch (tag) {
            case "script" -> scripts.add(e);
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "title" -> titles.add(e);
            case "h1", "h2" -> headings.add(e);
            case "font" -> {
                if (inBody) {
                    fontsInBody.add(e);
                }
            }
            case "br" -> {
                if (inBody) {
                    breaksInBody.add(e);
                }
            }
            default -> {
            }
        }
        if (tag.equals("time") || e.hasAttr("itemprop")) {
            dated.add(e);
        }
        if (inBody && NEVER_TEXT.contains(tag)) {
            neverTextInBody.add(e);
        }
    }

    /** The elements of a list that {@code selector} matches (a selector of single elements, no combinators). */
    static List<Element> matching(List<Element> elements, Evaluator selector) {
        List<Element> matched = new ArrayList<>();
        for (Element e : elements) {
            if (selector.matches(e, e)) {
                matched.add(e);
            }
        }
        return matched;
    }

    /** The first element of a list that {@code selector} matches, or null. */
    static Element first(List<Element> elements, Evaluator selector) {
        for (Element e : elements) {
            if (selector.matches(e, e)) {
                return e;
            }
        }
        return null;
    }

    /** A selector parsed once. */
    static Evaluator selector(String css) {
        return QueryParser.parse(css);
    }

    List<Element> scripts() {
        return scripts;
    }

    List<Element> metas() {
        return metas;
    }

    List<Element> links() {
        return links;
    }

    /** The first {@code title} element anywhere in the page, or null. */
    Element title() {
        return titles.isEmpty() ? null : titles.get(0);
    }

    /** The {@code h1} and {@code h2} elements. */
    List<Element> headings() {
        return headings;
    }

    /** The {@code time} elements and the elements with an {@code itemprop}. */
    List<Element> dated() {
        return dated;
    }

    List<Element> neverTextInBody() {
        return neverTextInBody;
    }

    List<Element> fontsInBody() {
        return fontsInBody;
    }

    List<Element> breaksInBody() {
        return breaksInBody;
    }

    /** The elements of the body that have a comment among their children. */
    Set<Element> commentParentsInBody() {
        return commentParentsInBody;
    }
}
