package dev.passages.attribution;

import java.util.Arrays;

/**
 * Newswire marks company names and tickers with angle brackets ({@code <Lotus Development Corp>},
 * {@code <LOTS>}): tickers ({@code <LOTS>}, {@code <BP.L>}) become blanks, other brackets spaces, so
 * that offsets stay put.
 */
final class NewswireBrackets {

    private NewswireBrackets() {
    }

    /** {@code text} with tickers blanked and other angle brackets turned into spaces, at the same length. */
    static String unbracket(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == '<') {
                int close = tickerClose(cs, i);
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
