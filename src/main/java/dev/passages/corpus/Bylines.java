package dev.passages.corpus;

import java.util.regex.Pattern;

/** Tidies a byline as a file gives it: one line, without a leading "By", null when nothing is left. */
public final class Bylines {

    private static final Pattern LEADING_BY = Pattern.compile("(?iu)^by\\s*[:\\s]\\s*");

    private Bylines() {
    }

    /** {@code "By  Jane Roe "} becomes {@code "Jane Roe"}; a blank or missing byline becomes null. */
    public static String tidy(String byline) {
        if (byline == null) {
            return null;
        }
        String one = Paragraphs.tidy(byline);
        one = LEADING_BY.matcher(one).replaceFirst("").strip();
        return one.isEmpty() ? null : one;
    }
}
