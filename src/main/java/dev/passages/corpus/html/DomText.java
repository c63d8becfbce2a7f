package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Measures parts of a web page for content scoring: their text, link density, commas and class/id hints. */
final class DomText {

    /** Class or id words of blocks that hold the article (each one adds to a block's weight). */
    static final HintWords POSITIVE = new HintWords(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
            "blog", "story");
    /** Class or id words of blocks around the article: comments, sharing, advertising, navigation. */
    static final HintWords NEGATIVE = new HintWords(
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
            "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
            "shopping", "tags", "widget", "cookie");
    /** "hid" as a negative hint only when it stands alone at either end or between spaces. */
    private static final Pattern NEGATIVE_HID = Pattern.compile("^hid$| hid$| hid |^hid ", Pattern.CASE_INSENSITIVE);
    /** Class or id words of blocks that are removed before scoring unless {@link #MAYBE_CANDIDATE} also matches. */
    static final HintWords UNLIKELY = new HintWords(
            "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
            "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
            "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
            "yom-remote", "cookie-banner", "cookie-consent", "cookie-notice");
    static final HintWords MAYBE_CANDIDATE = new HintWords(
            "and", "article", "body", "column", "content", "main", "mathjax", "shadow");
    /** ARIA roles of page furniture. */
    static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    /** Commas of the scripts a page may be written in. */
    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";

    /** Inline elements: text and these are gathered into paragraphs when they sit loose in a block. */
    static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr");
    /** Elements whose presence makes a div a container rather than a paragraph. */
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");

    private DomText() {
    }

    /** The element's text with runs of white space folded to one space, trimmed. */
    static String text(Element e) {
        return e.text();
    }

    /**
     * The length of {@link #text}, counted without building it: each run of white space counts one, leading
     * and trailing white space none (element boundaries aside, where {@code text()} may add a space).
     */
    static int length(Element e) {
        return measure(e, false);
    }

    /** The number of commas in the element's text. */
    static int commas(Element e) {
        return measure(e, true);
    }

    private static int measure(Element root, boolean commas) {
        int count = 0;
        boolean space = false;
        boolean started = false;
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (commas) {
                        if (isComma(c)) {
                            count++;
                        }
                    } else if (isSpace(c)) {
                        space = started;
                    } else {
                        count += space ? 2 : 1;
                        space = false;
                        started = true;
                    }
                }
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
            } else {
                while (node != null && node.nextSibling() == null && depth > 0) {
                    node = node.parentNode();
                    depth--;
                }
                node = depth == 0 || node == null ? null : node.nextSibling();
            }
        }
        return count;
    }

    /** A comma of any script (the test for the ASCII comma comes first: it is nearly always that one). */
    static boolean isComma(char c) {
        return c == ',' || (c >= '\u060C' && COMMAS.indexOf(c) >= 0);
    }

    /** White space as {@link #length} folds it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0';
    }

    /** Whether the element holds any text other than white space. */
    static boolean hasText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        for (Element c : e.children()) {
            if (hasText(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many child elements the element has, counted among its child nodes (jsoup's own count lists them
     * anew after each change to the page).
     */
    static int elementChildren(Element e) {
        int children = 0;
        for (Node n : e.childNodes()) {
            children += n instanceof Element ? 1 : 0;
        }
        return children;
    }

    /** How many {@code br} and {@code hr} elements the element is or holds, in one walk of its subtree. */
    static int breaks(Element e) {
        int breaks = 0;
        for (Element d : e.getAllElements()) {
            String tag = d.normalName();
            breaks += tag.equals("br") || tag.equals("hr") ? 1 : 0;
        }
        return breaks;
    }

    /** The class and id of an element, as content hints are matched against them. */
    static String hints(Element e) {
        // most elements have no attributes at all: no class or id to look up and join
        if (e.attributesSize() == 0) {
            return " ";
        }
        return e.className() + " " + e.id();
    }

    /** +25 per positive and -25 per negative hint in the class and in the id. */
    static int classWeight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        String lower = HintWords.lower(hint);
        int weight = 0;
        if (NEGATIVE.inLower(lower) || (lower.contains("hid") && NEGATIVE_HID.matcher(hint).find())) {
            weight -= 25;
        }
        if (POSITIVE.inLower(lower)) {
            weight += 25;
        }
        return weight;
    }

    /** The share of an element's text that lies in links (links to the same page count less: tables of contents). */
    static double linkDensity(Element e) {
        int length = length(e);
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += length(a) * coefficient;
        }
        return links / length;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isComma(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isWhitespace(Node n) {
        return (n instanceof TextNode t && t.isBlank()) || (n instanceof Element e && e.normalName().equals("br"));
    }

    /** Text, inline elements, and links or edits made only of inline content. */
    static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node c : e.childNodes()) {
                if (!isPhrasing(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth++ >= maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element is hidden by its style, its hidden attribute or aria-hidden. */
    static boolean hidden(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return e.hasAttr("hidden") || (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image"));
    }
}
