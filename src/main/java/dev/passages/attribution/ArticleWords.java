package dev.passages.attribution;

/**
 * The strings of one article's words that are not {@linkplain SharedWords frequent words}, each made once however
 * often the article writes it: open addressing over a power-of-two table at most half full, probed with the
 * {@link String#hashCode} the tokenizer works out as it reads the characters, and grown as words are added (as
 * {@link WordsByChars} probes its fixed table, whose slot and comparison it shares).
 */
final class ArticleWords {

    private String[] table;
    private int mask;
    private int size;

    /** A table with room for about {@code expected} words before it grows. */
    ArticleWords(int expected) {
        table = new String[Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1];
        mask = table.length - 1;
    }

    /** The string of {@code cs[start, end)}, whose {@link String#hashCode} is {@code hash}: the article's, or a new one. */
    String of(char[] cs, int start, int end, int hash) {
        int length = end - start;
        int i = WordsByChars.spread(hash) & mask;
        for (String w = table[i]; w != null; i = (i + 1) & mask, w = table[i]) {
            if (w.length() == length && w.hashCode() == hash && WordsByChars.same(w, cs, start, false)) {
                return w;
            }
        }
        return add(i, new String(cs, start, length));
    }

    /** The string of {@code text[start, end)}, whose {@link String#hashCode} is {@code hash}: the article's, or a new one. */
    String of(String text, int start, int end, int hash) {
        int length = end - start;
        int i = WordsByChars.spread(hash) & mask;
        for (String w = table[i]; w != null; i = (i + 1) & mask, w = table[i]) {
            if (w.length() == length && w.hashCode() == hash && w.regionMatches(0, text, start, length)) {
                return w;
            }
        }
        return add(i, text.substring(start, end));
    }

    private String add(int slot, String w) {
        table[slot] = w;
        if (++size * 2 > table.length) {
            grow();
        }
        return w;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        mask = table.length - 1;
        for (String w : old) {
            if (w != null) {
                int i = WordsByChars.spread(w.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = w;
            }
        }
    }
}
