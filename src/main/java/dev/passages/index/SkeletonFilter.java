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
final class SkeletonFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SkeletonFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String skeleton = Names.skeleton(term.toString());
        if (!skeleton.isEmpty()) {
            term.setEmpty().append(skeleton);
        }
        return true;
    }
}
