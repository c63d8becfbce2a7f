package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching spellings of a name: transliterations are one person, clashing first names or surnames are not. */
class NamesTest {

    @Test
    void spellingsShareASkeletonOfTwoConsonantsOrMore() {
        String[][] spellings = {{"kakar", "kakkar"}, {"mehmood", "mahmood"}, {"reagan", "regan"}, {"zhao", "zhao"}};
        // one consonant and vowels: too little to call two names one
        String[][] others = {{"zhao", "zhou"}, {"bahia", "bouey"}};
        for (String[] p : spellings) {
            assertThat(Names.sameWord(p[0], p[1])).as(p[0] + "/" + p[1]).isTrue();
        }
        for (String[] p : others) {
            assertThat(Names.sameWord(p[0], p[1])).as(p[0] + "/" + p[1]).isFalse();
        }
    }

    @Test
    void sameLettersIgnoresWhatStandsBetweenThemOnly() {
        // the same letters with marks between them, or other letters
        for (String[] same : new String[][] {{"o'neil", "oneil"}, {"al-assad", "alassad"}, {"", "-"}}) {
            assertThat(Names.sameLetters(same[0], same[1])).as(same[0] + " / " + same[1]).isTrue();
        }
        assertThat(Names.sameLetters("reagan", "regan")).isFalse();
        assertThat(Names.sameLetters("regan", "regans")).isFalse();
    }

    @Test
    void transliterationVariantsAreOnePerson() {
        assertThat(Names.compatiblePersons("Anwar-ul-Haq Kakar", "Anwaarul Haq Kakar")).isTrue();
        assertThat(Names.compatiblePersons("Anwar ul Haq Kakar", "Kakar")).isTrue();
        assertThat(Names.compatiblePersons("Zabihullah Mujahid", "Zabiullah Mujahid")).isTrue();
        assertThat(Names.compatiblePersons("Hafiz Muhammad Tahir Mehmood Ashrafi", "Tahir Mahmood Ashrafi")).isTrue();
        assertThat(Names.compatiblePersons("Hafiz Tahir Ashrafi", "Maulana Tahir Ashrafi")).isTrue();
    }

    @Test
    void aShortFormOfAGivenNameIsThatName() {
        // each pair and whether it names one person: a short form and its name, two short forms of one name, or not
        Object[][] pairs = {{"Bob Dole", "Robert Dole", true}, {"Robert J. Dole", "Bob Dole", true},
            {"Jim Wright", "James C. Wright", true}, {"Bob Hale", "Rob Hale", true}, {"Bob Dole", "Richard Dole", false},
            {"Bill Hale", "Bob Hale", false}};
        for (Object[] p : pairs) {
            assertThat(Names.compatiblePersons((String) p[0], (String) p[1])).as(p[0] + " / " + p[1]).isEqualTo(p[2]);
        }
    }

    @Test
    void clashingFirstNamesAreTwoPeople() {
        assertThat(Names.compatiblePersons("Nawaz Sharif", "Shehbaz Sharif")).isFalse();
        assertThat(Names.compatiblePersons("Asim Munir", "Anwar Munir")).isFalse();
    }

    @Test
    void differentSurnamesNeverMatch() {
        assertThat(Names.compatiblePersons("Anwar Kakar", "Anwar Khan")).isFalse();
    }

    @Test
    void keysAreFoldedAndHyphenated() {
        assertThat(Names.key("Anwar-ul-Haq Kakar")).isEqualTo("anwar-ul-haq-kakar");
        assertThat(Names.key("José  Núñez")).isEqualTo("jose-nunez");
    }

    @Test
    void initialsSkipCorporateSuffixes() {
        assertThat(Names.initials("Atlantic Southeast Airlines Inc")).isEqualTo("ASA");
        assertThat(Names.initials("Pakistan Institute for Conflict and Security Studies")).isEqualTo("PICSS");
        assertThat(Names.initials("Reuters")).isEmpty();
    }
}
