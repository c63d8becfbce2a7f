package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what remains of the page's furniture from the gathered article: forms, footers, asides, share
 * buttons, headings marked as furniture, and the tables, lists and divs whose links, images, inputs or
 * missing prose show they are not part of the text.
 */
final class BodyCleaner {

    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final int SHARE_TEXT_LIMIT = 500;
    private static final Set<String> ALWAYS_REMOVED = Set.of("footer", "aside", "nav", "input", "textarea", "select",
            "button", "form", "figcaption");

    private final boolean weighClasses;
    private final boolean conditional;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();
    private final DomEdits edits = new DomEdits();

    BodyCleaner(boolean weighClasses, boolean conditional) {
        this.weighClasses = weighClasses;
        this.conditional = conditional;
    }

    void clean(Element article) {
        markDataTables(article);
        cleanConditionally(article, "fieldset");
        for (Element e : article.select(String.join(", ", ALWAYS_REMOVED))) {
            edits.remove(e);
        }
        edits.flush();
        for (Element child : article.children()) {
            removeShareBlocks(child);
        }
        for (Element h : article.select("h1, h2")) {
            if (weight(h) < 0) {
                edits.remove(h);
            }
        }
        edits.flush();
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
        for (Element p : article.getElementsByTag("p")) {
            if (!DomText.hasText(p) && p.getElementsByTag("img").isEmpty()) {
                edits.remove(p);
            }
        }
        edits.flush();
    }

    private void removeShareBlocks(Element root) {
        for (Element e : root.getAllElements()) {
            if (e != root && SHARE.matcher(DomText.hints(e)).find() && DomText.length(e) < SHARE_TEXT_LIMIT) {
                edits.remove(e);
            }
        }
        edits.flush();
    }

    private int weight(Element e) {
        return weighClasses ? DomText.classWeight(e) : 0;
    }

    /** Tables laid out for data (captions, headers, many cells) are kept whatever their links. */
    private void markDataTables(Element article) {
        for (Element table : article.getElementsByTag("table")) {
            dataTables.put(table, isDataTable(table));
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || !table.getElementsByTag("caption").isEmpty()) {
            return true;
        }
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
            return true;
        }
        if (!table.getElementsByTag("table").stream().skip(1).toList().isEmpty()) {
            return false;
        }
        int rows = table.getElementsByTag("tr").size();
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            columns = Math.max(columns, tr.children().size());
        }
        if (rows == 1 || columns == 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private void cleanConditionally(Element article, String tag) {
        if (!conditional) {
            return;
        }
        List<Element> nodes = new ArrayList<>(article.getElementsByTag(tag));
        // innermost first: a container is judged on what is left in it
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element node = nodes.get(i);
            if (node != article && !edits.removed(node) && shouldRemove(node, tag)) {
                edits.remove(node);
            }
        }
        edits.flush();
    }

    private boolean shouldRemove(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        int length = DomText.length(node);
        if (!isList) {
            int listText = 0;
            for (Element li : node.select("ul, ol")) {
                listText += DomText.length(li);
            }
            isList = length > 0 && (double) listText / length > 0.9;
        }
        if (tag.equals("table") && Boolean.TRUE.equals(dataTables.get(node))) {
            return false;
        }
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if ((p.normalName().equals("table") && Boolean.TRUE.equals(dataTables.get(p))) || p.normalName().equals("code")) {
                return false;
            }
        }
        for (Element t : node.getElementsByTag("table")) {
            if (Boolean.TRUE.equals(dataTables.get(t))) {
                return false;
            }
        }
        int weight = weight(node);
        if (weight < 0) {
            return true;
        }
        if (DomText.commas(node) >= 10) {
            return false;
        }
        int paragraphs = node.getElementsByTag("p").size();
        int images = node.getElementsByTag("img").size();
        int items = node.getElementsByTag("li").size() - 100;
        int inputs = node.getElementsByTag("input").size();
        double headingDensity = density(node, length, Set.of("h1", "h2", "h3", "h4", "h5", "h6"));
        int embeds = node.select("object, embed, iframe").size();
        double linkDensity = DomText.linkDensity(node);
        boolean inFigure = DomText.hasAncestor(node, "figure", 0);
        boolean remove = (!inFigure && images > 1 && (double) paragraphs / images < 0.5)
                || (!isList && items > paragraphs)
                || (inputs > paragraphs / 3)
                || (!isList && !inFigure && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || ((embeds == 1 && length < 75) || embeds > 1);
        if (isList && remove) {
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return remove;
                }
            }
            if (images == node.getElementsByTag("li").size()) {
                return false;
            }
        }
        return remove;
    }

    /** The share of an element's text that lies in descendants of the given kinds. */
    private static double density(Element node, int length, Set<String> tags) {
        if (length == 0) {
            return 0;
        }
        int inside = 0;
        for (Element e : node.getAllElements()) {
            if (e != node && tags.contains(e.normalName()) && !hasAncestorIn(e, node, tags)) {
                inside += DomText.length(e);
            }
        }
        return (double) inside / length;
    }

    private static boolean hasAncestorIn(Element e, Element stop, Set<String> tags) {
        for (Element p = e.parent(); p != null && p != stop; p = p.parent()) {
            if (tags.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a node holds nothing but white space. */
    static boolean blank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }
}
