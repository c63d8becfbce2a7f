package dev.passages.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits body text into paragraphs and tidies each one: joined lines, single spaces, no control characters. */
public final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\u3000]*\\n");
    private static final Pattern INDENTED_LINE = Pattern.compile("\\n(?=[ \\t])");
    /** Terminal escape sequences (CSI such as colours, OSC such as window titles, and two-byte escapes), whole. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|\\u001B[@-Z\\\\-_]");
    /** C0 and C1 controls (terminal escapes among them) and the Unicode line and paragraph separators. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +([,.;:!?](?:\\s|$))");

    private Paragraphs() {
    }

    /** Paragraphs separated by blank lines, as in the corpus' {@code .txt} articles. */
    public static List<String> splitOnBlankLines(String body) {
        return tidyAll(BLANK_LINE.split(normaliseLineEnds(body)));
    }

    /** Paragraphs that start with an indented line, as in hard-wrapped newswire (Reuters). */
    public static List<String> splitOnIndent(String body) {
        return tidyAll(INDENTED_LINE.split(normaliseLineEnds(body)));
    }

    public static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One paragraph on one line: controls removed, white space folded, no space before punctuation. */
    public static String tidy(String block) {
        String s = block.indexOf('\u001B') >= 0 ? ESCAPES.matcher(block).replaceAll("") : block;
        s = CONTROLS.matcher(s.replace('\t', ' ').replace('\n', ' ')).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1").strip();
    }

    private static List<String> tidyAll(String[] blocks) {
        List<String> out = new ArrayList<>(blocks.length);
        for (String block : blocks) {
            String p = tidy(block);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
