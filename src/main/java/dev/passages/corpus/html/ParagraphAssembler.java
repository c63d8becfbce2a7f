package dev.passages.corpus.html;

import dev.passages.corpus.Paragraphs;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the article's markup into paragraphs: each block ({@code p}, list item, blockquote, heading, table
 * cell, {@code pre} part) is its own paragraph, a single {@code <br>} is a space, blank lines in {@code pre}
 * separate paragraphs; each is tidied as plain-text paragraphs are.
 */
final class ParagraphAssembler {

    /** Elements that end the paragraph before them and start a new one. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private ParagraphAssembler() {
    }

    static List<String> paragraphs(Element article) {
        ParagraphAssembler a = new ParagraphAssembler();
        a.visit(article, false);
        a.flush();
        return a.paragraphs;
    }

    private void visit(Element element, boolean inPre) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                if (inPre && text.contains("\n")) {
                    appendPre(text);
                } else {
                    current.append(text);
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    current.append(inPre ? '\n' : ' ');
                } else if (tag.equals("img")) {
                    current.append(' ');
                } else if (BLOCK.contains(tag)) {
                    flush();
                    visit(e, inPre || tag.equals("pre"));
                    flush();
                } else {
                    visit(e, inPre);
                }
            }
        }
    }

    /** Preformatted text: a blank line separates paragraphs, a single line break is a space. */
    private void appendPre(String text) {
        String[] parts = BLANK_LINE.split(text, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                flush();
            }
            current.append(parts[i]);
        }
    }

    private void flush() {
        if (current.length() == 0) {
            return;
        }
        String p = Paragraphs.tidy(current.toString());
        current.setLength(0);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }
}
