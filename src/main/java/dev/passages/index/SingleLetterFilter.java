package dev.passages.index;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops one-letter words of alphabetic scripts ({@code e} and {@code i} of transliterated names, stray initials),
 * which carry no meaning in a query but would weigh as rare terms; digits are kept, and so is a character of a
 * script whose characters are words or syllables (Chinese, Japanese kana, Korean), where one character can be a word.
 */
public final class SingleLetterFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SingleLetterFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return term.length() != 1 || !Character.isLetter(term.charAt(0)) || isSyllableOrWord(term.charAt(0));
    }

    private static boolean isSyllableOrWord(char c) {
        if (c < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.YI;
    }
}
