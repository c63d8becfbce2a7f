package dev.passages.attribution;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A paragraph's tokens, fixed once made. Attribution reads tokens by position millions of times: through this
 * final class rather than the {@code List} interface, each read is a plain array read the JIT inlines.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

    static final TokenList EMPTY = new TokenList(new Token[0], 0);

    /** The tokens in {@code [0, size)}; the array may be longer (the builder's, not copied to fit). */
    private final Token[] tokens;
    private final int size;

    private TokenList(Token[] tokens, int size) {
        this.tokens = tokens;
        this.size = size;
    }

    @Override
    public Token get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return tokens[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Gathers tokens in order into a {@link TokenList}. */
    static final class Builder {
        private Token[] tokens;
        private int size;

        Builder(int expected) {
            tokens = new Token[Math.max(4, expected)];
        }

        void add(Token t) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = t;
        }

        /** The list, over the builder's array: a paragraph's tokens were made to be read, and soon dropped. */
        TokenList build() {
            return new TokenList(tokens, size);
        }

        /**
         * The list of the tokens added since the last call, in an array of their number, and the builder emptied for
         * the next: one builder serves all of an article's paragraphs, whose lists hold no room to spare.
         */
        TokenList take() {
            TokenList out = size == 0 ? EMPTY : new TokenList(Arrays.copyOf(tokens, size), size);
            size = 0;
            return out;
        }
    }
}
