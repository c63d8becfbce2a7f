package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

import java.util.ArrayList;
import java.util.Collections;
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
    private static final Evaluator ALWAYS_REMOVED = PageElements.selector(
            "footer, aside, nav, input, textarea, select, button, form, figcaption");
    private static final Evaluator TOP_HEADINGS = PageElements.selector("h1, h2");
    private static final Evaluator DATA_TABLE_PARTS = PageElements.selector("col, colgroup, tfoot, thead, th");

    private final boolean weighClasses;
    private final boolean conditional;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();
    private final ElementMeasures measures = new ElementMeasures();
    private final DomEdits edits = new DomEdits(measures);
    /** The elements that are or hold a data table, while one kind of block is cleaned conditionally. */
    private final Set<Element> holdingDataTables = Collections.newSetFromMap(new IdentityHashMap<>());

    BodyCleaner(boolean weighClasses, boolean conditional) {
        this.weighClasses = weighClasses;
        this.conditional = conditional;
    }

    void clean(Element article) {
        markDataTables(article);
        cleanConditionally(article, "fieldset");
        for (Element e : article.select(ALWAYS_REMOVED)) {
            edits.remove(e);
        }
        edits.flush();
        for (Element child : article.children()) {
            removeShareBlocks(child);
        }
        for (Element h : article.select(TOP_HEADINGS)) {
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
            if (e != root && mayShare(e) && SHARE.matcher(DomText.hints(e)).find()
                    && measures.length(e) < SHARE_TEXT_LIMIT) {
                edits.remove(e);
            }
        }
        edits.flush();
    }

    /**
     * Whether the element's class or id holds "share" in any ASCII case, as every match of {@link #SHARE} does:
     * most elements have neither, and are passed over without building their hints or running the pattern.
     */
    private static boolean mayShare(Element e) {
        return HintWords.lower(e.className()).contains("share") || HintWords.lower(e.id()).contains("share");
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
        if (!table.select(DATA_TABLE_PARTS).isEmpty()) {
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
        // removing a block that holds no data table removes none, so this holds for the whole pass
        holdingDataTables.clear();
        for (Map.Entry<Element, Boolean> table : dataTables.entrySet()) {
            for (Element e = table.getValue() ? table.getKey() : null; e != null && holdingDataTables.add(e); e = e.parent()) {
                // marked
            }
        }
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
        int length = measures.length(node);
        if (!isList) {
            isList = length > 0 && (double) measures.listChars(node) / length > 0.9;
        }
        if (tag.equals("table") && Boolean.TRUE.equals(dataTables.get(node))) {
            return false;
        }
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if ((p.normalName().equals("table") && Boolean.TRUE.equals(dataTables.get(p))) || p.normalName().equals("code")) {
                return false;
            }
        }
        if (holdingDataTables.contains(node)) {
            return false;
        }
        int weight = weight(node);
        if (weight < 0) {
            return true;
        }
        if (measures.commas(node) >= 10) {
            return false;
        }
        int paragraphs = measures.paragraphs(node);
        int images = measures.images(node);
        int items = measures.items(node) - 100;
        int inputs = measures.inputs(node);
        double headingDensity = length == 0 ? 0 : (double) measures.headingChars(node) / length;
        int embeds = measures.embeds(node);
        double linkDensity = measures.linkDensity(node);
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
            if (images == measures.items(node)) {
                return false;
            }
        }
        return remove;
    }

    /** Whether a node holds nothing but white space. */
    static boolean blank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }
}
