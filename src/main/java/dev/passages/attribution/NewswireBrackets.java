package dev.passages.attribution;

import java.util.Arrays;

/**
 * Newswire marks company names and tickers with angle brackets ({@code <Lotus Development Corp>},
 * {@code <LOTS>}): tickers ({@code <LOTS>}, {@code <BP.L>}) and markup tags ({@code <tweet/>}) become
 * blanks, other brackets spaces, so that offsets stay put.
 */
final class NewswireBrackets {

    private NewswireBrackets() {
    }

    /** {@code text} with tickers and tags blanked and other angle brackets turned into spaces, at the same length. */
    static String unbracket(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == '<') {
                int close = tickerClose(cs, i);
                if (close < 0) {
                    close = tagClose(cs, i);
                }
                if (close > 0) {
                    Arrays.fill(cs, i, close + 1, ' ');
                    i = close;
                } else {
                    cs[i] = ' ';
                }
            } else if (cs[i] == '>') {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    /** The longest markup tag blanked, its attributes included. */
    private static final int MAX_TAG_CHARS = 300;

    /**
     * The position of the {@code >} closing a markup tag opened at {@code open} ({@code <tweet author="...">},
     * {@code <tweet/>}, {@code </p>}: a lower-case letter or a slash after the bracket), or -1: a tag's name read
     * as a word would be a cue after the last part of a link ({@code pic.twitter.com/x<tweet/>}).
     */
    private static int tagClose(char[] cs, int open) {
        if (open + 1 >= cs.length || !(cs[open + 1] >= 'a' && cs[open + 1] <= 'z' || cs[open + 1] == '/')) {
            return -1;
        }
        for (int j = open + 1; j < cs.length && j <= open + MAX_TAG_CHARS; j++) {
            if (cs[j] == '>') {
                return j;
            }
            if (cs[j] == '<') {
                return -1;
            }
        }
        return -1; // a bracket left open, or "a <b and c ... -> x": no tag, and the text stays
    }

    /** The position of the {@code >} closing a ticker opened at {@code open}: 1-6 capitals or digits, then .X to .XXX. */
    private static int tickerClose(char[] cs, int open) {
        int j = open + 1;
        while (j < cs.length && ((cs[j] >= 'A' && cs[j] <= 'Z') || (cs[j] >= '0' && cs[j] <= '9'))) {
            j++;
        }
        int run = j - open - 1;
        if (run < 1 || run > 6 || j >= cs.length) {
            return -1;
        }
        if (cs[j] == '.') {
            int k = j + 1;
            while (k < cs.length && cs[k] >= 'A' && cs[k] <= 'Z') {
                k++;
            }
            int suffix = k - j - 1;
            j = suffix >= 1 && suffix <= 3 ? k : -1;
            if (j < 0 || j >= cs.length) {
                return -1;
            }
        }
        return cs[j] == '>' ? j : -1;
    }
}
