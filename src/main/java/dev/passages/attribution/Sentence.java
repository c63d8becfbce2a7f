package dev.passages.attribution;

import java.util.List;

/**
 * One sentence of a paragraph, tokens [s0, s1) of {@code toks}, and the names found in it: each
 * mention by where it starts and ends, and the entity each mention names by where it ends; {@code quoted}
 * tells, for each token of the paragraph, whether a quotation encloses it.
 */
record Sentence(int p, String text, TokenList toks, int s0, int s1, List<Mention> mentions,
                Positions<Entity> byEnd, Positions<Mention> mentionByEnd, Positions<Mention> mentionByStart,
                boolean[] quoted) {

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

    /**
     * Whether a quotation encloses token {@code at}, read over the whole paragraph: a quotation that opens
     * after a stop ({@code ... here. "I used to ...}) may open before the sentence that holds its words.
     */
    boolean insideQuote(int at) {
        return quoted[at];
    }

    /** The paragraph's words from token a to token b, whichever comes first. */
    String span(int a, int b) {
        int from = Math.max(0, Math.min(a, b));
        int to = Math.min(toks.size() - 1, Math.max(a, b));
        return text.substring(toks.get(from).start(), toks.get(to).end());
    }
}
