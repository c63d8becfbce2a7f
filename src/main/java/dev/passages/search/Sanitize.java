package dev.passages.search;

/**
 * Makes text from a corpus file or an argument safe to show on a terminal: the one function every text
 * and TSV output and every message passes such text through, so that no file name, title or query can
 * move the cursor, write the clipboard, reorder the line or start a new one.
 *
 * <p>A tab becomes a space. Every other C0 control character (U+0000-U+001F: escape, bell, backspace,
 * line feed and carriage return among them), DEL (U+007F) and every C1 control (U+0080-U+009F, the
 * one-character CSI U+009B among them) is shown as {@code \xHH}, except line feed and carriage return,
 * shown as {@code \n} and {@code \r}. The bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069) and the line and paragraph separators (U+2028, U+2029) are shown as {@code \}{@code uHHHH}.
 * Backslashes already in the text are left as they are.
 */
public final class Sanitize {

    private Sanitize() {
    }

    /** The text as one line, every character that a terminal would act on shown visibly; null as the empty string. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && !unsafe(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                b.append(c);
            } else if (c == '\t') {
                b.append(' ');
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c <= 0x9F) {
                b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** Whether {@code c} is a control, bidirectional control or line separator: one a terminal must not receive. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A TSV cell: backslash, tab and line breaks escaped as {@code \\ \t \n \r} (so that a cell never splits
     * a row), then the rest made safe as {@link #oneLine}; null as the empty cell.
     */
    public static String tsvCell(String s) {
        if (s == null) {
            return "";
        }
        return oneLine(s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
    }
}
