package dev.passages.attribution;

/**
 * A word or punctuation mark of a paragraph, with its character offsets and its lower-case form.
 * Whether it is a word and whether it is capitalised are asked of every token many times over, so
 * they are worked out once, here.
 */
final class Token {

    /**
     * A corpus makes millions of tokens, so a token is three fields (24 bytes, not the 32 of five): its offsets and
     * flags share one int. The start takes the low {@link #START_BITS} bits, then whether it is a word, whether
     * it is capitalised, and how much longer its span is than its text (the two characters of {@code ''} that are
     * one quotation mark).
     */
    private static final int START_BITS = 24;
    private static final int START_MASK = (1 << START_BITS) - 1;
    private static final int WORD = 1 << START_BITS;
    private static final int CAPITALISED = 1 << (START_BITS + 1);
    private static final int EXTRA_SHIFT = START_BITS + 2;
    private static final int EXTRA_MAX = 15;

    private final String text;
    private final String lower;
    private final int packed;

    Token(String text, int start, int end) {
        this(text, Names.lowerCase(text), start, end);
    }

    /** An ASCII token whose lower-case form, word-ness and capital the tokenizer has worked out as it read it. */
    Token(String text, String lower, int start, int end, boolean word, boolean capitalised) {
        this.text = text;
        this.lower = lower;
        this.packed = pack(text, start, end, word, capitalised);
    }

    /** A token whose lower-case form the caller has made ({@code text} itself when it has no capital). */
    Token(String text, String lower, int start, int end) {
        this.text = text;
        this.lower = lower;
        char first = text.charAt(0);
        boolean word = first < 128 ? (first | 0x20) >= 'a' && (first | 0x20) <= 'z' || first >= '0' && first <= '9'
                : Character.isLetterOrDigit(text.codePointAt(0));
        this.packed = pack(text, start, end, word, firstLetterIsUpperCase(text));
    }

    private static int pack(String text, int start, int end, boolean word, boolean capitalised) {
        int extra = end - start - text.length();
        if (start < 0 || start > START_MASK || extra < 0 || extra > EXTRA_MAX) {
            throw new IllegalArgumentException("a token spans [" + start + ", " + end + ") for its text of "
                    + text.length() + " characters: offsets up to " + START_MASK + ", spans up to " + EXTRA_MAX + " longer");
        }
        return start | (word ? WORD : 0) | (capitalised ? CAPITALISED : 0) | extra << EXTRA_SHIFT;
    }

    String text() {
        return text;
    }

    int start() {
        return packed & START_MASK;
    }

    int end() {
        return (packed & START_MASK) + text.length() + (packed >>> EXTRA_SHIFT);
    }

    String lower() {
        return lower;
    }

    /** The character of a one-character token (a punctuation mark), else 0. */
    char mark() {
        return text.length() == 1 ? text.charAt(0) : 0;
    }

    @Override
    public String toString() {
        return text;
    }

    boolean isWord() {
        return (packed & WORD) != 0;
    }

    /** The first letter is upper case ({@code Kakar}, {@code 24NewsHD}). */
    boolean isCapitalised() {
        return (packed & CAPITALISED) != 0;
    }

    private static boolean firstLetterIsUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    return c <= 'Z';
                }
            } else if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    boolean isAllCaps() {
        if (text.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '-') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean isOpeningQuote() {
        char m = mark();
        return m == '“' || m == '‘' || m == '"' || m == '«';
    }

    boolean isQuote() {
        return isQuoteMark(mark());
    }

    /** Whether {@code m} is a quotation mark a token may be. */
    static boolean isQuoteMark(char m) {
        return m == '“' || m == '”' || m == '"' || m == '‘' || m == '’' || m == '«' || m == '»';
    }

    boolean isPossessive() {
        // by characters: asked of most tokens, and nearly all are one character or longer than two
        int n = text.length();
        if (n == 0 || n > 2) {
            return false;
        }
        char c = text.charAt(0);
        return (c == '\'' || c == '’') && (n == 1 || text.charAt(1) == 's');
    }
}
