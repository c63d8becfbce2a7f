package dev.passages.search;

import java.util.Random;

/** Text for index tests made of words drawn at random from a small vocabulary, so that every word has many documents. */
final class RandomWords {

    private RandomWords() {
    }

    /** {@code n} words drawn from {@code vocabulary} with {@code random}, each followed by a space. */
    static String draw(Random random, String[] vocabulary, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return b.toString();
    }
}
