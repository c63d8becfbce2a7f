package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Names' hand-written scans answer as the plain definitions they stand for: a split at a pattern, a filter, a join. */
class NamesPropertiesTest {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    @Property(tries = 3000)
    void initialsAreThoseOfTheWordsSplitAtSpacesAndHyphens(@ForAll("names") String name) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : SEPARATORS.split(name)) {
            if (w.isEmpty() || Lexicon.CORPORATE_SUFFIXES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        assertThat(Names.initials(name)).isEqualTo(words < 2 ? "" : b.toString());
    }

    @Property(tries = 3000)
    void corePartsLeaveOutParticlesAndHonorifics(@ForAll("names") String name) {
        List<String> expected = new ArrayList<>();
        for (String p : Names.parts(name)) {
            if (!Lexicon.PARTICLES.contains(p) && !Lexicon.HONORIFICS.contains(p)) {
                expected.add(p);
            }
        }
        assertThat(Names.coreParts(name)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 3000)
    void personsComparedByTheirPartsAsByTheirNames(@ForAll("names") String a, @ForAll("names") String b) {
        List<String> partsA = Names.parts(a);
        List<String> partsB = Names.parts(b);
        assertThat(Names.compatiblePersons(partsA, Names.coreOf(partsA), partsB, Names.coreOf(partsB)))
                .isEqualTo(Names.compatiblePersons(a, b));
    }

    @Property(tries = 3000)
    void partsAreTheFoldedWordsLettersDigitsAndApostrophes(@ForAll("mixed") String s) {
        List<String> expected = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        String folded = Names.fold(s) + " ";
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                if (part.length() > 0) {
                    expected.add(part.toString());
                }
                part.setLength(0);
            } else if (c == '\'' || Character.isLetterOrDigit(c)) {
                part.append(c);
            }
        }
        assertThat(Names.parts(s)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 3000)
    void lowerCaseIsTheJdksInTheRootLocale(@ForAll("mixed") String s) {
        assertThat(Names.lowerCase(s)).isEqualTo(s.toLowerCase(Locale.ROOT));
    }

    @Property(tries = 3000)
    void skeletonKeepsTheFoldedLettersAToZ(@ForAll("mixed") String s) {
        String folded = Names.fold(s);
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z' || b.length() > 0 && c == 'h') {
                continue;
            }
            char mapped = b.length() > 0 && "aeiouy".indexOf(c) >= 0 ? '*' : c;
            if (b.length() == 0 || mapped != last) {
                b.append(mapped);
                last = mapped;
            }
        }
        assertThat(Names.skeleton(s)).isEqualTo(b.toString());
    }

    /** Strings of ASCII letters and marks, white space, Latin-1 and other letters, a question mark and a surrogate pair. */
    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.strings().withChars("aZhH ?-.,'éÉİΣ’\u0301\t\u001C\u2003").withChars('A', 'z')
                .withCharRange('\uD83D', '\uD83D').withCharRange('\uDE00', '\uDE00').ofMaxLength(12)
                .injectDuplicates(0.1);
    }

    /** A name that may open with a hyphen: words from a few capitalised and lower-case names, particles, honorifics and suffixes, and odd separators. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.of("Anwar", "ul", "Haq", "Kakar", "Anwaar", "bin", "Hafiz", "Inc", "Co",
                "and", "Corp", "ASA", "José", "Núñez", "İstanbul", "Mr.", "al", "Mehmood", "Mahmood", "van", "der", "A.", "");
        Arbitrary<String> separator = Arbitraries.of(" ", "-", "  ", "\t", " - ", "\u00A0", "\n");
        return Arbitraries.integers().between(1, 5).flatMap(n ->
                word.list().ofSize(n).flatMap(words -> separator.list().ofSize(n).map(seps -> join(words, seps))));
    }

    private static String join(List<String> words, List<String> separators) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 && separators.get(i).equals("-") ? "-" : "").append(words.get(i));
            if (i + 1 < words.size()) {
                b.append(separators.get(i));
            }
        }
        return b.toString();
    }
}
