package dev.passages.corpus;

/**
 * Tidies the name of an article's source (its outlet) as a file gives it, as {@link Bylines} tidies a byline: one
 * line, terminal escapes and other controls removed, null when nothing is left.
 */
public final class SourceNames {

    private SourceNames() {
    }

    /** {@code " Dawn\u001B[1m News "} becomes {@code "Dawn News"}; a blank or missing source becomes null. */
    public static String tidy(String source) {
        if (source == null) {
            return null;
        }
        String one = Paragraphs.tidy(source);
        return one.isEmpty() ? null : one;
    }
}
