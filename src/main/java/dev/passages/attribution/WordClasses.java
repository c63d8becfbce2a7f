package dev.passages.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists a sentence's tokens are in, looked up once per token: finding and typing names asks of each
 * capitalised word whether it is a title, an organisation's word, a connector, a place and more, several
 * times over, and one lookup answers every list.
 */
final class WordClasses {

    static final int TITLE = 1;
    /** An organisation's head word, also as a part of a hyphenated word ({@link MentionClassifier#isOrgWord}). */
    static final int ORG_WORD = 1 << 1;
    static final int CONNECTOR = 1 << 2;
    static final int PARTICLE = 1 << 3;
    static final int PLACE = 1 << 4;
    static final int DEMONYM = 1 << 5;
    static final int MEDIA_WORD = 1 << 6;
    static final int COMMON = 1 << 7;
    static final int GENERIC_SOURCE = 1 << 8;
    static final int CORPORATE_SUFFIX = 1 << 9;
    static final int ORG_HEAD = 1 << 10;
    /** A role noun ({@link Lexicon#PERSON_ROLES}). */
    static final int PERSON_ROLE = 1 << 11;
    static final int PREPOSITION = 1 << 12;
    /** Not a list: the word holds a hyphen. */
    static final int HYPHENATED = 1 << 13;
    /** Not a list: the word holds an apostrophe after its first letter ({@code I'm}). */
    static final int APOSTROPHE = 1 << 14;
    /** Set on every answer kept, so that 0 marks a token not yet looked up. */
    private static final int KNOWN = 1 << 30;

    /** Each word of the lists and the lists it is in. */
    private static final Map<String, Integer> LISTS = lists();

    private static Map<String, Integer> lists() {
        Map<String, Integer> m = new HashMap<>();
        put(m, Lexicon.TITLES, TITLE);
        put(m, Lexicon.ORG_HEADS, ORG_HEAD | ORG_WORD);
        put(m, MentionClassifier.CONNECTORS, CONNECTOR);
        put(m, Lexicon.PARTICLES, PARTICLE);
        put(m, Lexicon.PLACES, PLACE);
        put(m, Lexicon.DEMONYMS, DEMONYM);
        put(m, Lexicon.MEDIA_WORDS, MEDIA_WORD);
        put(m, Lexicon.COMMON, COMMON);
        put(m, Lexicon.GENERIC_SOURCES, GENERIC_SOURCE);
        put(m, Lexicon.CORPORATE_SUFFIXES, CORPORATE_SUFFIX);
        put(m, Lexicon.PERSON_ROLES.keySet(), PERSON_ROLE);
        put(m, Lexicon.PREPOSITIONS, PREPOSITION);
        return Lexicon.map(m);
    }

    private static void put(Map<String, Integer> m, Set<String> words, int bit) {
        for (String w : words) {
            m.merge(w, bit, (a, b) -> a | b);
        }
    }

    /**
     * The lists {@code lower} is in, {@link #ORG_WORD} also for a hyphenated word with an organisation's part; and
     * whether it is {@link #HYPHENATED} or has an {@link #APOSTROPHE}.
     */
    static int of(String lower) {
        Integer bits = LISTS.get(lower);
        int out = bits == null ? 0 : bits;
        if (lower.indexOf('-') >= 0) {
            out |= HYPHENATED;
            if ((out & ORG_WORD) == 0 && MentionClassifier.isOrgWord(lower)) {
                out |= ORG_WORD;
            }
        }
        if (lower.indexOf('\'') > 0 || lower.indexOf('’') > 0) {
            out |= APOSTROPHE;
        }
        return out;
    }

    private TokenList toks = TokenList.EMPTY;
    private int s0;
    private int size;
    /** The classes of tokens [s0, s0 + size), 0 for one not looked up yet; kept from sentence to sentence. */
    private int[] bits = new int[16];

    /** The classes of the tokens [s0, s1) of a sentence, each looked up when first asked. */
    WordClasses(TokenList toks, int s0, int s1) {
        sentence(toks, s0, s1);
    }

    /** Forgets the last sentence's tokens for those of tokens [s0, s1) of {@code toks}. */
    void sentence(TokenList toks, int s0, int s1) {
        this.toks = toks;
        this.s0 = s0;
        this.size = Math.max(0, s1 - s0);
        if (size > bits.length) {
            bits = new int[Math.max(size, bits.length * 2)];
        } else {
            Arrays.fill(bits, 0, size, 0);
        }
    }

    /** The lists token {@code k}'s lower-case form is in. */
    int at(int k) {
        int i = k - s0;
        if (i < 0 || i >= size) {
            return of(toks.get(k).lower());
        }
        int b = bits[i];
        if (b == 0) {
            b = of(toks.get(k).lower()) | KNOWN;
            bits[i] = b;
        }
        return b & ~KNOWN;
    }

    /** Whether token {@code k} is in one of the lists {@code mask} names. */
    boolean is(int k, int mask) {
        return (at(k) & mask) != 0;
    }
}
