package dev.passages.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerRegistryTest {

    @TempDir
    Path tmp;

    private SpeakerRegistry index(String... articles) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "Title: T" + i + "\nDate: " + String.format(java.util.Locale.ROOT, "2023-11-%02d", i + 1) + "\n\n" + articles[i]);
        }
        new Indexer(tmp.resolve("index"), true, w -> { }, 1).run(corpus);
        try (var reader = IndexPaths.open(tmp.resolve("index"))) {
            return SpeakerRegistry.load(reader, tmp.resolve("index"));
        }
    }

    @Test
    void spellingsOfOnePersonAreOneSpeaker() throws Exception {
        SpeakerRegistry r = index(
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
        SpeakerRegistry r = index("Treasury Secretary James Baker said the dollar was too high.",
                "Beker Industries Corp said it would file for bankruptcy.", "Booker Plc said profits rose.",
                "Hafiz Tahir Mehmood said the talks would go on.");
        assertThat(r.match("Baker")).extracting(SpeakerRegistry.Entry::name).containsExactly("James Baker");
        assertThat(r.match("Mahmood")).extracting(SpeakerRegistry.Entry::name).containsExactly("Hafiz Tahir Mehmood");
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
        SpeakerRegistry r = index("Nawaz Sharif said one thing.", "Shehbaz Sharif said another.", "Sharif said a third.");
        assertThat(r.match("Nawaz Sharif")).singleElement().satisfies(e -> assertThat(e.paragraphs()).isEqualTo(1));
        assertThat(r.match("Shehbaz Sharif")).singleElement().satisfies(e -> assertThat(e.paragraphs()).isEqualTo(1));
        assertThat(r.match("Sharif")).hasSize(3);
    }

    @Test
    void aSharedSurnameAloneLinksNoTwoPeople() throws Exception {
        SpeakerRegistry r = index("Michael Smith said one thing. Smith added more.",
                "Arthur Smith said another. Smith added more.",
                "National Data Corp said sales rose. National added that costs fell.",
                "National Semiconductor Corp said orders fell. National said more.");
        assertThat(r.match("Michael Smith")).singleElement().satisfies(e -> assertThat(e.aliases()).doesNotContain("Arthur Smith"));
        assertThat(r.match("National Data Corp")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("National Semiconductor Corp"));
    }

    @Test
    void registryFileIsWrittenForTheCommitAndReused() throws Exception {
        index("Minister Omar Haddad said the road would reopen.");
        assertThat(tmp.resolve("index").resolve(SpeakerRegistry.FILE)).exists();
    }

    @Test
    void registryGatheredWhileIndexingEqualsTheOneReadBackFromTheIndex() throws Exception {
        Path corpus = Path.of("corpus");
        Path index = tmp.resolve("whole");
        new Indexer(index, true, w -> { }, 2).run(corpus);
        try (var reader = IndexPaths.open(index)) {
            List<SpeakerRegistry.Entry> gathered = SpeakerRegistry.load(reader, index).all();
            List<SpeakerRegistry.Entry> readBack = SpeakerRegistry.build(reader).all();
            assertThat(gathered).hasSizeGreaterThan(20);
            assertThat(gathered).containsExactlyElementsOf(readBack);
        }
    }

    @Test
    void aDamagedRegistryLineIsRebuiltFromTheIndexWhenItIsParsed() throws Exception {
        Path corpus = Path.of("corpus");
        Path index = tmp.resolve("damaged");
        new Indexer(index, true, w -> { }, 2).run(corpus);
        Path file = index.resolve(SpeakerRegistry.FILE);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        String[] f = lines.get(1).split("\t", -1);
        f[3] = "many";
        lines.set(1, String.join("\t", f));
        Files.write(file, lines);
        try (var reader = IndexPaths.open(index)) {
            SpeakerRegistry lazy = SpeakerRegistry.load(reader, index);
            assertThat(lazy.canonical(f[8].split("\u001E")[0])).isNotNull();
            assertThat(lazy.all()).containsExactlyElementsOf(SpeakerRegistry.build(reader).all());
        }
    }
}
