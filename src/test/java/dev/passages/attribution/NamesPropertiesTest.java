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
        boolean expected = compatiblePersonsByDefinition(a, b);
        assertThat(Names.compatiblePersons(partsA, Names.coreOf(partsA), partsB, Names.coreOf(partsB))).isEqualTo(expected);
        assertThat(Names.compatiblePersons(a, b)).isEqualTo(expected);
    }

    /**
     * The same surname up to spelling, and every given part of the shorter name found in the longer one, as a word
     * of it or (4 letters or more) inside its given names and particles joined.
     */
    private static boolean compatiblePersonsByDefinition(String a, String b) {
        List<String> pa = Names.coreParts(a);
        List<String> pb = Names.coreParts(b);
        if (pa.isEmpty() || pb.isEmpty() || !Names.sameWord(pa.get(pa.size() - 1), pb.get(pb.size() - 1))) {
            return false;
        }
        List<String> ga = pa.subList(0, pa.size() - 1);
        List<String> gb = pb.subList(0, pb.size() - 1);
        if (ga.isEmpty() || gb.isEmpty()) {
            return true;
        }
        List<String> shorter = ga.size() <= gb.size() ? ga : gb;
        List<String> longer = ga.size() <= gb.size() ? gb : ga;
        List<String> all = Names.parts(ga.size() <= gb.size() ? b : a);
        StringBuilder joined = new StringBuilder();
        for (String p : all.subList(0, all.size() - 1)) {
            if (!Lexicon.HONORIFICS.contains(p)) {
                joined.append(p);
            }
        }
        String joinedLonger = Names.skeleton(joined.toString());
        for (String g : shorter) {
            boolean found = g.length() >= 4 && joinedLonger.contains(Names.skeleton(g));
            for (int i = 0; i < longer.size() && !found; i++) {
                found = Names.sameWord(g, longer.get(i));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 3000)
    void foldIsTheDecomposedLowerCaseWithoutMarks(@ForAll("mixed") String s) {
        String expected = Pattern.compile("\\p{M}+").matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD))
                .replaceAll("").replace('’', '\'').replace('‐', '-').toLowerCase(Locale.ROOT);
        assertThat(Names.fold(s)).isEqualTo(expected);
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

    /** Strings of ASCII letters and marks, white space, Latin-1 and other letters, a question mark, hyphens and a surrogate pair. */
    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.strings().withChars("aZhH ?-.,'éÉİΣ’‐ßøæ\u0301\t\u001C\u00A0\u2003")
                .withCharRange('A', 'Z').withCharRange('a', 'z')
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
