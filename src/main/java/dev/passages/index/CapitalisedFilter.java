package dev.passages.index;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the words written with a capital (or title-case) first letter, the names of prose, and drops
 * the rest, leaving their positions as gaps so that phrases over the kept words still line up.
 * Spelling variants are a matter of names: common words need not pay for a second index of their own.
 */
public final class CapitalisedFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public CapitalisedFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return isCapitalised(term.buffer(), term.length());
    }

    /** Whether the term {@code buffer[0, length)} begins with a capital (or title-case) letter. */
    static boolean isCapitalised(char[] buffer, int length) {
        if (length == 0) {
            return false;
        }
        int first = Character.codePointAt(buffer, 0, length);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }
}
