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

    /** {@code text} without its terminal escape sequences, each taken out whole ({@code ESC[5m}, not only ESC). */
    public static String withoutEscapes(String text) {
        return text.indexOf('\u001B') >= 0 ? ESCAPES.matcher(text).replaceAll("") : text;
    }

    /**
     * One paragraph on one line: terminal escapes and other controls removed, white space (tabs and line
     * breaks among it) folded to single spaces, no space before punctuation that ends a clause. One pass
     * over the characters: this runs on every paragraph of every article.
     */
    public static String tidy(String block) {
        String s = withoutEscapes(block);
        int n = s.length();
        // a plain array rather than a StringBuilder: no call per character, however the JIT inlines
        char[] b = new char[n];
        int w = 0;
        boolean pendingSpace = false;
        // the space after a punctuation mark that lost the space before it stays (", , b" → ", , b", not ",, b")
        boolean keepSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
            } else if (w == 0 && Character.isWhitespace(c)) {
                // other white space (an ogham space mark) before the first word: the strip that ends this
                // would remove it, so it must not count as a word that punctuation's spacing depends on
                continue;
            } else if (!isControl(c)) {
                if (pendingSpace && w > 0) {
                    if (!keepSpace && isClausePunctuation(c) && spaceOrEndAfter(s, i + 1)) {
                        keepSpace = true;
                    } else {
                        b[w++] = ' ';
                        keepSpace = false;
                    }
                }
                pendingSpace = false;
                b[w++] = c;
            }
        }
        return new String(b, 0, w).strip();
    }

    /**
     * White space as paragraphs fold it: ASCII blanks, tab, the line breaks (line feed, carriage return, vertical tab,
     * form feed, next line, the Unicode line and paragraph separators), no-break and typographic spaces: each stands
     * between two words, which must not be glued together.
     */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** C0 and C1 controls other than the blanks and line breaks {@link #isSpace} folds. */
    private static boolean isControl(char c) {
        return (c <= '\u001F' || c >= '\u007F' && c <= '\u009F') && !isSpace(c);
    }

    private static boolean isClausePunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** Whether, controls aside, white space or the end of the text follows position {@code from}. */
    private static boolean spaceOrEndAfter(String s, int from) {
        int i = from;
        while (i < s.length() && isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length() || isSpace(s.charAt(i))) {
            return true;
        }
        // other white space (an ogham space mark) is the end when nothing else follows: the final strip removes it
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c) && !isSpace(c) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
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
