package dev.passages.speakers;

import dev.passages.attribution.Names;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging article-level speakers into registry entries, fed directly (no index). */
class SpeakerMergerTest {

    private final SpeakerStats stats = new SpeakerStats();

    private void says(String article, String date, SpeakerType type, String name, String... aliases) {
        List<String> all = new java.util.ArrayList<>(List.of(aliases));
        all.add(0, name);
        stats.add(new Speaker(Names.key(name), name, type, all), article, date == null ? null : LocalDate.parse(date));
    }

    private SpeakerRegistry.Entry only(List<SpeakerRegistry.Entry> entries, String alias) {
        return entries.stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void spellingsOfOnePersonAndABareSurnameBecomeOneEntryWithTheirCountsAndDates() {
        says("a1", "2023-11-01", SpeakerType.PERSON, "Anwar-ul-Haq Kakar");
        says("a2", "2023-11-02", SpeakerType.PERSON, "Anwaarul Haq Kakar");
        says("a2", "2023-11-02", SpeakerType.PERSON, "Anwaarul Haq Kakar");
        says("a3", "2023-11-03", SpeakerType.PERSON, "Kakar");
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Anwaarul Haq Kakar");
            assertThat(e.paragraphs()).isEqualTo(4);
            assertThat(e.articles()).isEqualTo(3);
            assertThat(e.rawKeys()).hasSize(3);
            assertThat(e.first()).isEqualTo(LocalDate.parse("2023-11-01"));
            assertThat(e.last()).isEqualTo(LocalDate.parse("2023-11-03"));
        });
    }

    @Test
    void aShortFormOfAForenameJoinsTheFullName() {
        List.of("Robert Hale", "Bob Hale", "Richard Hale").forEach(name -> says("a-" + name, null, SpeakerType.PERSON, name));
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(only(entries, "Bob Hale").aliases()).containsExactlyInAnyOrder("Robert Hale", "Bob Hale");
        assertThat(only(entries, "Richard Hale").aliases()).containsExactly("Richard Hale");
    }

    @Test
    void ofSpellingsThatDifferInCaseOnlyTheOneMostParagraphsUseNamesTheEntry() {
        says("a1", null, SpeakerType.ORGANIZATION, "HArbour Council");
        for (String article : List.of("a2", "a3", "a4")) {
            says(article, null, SpeakerType.ORGANIZATION, "Harbour Council");
        }
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(entries).extracting(SpeakerRegistry.Entry::name, SpeakerRegistry.Entry::aliases, SpeakerRegistry.Entry::paragraphs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Harbour Council", List.of("Harbour Council"), 4L));
    }

    @Test
    void aBareSurnameJoinsAPersonWhoseSurnameIsASpellingOfItAndOfSeveralTheOneWrittenAsItIs() {
        for (String name : List.of("Ronald Holt", "Donald Hoult", "Holt", "Hollt", "Mira Zia", "Zhao")) {
            says("a-" + name, null, SpeakerType.PERSON, name);
        }
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(only(entries, "Holt").aliases()).containsExactly("Ronald Holt", "Holt");
        assertThat(only(entries, "Donald Hoult").aliases()).containsExactly("Donald Hoult");
        // a spelling that neither full name has stays apart: two people could be meant; and Zhao shares no more than
        // a consonant with Zia, too little for a spelling of it
        assertThat(entries).filteredOn(e -> e.aliases().size() == 1).extracting(SpeakerRegistry.Entry::name)
                .containsExactlyInAnyOrder("Donald Hoult", "Hollt", "Mira Zia", "Zhao");
    }

    @Test
    void aMergeOnAnInterruptedThreadEndsAndTheThreadStaysInterrupted() {
        says("a1", null, SpeakerType.PERSON, "Nawaz Sharif");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(stats::build).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(stats.build().all()).hasSize(1);
    }

    @Test
    void aBareSurnameOfTwoPeopleJoinsNeither() {
        says("a1", null, SpeakerType.PERSON, "Nawaz Sharif");
        says("a2", null, SpeakerType.PERSON, "Shehbaz Sharif");
        says("a3", null, SpeakerType.PERSON, "Sharif");
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(entries).hasSize(3);
        assertThat(only(entries, "Sharif").aliases()).containsExactly("Sharif");
    }

    @Test
    void oneSharedWordLinksNoTwoOrganisations() {
        says("a1", null, SpeakerType.ORGANIZATION, "National Data Corp", "National");
        says("a2", null, SpeakerType.ORGANIZATION, "National Semiconductor Corp", "National");
        assertThat(stats.build().all()).hasSize(2);
    }

    @Test
    void anAcronymJoinsTheOneOrganisationItAbbreviatesButNotTwo() {
        says("a1", null, SpeakerType.ORGANIZATION, "International Monetary Fund");
        says("a2", null, SpeakerType.ORGANIZATION, "IMF");
        says("a3", null, SpeakerType.ORGANIZATION, "Control Data");
        says("a4", null, SpeakerType.ORGANIZATION, "China Daily");
        says("a5", null, SpeakerType.ORGANIZATION, "CD");
        List<SpeakerRegistry.Entry> entries = stats.build().all();
        assertThat(only(entries, "IMF").aliases()).containsExactly("International Monetary Fund", "IMF");
        assertThat(only(entries, "CD").aliases()).containsExactly("CD");
        assertThat(entries).hasSize(4);
    }

    @Test
    void aRareLongerSpellingDoesNotNameTheEntry() {
        for (int i = 0; i < 21; i++) {
            says("a" + i, null, SpeakerType.PERSON, "James Baker");
        }
        says("b", null, SpeakerType.PERSON, "Secertary James Baker");
        assertThat(stats.build().all()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("James Baker");
            assertThat(e.aliases()).contains("Secertary James Baker");
            assertThat(e.paragraphs()).isEqualTo(22);
        });
    }

    @Test
    void theSameSpeakersInAnyOrderGiveTheSameEntries() {
        SpeakerStats reversed = new SpeakerStats();
        // the article-level spellings of one key that differ in case only ("Xoma", "XOMA") come in any order
        // when files are indexed in parallel: which one the entry keeps must not depend on it
        List<Speaker> input = List.of(
                new Speaker("a", "Michael Smith", SpeakerType.PERSON, List.of("Michael Smith", "Smith")),
                new Speaker("b", "Smith", SpeakerType.PERSON, List.of("Smith")),
                new Speaker("c", "Michael J. Smith", SpeakerType.PERSON, List.of("Michael J. Smith")),
                new Speaker("xoma-corp", "XOMA Corp", SpeakerType.ORGANIZATION, List.of("XOMA Corp", "Xoma")),
                new Speaker("xoma-corp", "Xoma Corp", SpeakerType.ORGANIZATION, List.of("Xoma Corp", "XOMA")));
        for (int i = 0; i < input.size(); i++) {
            stats.add(input.get(i), "x" + i, null);
            reversed.add(input.get(input.size() - 1 - i), "x" + (input.size() - 1 - i), null);
        }
        assertThat(reversed.build().all()).isEqualTo(stats.build().all());
    }
}
