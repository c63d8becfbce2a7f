package dev.passages.index;

import dev.passages.attribution.Names;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Replaces each name token by its transliteration skeleton ({@link Names#skeleton}), so that
 * {@code Anwaar} finds {@code Anwar} and {@code Zabiullah} finds {@code Zabihullah}.
 */
public final class SkeletonFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SkeletonFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!skeletonInPlace()) {
            String skeleton = Names.skeleton(term.toString());
            if (!skeleton.isEmpty()) {
                term.setEmpty().append(skeleton);
            }
        }
        return true;
    }

    /**
     * {@link Names#skeleton} worked out in the term's own buffer, as it runs on every token of every
     * paragraph: possible when the term is lower-case ASCII (as the analyzer leaves nearly every word),
     * where folding changes nothing. Returns false, leaving the term as it was, for any other term.
     */
    private boolean skeletonInPlace() {
        char[] b = term.buffer();
        int n = term.length();
        for (int i = 0; i < n; i++) {
            if (b[i] >= 128 || (b[i] >= 'A' && b[i] <= 'Z')) {
                return false;
            }
        }
        int w = 0;
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c < 'a' || c > 'z') {
                continue;
            }
            if (w == 0) {
                b[w++] = c;
                last = c;
                continue;
            }
            if (c == 'h') {
                continue;
            }
            char mapped = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ? '*' : c;
            if (mapped != last) {
                b[w++] = mapped;
                last = mapped;
            }
        }
        if (w > 0) {
            term.setLength(w);
        }
        return true;
    }
}
