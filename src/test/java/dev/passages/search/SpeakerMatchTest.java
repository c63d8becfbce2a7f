package dev.passages.search;

import dev.passages.index.IndexPaths;
import dev.passages.index.Indexer;
import dev.passages.index.SpeakerRegistryFile;
import dev.passages.speakers.SpeakerRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which speakers a --speaker name refers to, in registries built by indexing small corpora. */
class SpeakerMatchTest {

    @TempDir
    Path tmp;

    private SpeakerMatch index(String... articles) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "Title: T" + i + "\nDate: " + String.format(java.util.Locale.ROOT, "2023-11-%02d", i + 1) + "\n\n" + articles[i]);
        }
        new Indexer(tmp.resolve("index"), true, w -> { }).run(corpus);
        try (var reader = IndexPaths.open(tmp.resolve("index"))) {
            return new SpeakerMatch(SpeakerRegistryFile.load(reader, tmp.resolve("index")));
        }
    }

    @Test
    void spellingsOfOnePersonAreOneSpeaker() throws Exception {
        SpeakerMatch r = index(
                "Prime Minister Anwar-ul-Haq Kakar said talks were over.",
                "Premier Anwaarul Haq Kakar said the border would close.",
                "Kakar said more.");
        List<SpeakerRegistry.Entry> kakar = r.match("Kakar");
        assertThat(kakar).hasSize(1);
        assertThat(kakar.get(0).paragraphs()).isEqualTo(3);
        assertThat(kakar.get(0).articles()).isEqualTo(3);
        assertThat(kakar.get(0).aliases()).contains("Anwar-ul-Haq Kakar", "Anwaarul Haq Kakar", "Kakar");
        assertThat(r.match("anwaar ul haq kakar")).containsExactlyElementsOf(kakar);
        assertThat(kakar.get(0).first()).hasToString("2023-11-01");
        assertThat(kakar.get(0).last()).hasToString("2023-11-03");
    }

    @Test
    void aSurnameFindsWhoBearsItAsWrittenAndOtherSpellingsOnlyWhenNobodyDoes() throws Exception {
        SpeakerMatch r = index("Treasury Secretary James Baker said the dollar was too high.",
                "Beker Industries Corp said it would file for bankruptcy.", "Booker Plc said profits rose.",
                "Hafiz Tahir Mehmood said the talks would go on.");
        assertThat(r.match("Baker")).extracting(SpeakerRegistry.Entry::name).containsExactly("James Baker");
        assertThat(r.match("Mahmood")).extracting(SpeakerRegistry.Entry::name).containsExactly("Hafiz Tahir Mehmood");
    }

    @Test
    void aSurnameAlsoWrittenAloneKeepsOtherSpellingsOut() throws Exception {
        // the bearer is named by the bare surname too, so it matches as an alias of its own, not only as a part
        SpeakerMatch r = index("Senator Robert Dole said the veto would stand. Dole said the vote was close.",
                "Dale Mohler said grain prices rose.", "The Harbin Daily said output rose.");
        assertThat(r.match("Dole")).extracting(SpeakerRegistry.Entry::name).containsExactly("Robert Dole");
        assertThat(r.match("Dale")).extracting(SpeakerRegistry.Entry::name).containsExactly("Dale Mohler");
    }

    @Test
    void aRareLongerSpellingDoesNotNameTheSpeaker() throws Exception {
        String[] articles = new String[22];
        for (int i = 0; i < 21; i++) {
            articles[i] = "Treasury Secretary James Baker said the dollar had fallen far enough, day " + i + ".";
        }
        articles[21] = "Secertary James Baker said the talks went well.";
        List<SpeakerRegistry.Entry> baker = index(articles).match("Baker");
        assertThat(baker).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("James Baker");
            assertThat(e.aliases()).contains("Secertary James Baker");
            assertThat(e.paragraphs()).isEqualTo(22);
        });
    }

    @Test
    void peopleWhoShareASurnameStayApart() throws Exception {
        SpeakerMatch r = index("Nawaz Sharif said one thing.", "Shehbaz Sharif said another.", "Sharif said a third.");
        assertThat(r.match("Nawaz Sharif")).singleElement().satisfies(e -> assertThat(e.paragraphs()).isEqualTo(1));
        assertThat(r.match("Shehbaz Sharif")).singleElement().satisfies(e -> assertThat(e.paragraphs()).isEqualTo(1));
        assertThat(r.match("Sharif")).hasSize(3);
    }

    @Test
    void aGivenNameAskedForIsNotFoundThroughASurnameAlone() throws Exception {
        SpeakerMatch r = index("President Ronald Reagan said the tax bill would pass. Reagan said more.",
                "Senator Howard Baker said the vote was close. Baker added that it would pass.",
                "Treasury Secretary James Baker said the dollar had fallen.");
        assertThat(r.match("Nancy Reagan")).isEmpty();
        assertThat(r.match("Ronald Reagan")).extracting(SpeakerRegistry.Entry::name).containsExactly("Ronald Reagan");
        assertThat(r.match("James A. Baker")).extracting(SpeakerRegistry.Entry::name).containsExactly("James Baker");
        assertThat(r.match("Baker")).extracting(SpeakerRegistry.Entry::name)
                .containsExactlyInAnyOrder("Howard Baker", "James Baker");
    }

    @Test
    void aServerAskedForAnyNumberOfNamesRemembersABoundedNumber() throws Exception {
        SpeakerMatch r = index("Senator Robert Dole said the veto would stand.");
        for (int i = 0; i < 3000; i++) {
            r.match("Someone " + i);
        }
        assertThat(r.rememberedNames()).isLessThanOrEqualTo(1024);
        assertThat(r.match("Dole")).extracting(SpeakerRegistry.Entry::name).containsExactly("Robert Dole");
    }

    @Test
    void aSharedSurnameAloneLinksNoTwoPeople() throws Exception {
        SpeakerMatch r = index("Michael Smith said one thing. Smith added more.",
                "Arthur Smith said another. Smith added more.",
                "National Data Corp said sales rose. National added that costs fell.",
                "National Semiconductor Corp said orders fell. National said more.");
        assertThat(r.match("Michael Smith")).singleElement().satisfies(e -> assertThat(e.aliases()).doesNotContain("Arthur Smith"));
        assertThat(r.match("National Data Corp")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("National Semiconductor Corp"));
    }
}
