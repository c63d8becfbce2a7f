package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;

/** One string for each frequent word of the word lists, which a token that is that word takes instead of a copy. */
final class SharedWords {

    /**
     * The common words, prepositions and cue verb forms of {@link Lexicon} (two words in five of Reuters-21578):
     * the word lists' own strings, whose hash, asked by every word-list lookup, is already worked out.
     */
    private static final WordsByChars WORDS = new WordsByChars(words());

    private SharedWords() {
    }

    /** The lower-case ASCII words of the lists, each once. */
    private static List<String> words() {
        List<String> out = new ArrayList<>();
        for (String w : Lexicon.COMMON) {
            out.add(w);
        }
        for (String w : Lexicon.PREPOSITIONS) {
            out.add(w);
        }
        out.addAll(Lexicon.CUE_VERBS.keySet());
        out.removeIf(w -> !w.chars().allMatch(c -> c < 128 && (c < 'A' || c > 'Z') && c != ' '));
        return out;
    }

    /**
     * The shared string equal to {@code cs[start, end)}, or null; {@code hash} is that text's {@link String#hashCode},
     * which the tokenizer works out as it reads the characters.
     */
    static String find(char[] cs, int start, int end, int hash) {
        return WORDS.find(cs, start, end, hash);
    }
}
