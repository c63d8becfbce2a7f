package dev.passages.corpus.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the block of a page that holds the article, in the manner of Readability: page furniture is
 * removed, every paragraph-like block scores by its text length and commas, the score flows to its parent
 * and (less) to further ancestors, each candidate's score shrinks by its link density, and the best candidate
 * is gathered with those of its siblings that score nearly as well or read as prose.
 */
final class ContentScorer {

    /** Blocks that carry article text and give their score to their ancestors. */
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Empty containers of these kinds are dropped while walking. */
    private static final Set<String> EMPTY_DROPPED = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final HintWords BYLINE = new HintWords("byline", "author", "dateline", "writtenby", "p-author");
    private static final Evaluator ITEMPROP_NAME = PageElements.selector("[itemprop~=(?i)name]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final int TOP_CANDIDATES = 5;
    /** How many near-best candidates must share an ancestor for it to be taken instead. */
    private static final int SHARED_ANCESTOR_VOTES = 3;
    /** How far up a block's score flows. */
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_SCORED_TEXT = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final DomEdits edits = new DomEdits();
    private final Map<Element, Boolean> withText = new IdentityHashMap<>();
    private final boolean stripUnlikely;
    private final boolean weighClasses;
    private final String title;
    private String byline;

    ContentScorer(boolean stripUnlikely, boolean weighClasses, String title) {
        this.stripUnlikely = stripUnlikely;
        this.weighClasses = weighClasses;
        this.title = title;
    }

    /** A byline found in the page's markup while walking it, or null. */
    String byline() {
        return byline;
    }

    /** A new element holding the article blocks taken out of {@code body}. */
    Element grab(Element body) {
        List<Element> toScore = walk(body);
        edits.flush();
        // the page does not change from here until the siblings are gathered
        ElementMeasures measures = new ElementMeasures();
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            Element parent = e.parent();
            if (parent == null) {
                continue;
            }
            int length = measures.length(e);
            if (length < MIN_SCORED_TEXT) {
                continue;
            }
            double score = 1 + measures.commas(e) + Math.min(length / 100, 3);
            int level = 0;
            for (Element a = parent; a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
                if (a.parent() == null) {
                    break;
                }
                if (!scores.containsKey(a)) {
                    initialise(a);
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
            }
        }
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double score = scores.get(c) * (1 - measures.linkDensity(c));
            scores.put(c, score);
            int at = 0;
            while (at < top.size() && scores.get(top.get(at)) >= score) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                top.add(at, c);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(TOP_CANDIDATES);
                }
            }
        }
        Element best = top.isEmpty() ? null : top.get(0);
        if (best == null || best.normalName().equals("body")) {
            Element all = new Element("div");
            all.appendChildren(DomEdits.takeChildren(body));
            body.appendChild(all);
            initialise(all);
            best = all;
        } else {
            best = raise(best, top);
        }
        return gatherSiblings(best, measures);
    }

    /** The walk that removes furniture, turns inline-only divs into paragraphs and lists blocks to score. */
    private List<Element> walk(Element body) {
        List<Element> toScore = new ArrayList<>();
        boolean titleHeaderPending = title != null && !title.isBlank();
        Element node = body.firstElementChild();
        while (node != null) {
            String tag = node.normalName();
            String hints = DomText.hints(node);
            if (DomText.hidden(node) || (node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog"))) {
                node = removeAndNext(node);
                continue;
            }
            if (byline == null && isByline(node, hints)) {
                Element name = node.selectFirst(ITEMPROP_NAME);
                byline = name != null && !name.text().isEmpty() ? name.text() : node.text();
                node = removeAndNext(node);
                continue;
            }
            if (titleHeaderPending && (tag.equals("h1") || tag.equals("h2")) && TitleCleaner.similarity(title, node.text()) > 0.75) {
                titleHeaderPending = false;
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely) {
                String lower = HintWords.lower(hints);
                if (DomText.UNLIKELY.inLower(lower) && !DomText.MAYBE_CANDIDATE.inLower(lower)
                        && !DomText.hasAncestor(node, "table", 0) && !DomText.hasAncestor(node, "code", 0)
                        && !tag.equals("body") && !tag.equals("a")) {
                    node = removeAndNext(node);
                    continue;
                }
                if (DomText.UNLIKELY_ROLES.contains(node.attr("role").toLowerCase(Locale.ROOT))) {
                    node = removeAndNext(node);
                    continue;
                }
            }
            if (EMPTY_DROPPED.contains(tag) && withoutContent(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (SCORED.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapLooseText(node);
                Element only = node.childNodeSize() > 0 ? singleParagraph(node) : null;
                if (only != null && DomText.linkDensity(node) < 0.25) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    private boolean isByline(Element node, String hints) {
        boolean marked = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || BYLINE.in(hints);
        if (!marked) {
            return false;
        }
        String text = node.text();
        return !text.isEmpty() && text.length() < 100;
    }

    /** Runs of inline content loose in a div become paragraphs of their own. */
    private static void wrapLooseText(Element div) {
        boolean loose = false;
        for (Node child : div.childNodes()) {
            if (DomText.isPhrasing(child) && !DomText.isWhitespace(child)) {
                loose = true;
                break;
            }
        }
        if (!loose) {
            return;
        }
        List<Node> rebuilt = new ArrayList<>();
        Element p = null;
        for (Node child : DomEdits.takeChildren(div)) {
            if (DomText.isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!DomText.isWhitespace(child)) {
                    p = new Element("p");
                    p.appendChild(child);
                    rebuilt.add(p);
                } else {
                    rebuilt.add(child);
                }
            } else {
                if (p != null) {
                    PagePreparer.trimTrailingBlank(p);
                    p = null;
                }
                rebuilt.add(child);
            }
        }
        DomEdits.replaceChildren(div, rebuilt);
    }

    /** The div's only child element when it is a {@code p} and no text lies beside it, else null. */
    private static Element singleParagraph(Element div) {
        Element only = null;
        for (Node n : div.childNodes()) {
            if (n instanceof Element c) {
                if (only != null) {
                    return null;
                }
                only = c;
            } else if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return only != null && only.normalName().equals("p") ? only : null;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (DomText.BLOCKS.contains(c.normalName()) || hasBlockChild(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean withoutContent(Element e) {
        if (hasText(e)) {
            return false;
        }
        int children = DomText.elementChildren(e);
        return children == 0 || children == DomText.breaks(e);
    }

    /**
     * Whether an element holds text, remembered for the walk: it asks this of every container from the top
     * down, and nested containers would otherwise each search the same descendants.
     */
    private boolean hasText(Element e) {
        Boolean known = withText.get(e);
        if (known != null) {
            return known;
        }
        boolean found = false;
        for (Node child : e.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t ? !t.isBlank() : child instanceof Element c && hasText(c)) {
                found = true;
                break;
            }
        }
        withText.put(e, found);
        return found;
    }

    /** The best candidate, or an ancestor that several near-best candidates share or that scores better still. */
    private Element raise(Element best, List<Element> top) {
        double bestScore = scores.get(best);
        List<List<Element>> nearAncestors = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / bestScore >= 0.75) {
                nearAncestors.add(ancestors(top.get(i)));
            }
        }
        if (nearAncestors.size() >= SHARED_ANCESTOR_VOTES) {
            for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
                int votes = 0;
                Element shared = parent;
                for (List<Element> list : nearAncestors) {
                    if (list.stream().anyMatch(x -> x == shared)) {
                        votes++;
                    }
                }
                if (votes >= SHARED_ANCESTOR_VOTES) {
                    best = parent;
                    break;
                }
            }
        }
        if (!scores.containsKey(best)) {
            initialise(best);
        }
        double last = scores.get(best);
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                best = parent;
                break;
            }
            last = score;
        }
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body")
                && parent.childrenSize() == 1; parent = best.parent()) {
            best = parent;
        }
        if (!scores.containsKey(best)) {
            initialise(best);
        }
        return best;
    }

    private static List<Element> ancestors(Element e) {
        List<Element> list = new ArrayList<>();
        for (Element p = e.parent(); p != null; p = p.parent()) {
            list.add(p);
        }
        return list;
    }

    /** The best candidate with the siblings that score nearly as well, share its class, or read as prose. */
    private Element gatherSiblings(Element best, ElementMeasures measures) {
        Element article = new Element("div");
        double bestScore = scores.get(best);
        double threshold = Math.max(10, bestScore * 0.2);
        Element parent = best.parent();
        List<Element> siblings = parent == null ? List.of(best) : new ArrayList<>(parent.children());
        List<Node> taken = new ArrayList<>();
        for (Element sibling : siblings) {
            boolean append = sibling == best;
            if (!append) {
                double bonus = !best.className().isEmpty() && sibling.className().equals(best.className()) ? bestScore * 0.2 : 0;
                Double score = scores.get(sibling);
                if (score != null && score + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = measures.linkDensity(sibling);
                    String text = DomText.text(sibling);
                    append = (text.length() > 80 && density < 0.25)
                            || (text.length() < 80 && !text.isEmpty() && density == 0 && SENTENCE_END.matcher(text).find());
                }
            }
            if (append) {
                if (!Set.of("div", "article", "section", "p", "ol", "ul").contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                taken.add(sibling);
            }
        }
        if (parent != null) {
            DomEdits.takeChildren(parent);
        }
        article.appendChildren(taken);
        return article;
    }

    private void initialise(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        scores.put(e, score + (weighClasses ? DomText.classWeight(e) : 0));
    }

    private Element removeAndNext(Element node) {
        Element next = next(node, true);
        edits.remove(node);
        return next;
    }

    /** The next element in document order, skipping this one's children when asked. */
    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element e = node; e != null; e = e.parent()) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
