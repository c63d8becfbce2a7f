package dev.passages.search;

/** Makes user or corpus text safe to show on one line of a terminal. */
public final class Sanitize {

    private Sanitize() {
    }

    /** Control characters (escape sequences among them) shown as {@code ?}, line breaks as spaces. */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.getType(c) == Character.CONTROL) {
                b.append('?');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
