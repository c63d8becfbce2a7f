package dev.passages.speakers;

import dev.passages.attribution.Affiliation;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker's posts in organisations: kept through the index's codec, counted by article in the registry, and in its file. */
class SpeakerAffiliationsTest {

    private static final LocalDate DAY = LocalDate.parse("2024-01-02");

    private static Speaker reed(String name, Affiliation... posts) {
        return new Speaker(name.toLowerCase().replace(' ', '-'), name, SpeakerType.PERSON, List.of(name), List.of(posts));
    }

    private static Speaker body(String name, String... aliases) {
        return new Speaker(name.toLowerCase().replace(' ', '-'), name, SpeakerType.ORGANIZATION, List.of(aliases));
    }

    @Test
    void theCodecKeepsPostsAndReadsEntriesWithoutThem() {
        Speaker sp = reed("Tom Reed", new Affiliation("spokesperson", "Northern Alliance Council"),
                new Affiliation("deputy leader", "Harbour Party"));
        Attribution a = new Attribution(sp, "say", "Tom Reed, the spokesman of the Northern Alliance Council, said");
        assertThat(SpeakerCodec.decode(SpeakerCodec.encode(a))).isEqualTo(a);
        assertThat(SpeakerCodec.parseEntry(SpeakerCodec.entry(sp))).isEqualTo(sp);
        Speaker plain = body("Harbour Party", "Harbour Party");
        assertThat(SpeakerCodec.entry(plain)).doesNotContain("\u001D");
        assertThat(SpeakerCodec.parseEntry("harbour-party\u001Forganization\u001FHarbour Party\u001FHarbour Party"))
                .isEqualTo(plain);
    }

    @Test
    void theRegistryCountsEachPostByArticleAndNamesTheOrganisationAsItsEntry() {
        SpeakerStats stats = new SpeakerStats();
        Affiliation council = new Affiliation("spokesperson", "Northern Alliance Council");
        stats.add(reed("Tom Reed", council), "a1", DAY);
        stats.add(reed("Tom Reed", council), "a1", DAY);
        stats.add(reed("Tom Reed", new Affiliation("spokesperson", "NAC")), "a2", DAY);
        stats.add(reed("Tom Reed", new Affiliation("director", "Harbour Authority")), "a3", DAY);
        stats.add(reed("Tom Reed"), "a4", DAY);
        stats.add(body("Northern Alliance Council", "Northern Alliance Council", "NAC"), "a5", DAY);
        SpeakerRegistry registry = stats.build();
        SpeakerRegistry.Entry reed = registry.canonical("tom-reed");
        assertThat(reed.affiliations()).containsExactly(
                new SpeakerRegistry.Affiliation("spokesperson", "Northern Alliance Council", 2),
                new SpeakerRegistry.Affiliation("director", "Harbour Authority", 1));
        assertThat(registry.canonical("northern-alliance-council").affiliations()).isEmpty();
    }

    @Test
    void theFileKeepsPostsAndReadsLinesWrittenWithoutThem() {
        SpeakerRegistry.Entry reed = new SpeakerRegistry.Entry("tom-reed", "Tom Reed", SpeakerType.PERSON,
                List.of("Tom Reed"), List.of("tom-reed"), 3, 2, DAY, DAY,
                List.of(new SpeakerRegistry.Affiliation("spokesperson", "Northern Alliance Council", 2)));
        String text = SpeakerFile.format(List.of(reed));
        assertThat(text).contains("\tspokesperson\u001DNorthern Alliance Council\u001D2\t");
        assertThat(SpeakerFile.read(text.getBytes(StandardCharsets.UTF_8), 0, List::of).all()).containsExactly(reed);
        String older = "tom-reed\tTom Reed\tperson\t3\t2\t2024-01-02\t2024-01-02\tTom Reed\ttom-reed";
        SpeakerRegistry read = SpeakerFile.read((older + "\n").getBytes(StandardCharsets.UTF_8), 0, List::of);
        assertThat(read.canonical("tom-reed").affiliations()).isEmpty();
        assertThat(read.all().get(0).rawKeys()).containsExactly("tom-reed");
    }
}
