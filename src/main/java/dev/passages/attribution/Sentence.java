package dev.passages.attribution;

import java.util.List;

/**
 * One sentence of a paragraph, tokens [s0, s1) of {@code toks}, and the names found in it: each
 * mention by where it starts and ends, and the entity each mention names by where it ends.
 */
record Sentence(int p, String text, TokenList toks, int s0, int s1, List<Mention> mentions,
                Positions<Entity> byEnd, Positions<Mention> mentionByEnd, Positions<Mention> mentionByStart) {

    /** The entity that {@code m} names. */
    Entity entityAt(Mention m) {
        return byEnd.get(m.end());
    }

    boolean possessive(int i) {
        return i < s1 && toks.get(i).isPossessive();
    }

    /** Whether the sentence ends at token {@code i} or a word-less token (a comma, a quote) is there. */
    boolean endsClause(int i) {
        return i >= s1 || !toks.get(i).isWord();
    }

    /** Whether an odd number of double quotation marks open the sentence before token {@code at}. */
    boolean insideQuote(int at) {
        int quotes = 0;
        for (int k = s0; k < at; k++) {
            char m = toks.get(k).mark();
            if (m == '“' || m == '”' || m == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** The paragraph's words from token a to token b, whichever comes first. */
    String span(int a, int b) {
        int from = Math.max(0, Math.min(a, b));
        int to = Math.min(toks.size() - 1, Math.max(a, b));
        return text.substring(toks.get(from).start(), toks.get(to).end());
    }
}
