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
        assertThat(Names.sameLetters("o'neil", "oneil")).isTrue();
        assertThat(Names.sameLetters("al-assad", "alassad")).isTrue();
        assertThat(Names.sameLetters("reagan", "regan")).isFalse();
        assertThat(Names.sameLetters("regan", "regans")).isFalse();
        assertThat(Names.sameLetters("", "-")).isTrue();
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
        assertThat(Names.compatiblePersons("Bob Dole", "Robert Dole")).isTrue();
        assertThat(Names.compatiblePersons("Robert J. Dole", "Bob Dole")).isTrue();
        assertThat(Names.compatiblePersons("Jim Wright", "James C. Wright")).isTrue();
        // two short forms of one name
        assertThat(Names.compatiblePersons("Bob Hale", "Rob Hale")).isTrue();
        assertThat(Names.compatiblePersons("Bob Dole", "Richard Dole")).isFalse();
        assertThat(Names.compatiblePersons("Bill Hale", "Bob Hale")).isFalse();
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
