package dev.passages.corpus.html;

/**
 * A list of words looked for anywhere in an element's class and id, ASCII case-insensitively, by plain
 * substring search (what a case-insensitive alternation of the words finds, at a fraction of the cost).
 */
final class HintWords {

    private final String[] words;

    /** {@code words} in lower case. */
    HintWords(String... words) {
        this.words = words.clone();
    }

    /** Whether any word occurs in {@code text}. */
    boolean in(String text) {
        return inLower(lower(text));
    }

    /** Whether any word occurs in {@code lower}, which {@link #lower} has already turned to lower case. */
    boolean inLower(String lower) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text with its ASCII capitals in lower case and every other character as it was. */
    static String lower(String text) {
        int i = 0;
        while (i < text.length() && !(text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
