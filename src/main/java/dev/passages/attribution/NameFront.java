package dev.passages.attribution;

import java.util.List;
import java.util.function.Predicate;

/**
 * Words at the front of a capitalised run that say who or where the person is rather than being part of the name:
 * a place before a title ({@code New York Congressman Pete King}), a common noun that describes the person
 * ({@code Investor Carl Icahn}).
 */
final class NameFront {

    private NameFront() {
    }

    /**
     * Whether the run's words from {@code start} ({@code lower}: theirs, lower-cased) are a place's, then a title or a
     * party's word and more ({@code New York Congressman X}, {@code Missouri Republican Roy Blunt}).
     */
    static boolean placeBeforeTitle(WordClasses cls, List<String> lower, int start) {
        for (int i = 0; i < lower.size() - 1; i++) {
            if (i > 0 && (cls.is(start + i, WordClasses.TITLE) || MentionClassifier.TITLE_QUALIFIERS.contains(lower.get(i)))) {
                return true;
            }
            if (!cls.is(start + i, WordClasses.PLACE | WordClasses.DEMONYM)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the run's first word describes the person the rest names ({@code Investor Carl Icahn}, {@code Comedian
     * Ana Ruiz}): a word the article also writes in lower case (a common noun, where a name's word is not), no given
     * name itself, nor a particle, connector, title, place or organisation's word, before a given name and one more
     * word at least.
     */
    static boolean describesPerson(WordClasses cls, List<String> lower, int start, Predicate<String> usedInLowerCase) {
        int mask = WordClasses.PARTICLE | WordClasses.CONNECTOR | WordClasses.TITLE | WordClasses.PLACE
                | WordClasses.DEMONYM | WordClasses.ORG_WORD | WordClasses.HYPHENATED;
        return lower.size() > 2 && Lexicon.forenameGender(lower.get(0)) == 0 && Lexicon.forenameGender(lower.get(1)) != 0
                && !cls.is(start, mask) && usedInLowerCase.test(lower.get(0));
    }
}
