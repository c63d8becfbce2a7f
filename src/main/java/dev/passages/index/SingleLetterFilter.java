package dev.passages.index;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops one-letter words ({@code e} and {@code i} of transliterated names, stray initials), which
 * carry no meaning in a query but would weigh as rare terms; digits are kept.
 */
public final class SingleLetterFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SingleLetterFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return term.length() != 1 || !Character.isLetter(term.charAt(0));
    }
}
