package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One lookup of a word's classes answers as each word list would, for the words of the lists and others. */
class WordClassesPropertiesTest {

    @Property(tries = 3000)
    void aWordsClassesAreTheListsItIsIn(@ForAll("words") String w) {
        int c = WordClasses.of(w);
        assertThat((c & WordClasses.TITLE) != 0).isEqualTo(Lexicon.TITLES.contains(w));
        // an organisation's head word, or a hyphenated word with one as a part of three letters or more
        boolean orgWord = Lexicon.ORG_HEADS.contains(w) || w.contains("-")
                && java.util.Arrays.stream(w.split("-")).anyMatch(p -> p.length() > 2 && Lexicon.ORG_HEADS.contains(p));
        assertThat((c & WordClasses.ORG_WORD) != 0).isEqualTo(orgWord);
        assertThat(MentionClassifier.isOrgWord(w)).isEqualTo(orgWord);
        assertThat((c & WordClasses.ORG_HEAD) != 0).isEqualTo(Lexicon.ORG_HEADS.contains(w));
        assertThat((c & WordClasses.CONNECTOR) != 0).isEqualTo(MentionClassifier.CONNECTORS.contains(w));
        assertThat((c & WordClasses.PARTICLE) != 0).isEqualTo(Lexicon.PARTICLES.contains(w));
        assertThat((c & WordClasses.PLACE) != 0).isEqualTo(Lexicon.PLACES.contains(w));
        assertThat((c & WordClasses.DEMONYM) != 0).isEqualTo(Lexicon.DEMONYMS.contains(w));
        assertThat((c & WordClasses.MEDIA_WORD) != 0).isEqualTo(Lexicon.MEDIA_WORDS.contains(w));
        assertThat((c & WordClasses.COMMON) != 0).isEqualTo(Lexicon.COMMON.contains(w));
        assertThat((c & WordClasses.GENERIC_SOURCE) != 0).isEqualTo(Lexicon.GENERIC_SOURCES.contains(w));
        assertThat((c & WordClasses.CORPORATE_SUFFIX) != 0).isEqualTo(Lexicon.CORPORATE_SUFFIXES.contains(w));
        assertThat((c & WordClasses.PERSON_ROLE) != 0).isEqualTo(Lexicon.PERSON_ROLES.containsKey(w));
        assertThat((c & WordClasses.PREPOSITION) != 0).isEqualTo(Lexicon.PREPOSITIONS.contains(w));
        assertThat((c & WordClasses.HYPHENATED) != 0).isEqualTo(w.contains("-"));
        assertThat((c & WordClasses.APOSTROPHE) != 0).isEqualTo(w.indexOf('\'') > 0 || w.indexOf('’') > 0);
    }

    @Property(tries = 300)
    void aSentencesTokensAreClassedAsTheirWords(@ForAll("sentence") List<String> first, @ForAll("sentence") List<String> second) {
        WordClasses cls = new WordClasses(TokenList.EMPTY, 0, 0);
        for (List<String> words : List.of(first, second)) {
            TokenList toks = Tokenizer.tokens(String.join(" ", words));
            cls.sentence(toks, 0, toks.size());
            for (int k = toks.size() - 1; k >= 0; k--) {
                assertThat(cls.at(k)).isEqualTo(WordClasses.of(toks.get(k).lower()));
            }
        }
    }

    /** Up to 40 words, more than a sentence's first array holds. */
    @Provide
    Arbitrary<List<String>> sentence() {
        return words().list().ofMinSize(1).ofMaxSize(40);
    }

    /** Words of the lists, hyphenated compounds of them, and words of no list. */
    @Provide
    Arbitrary<String> words() {
        List<String> all = new ArrayList<>();
        for (Set<String> list : List.of(Lexicon.TITLES, Lexicon.ORG_HEADS, MentionClassifier.CONNECTORS, Lexicon.PARTICLES,
                Lexicon.PLACES, Lexicon.DEMONYMS, Lexicon.MEDIA_WORDS, Lexicon.COMMON, Lexicon.GENERIC_SOURCES,
                Lexicon.CORPORATE_SUFFIXES, Lexicon.PERSON_ROLES.keySet(), Lexicon.PREPOSITIONS)) {
            all.addAll(list);
        }
        all.add("kakar");
        all.add("ab");
        all.add("i'm");
        all.add("we’ll");
        all.add("'tis");
        Arbitrary<String> word = Arbitraries.of(all);
        return Arbitraries.oneOf(word, word.list().ofMinSize(2).ofMaxSize(3).map(ws -> String.join("-", ws)));
    }
}
