package dev.passages.attribution;

import java.util.Locale;

/** A word or punctuation mark of a paragraph, with its character offsets; its lower-case form made on first use. */
final class Token {

    private final String text;
    private final int start;
    private final int end;
    private String lower;

    Token(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    String text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    @Override
    public String toString() {
        return text;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** The first letter is upper case ({@code Kakar}, {@code 24NewsHD}). */
    boolean isCapitalised() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
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
        return text.equals("“") || text.equals("‘") || text.equals("\"") || text.equals("«");
    }

    boolean isQuote() {
        return text.equals("“") || text.equals("”") || text.equals("\"") || text.equals("‘") || text.equals("’")
                || text.equals("«") || text.equals("»");
    }

    boolean isPossessive() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }
}
