package dev.passages.attribution;

/** Where a word stands in an article: its paragraph and its token within that paragraph, in reading order. */
record Position(int paragraph, int token) implements Comparable<Position> {

    /** Before every position: where an entity not yet mentioned so stands. */
    static final Position NONE = new Position(-1, -1);
    /** After every position. */
    static final Position END = new Position(Integer.MAX_VALUE, Integer.MAX_VALUE);

    @Override
    public int compareTo(Position o) {
        return paragraph != o.paragraph ? Integer.compare(paragraph, o.paragraph) : Integer.compare(token, o.token);
    }

    boolean isAfter(Position o) {
        return compareTo(o) > 0;
    }

    boolean isBefore(Position o) {
        return compareTo(o) < 0;
    }

    static Position earlier(Position a, Position b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
