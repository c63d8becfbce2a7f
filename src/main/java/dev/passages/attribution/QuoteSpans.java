package dev.passages.attribution;


/** Which tokens of a paragraph stand inside a quotation: speech reported there is the quoted speaker's, not the paragraph's. */
final class QuoteSpans {

    private QuoteSpans() {
    }

    /**
     * For each token, whether double quotation marks (curly, guillemets, straight, or two apostrophes)
     * enclose it, read as one stream whatever the marks' styles ({@code “...,"} opens and closes; so does
     * {@code “...,“}, an opening mark after closing punctuation). A straight mark that opens the paragraph
     * and is its only one marks an excerpt, not a quotation within it, and is passed over. A quote running
     * on from the paragraph before is the earlier speaker's words: another's speech in it is nested.
     */
    static boolean[] inside(TokenList toks) {
        boolean[] in = new boolean[toks.size()];
        int from = !toks.isEmpty() && toks.get(0).text().equals("\"") && count(toks, "\"") == 1 ? 1 : 0;
        boolean quoted = false;
        for (int k = from; k < toks.size(); k++) {
            // asked of every token of the corpus: the one character of a mark, not a string comparison per mark
            switch (toks.get(k).mark()) {
                case '“', '«' -> quoted = !(quoted && k > 0 && closesQuote(toks.get(k - 1).mark()));
                case '”', '»' -> quoted = false;
                case '"' -> quoted = !quoted;
                default -> { }
            }
            in[k] = quoted;
        }
        return in;
    }

    private static boolean closesQuote(char before) {
        return before == ',' || before == '.' || before == '?' || before == '!';
    }

    private static int count(TokenList toks, String mark) {
        int n = 0;
        for (Token t : toks) {
            if (t.text().equals(mark)) {
                n++;
            }
        }
        return n;
    }
}
