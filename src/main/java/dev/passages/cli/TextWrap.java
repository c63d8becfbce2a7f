package dev.passages.cli;

/**
 * Fits text output to a terminal's width: a long line broken at spaces with a hanging indent, and a
 * line shortened with an ellipsis. Widths count what the terminal shows: the bold and dim escapes the
 * text output adds take no room (any other control character has been made visible before this).
 */
final class TextWrap {

    /** Narrower than this, wrapping would help nobody: lines are left as they are. */
    static final int MIN_WIDTH = 30;

    private TextWrap() {
    }

    /**
     * {@code line} (which starts with {@code indent}) broken at spaces so that no piece is wider than
     * {@code width}, each continuation starting with {@code indent}; a word wider than the room is
     * broken where the room ends. Unchanged when {@code width} is below {@link #MIN_WIDTH}.
     */
    static String wrap(String line, int width, String indent) {
        if (width < MIN_WIDTH || visible(line) <= width) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / width * (indent.length() + 1));
        StringBuilder piece = new StringBuilder(indent);
        int pieceWidth = indent.length();
        int room = width - indent.length();
        for (String word : line.substring(indent.length()).split(" ", -1)) {
            int w = visible(word);
            if (pieceWidth > indent.length() && pieceWidth + 1 + w > width) {
                out.append(piece).append('\n');
                piece.setLength(0);
                piece.append(indent);
                pieceWidth = indent.length();
            }
            while (w > room) {
                // a word longer than a whole line (a URL, an id): cut where the line ends
                int cut = cutAt(word, room);
                out.append(indent).append(word, 0, cut).append('\n');
                word = word.substring(cut);
                w = visible(word);
            }
            if (pieceWidth > indent.length()) {
                piece.append(' ');
                pieceWidth++;
            }
            piece.append(word);
            pieceWidth += w;
        }
        out.append(piece);
        return out.toString();
    }

    /** {@code text} cut to {@code width} shown characters, an ellipsis at its end when cut. */
    static String shorten(String text, int width) {
        if (width <= 1 || visible(text) <= width) {
            return text;
        }
        int cut = cutAt(text, width - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** How many characters of {@code s} the terminal shows: escapes of the form ESC [ ... m count none. */
    static int visible(String s) {
        return walk(s, Integer.MAX_VALUE);
    }

    /** The index in {@code s} after its first {@code shown} visible characters (escapes kept whole). */
    private static int cutAt(String s, int shown) {
        return Math.min(s.length(), walk(s, shown));
    }

    /**
     * Walks {@code s} counting the characters the terminal shows: the index of the visible character numbered
     * {@code stop} (from 0), or, when there are fewer, how many there are.
     */
    private static int walk(String s, int stop) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001B' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int end = s.indexOf('m', i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (n == stop) {
                return i;
            }
            n++;
        }
        return stop == Integer.MAX_VALUE ? n : s.length();
    }
}
