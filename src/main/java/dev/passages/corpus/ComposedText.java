package dev.passages.corpus;

import java.text.Normalizer;

/**
 * Text in Unicode's composed form (NFC): an accent written as a base letter and a combining mark (as some
 * systems save it) becomes the one character typed text has, so that words fold, match and highlight alike.
 */
public final class ComposedText {

    private ComposedText() {
    }

    /** {@code s} in NFC; {@code s} itself, without a copy, when it already is (as nearly all text is), or null. */
    public static String of(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The article with its title, source, byline and paragraphs in NFC; the same article when they already are. */
    public static Article article(Article a) {
        if (composed(a.title()) && composed(a.source()) && composed(a.byline())
                && a.paragraphs().stream().allMatch(ComposedText::composed)) {
            return a;
        }
        return new Article(a.id(), a.file(), of(a.title()), a.date(), of(a.source()), a.url(), of(a.byline()),
                a.paragraphs().stream().map(ComposedText::of).toList());
    }

    private static boolean composed(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }
}
