package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers' posts in organisations over a small invented corpus: listed by {@code speakers}, carried by hits, and
 * {@code --speaker ORG --with-spokespeople} finding the organisation's passages and those of the people holding a post in it.
 */
class SpokespeopleSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    static String index;

    /** Writes the invented corpus of {@code home}/news: a council, its spokespeople, a former one, another body's director. */
    static Path writeCorpus(Path home) throws Exception {
        Path corpus = Files.createDirectories(home.resolve("news"));
        Files.writeString(corpus.resolve("council.txt"), """
                Title: Council rejects the harbour plan
                Date: 2024-02-01
                Source: Example Wire

                The Northern Alliance Council (NAC) said on Monday it would not back the harbour plan.

                "We will not allow it," Tom Reed, the spokesman of the Northern Alliance Council, said.

                Harbour Authority director Peter Vance said the port would reopen in spring.
                """);
        Files.writeString(corpus.resolve("talks.txt"), """
                Title: Talks on the harbour
                Date: 2024-02-03
                Source: Example Wire

                NAC spokeswoman Ana Ruiz told reporters the talks on the harbour would go on.

                Karl Dorn, a former spokesman for the Northern Alliance Council, said the harbour plan was sound.
                """);
        Files.writeString(corpus.resolve("vote.txt"), """
                Title: Reed on the vote
                Date: 2024-02-05
                Source: Example Wire

                Tom Reed said the vote on the harbour would be close.
                """);
        return corpus;
    }

    @BeforeAll
    static void indexCorpus() throws Exception {
        Path corpus = writeCorpus(home);
        index = home.resolve("idx").toString();
        CliRun r = CliRun.in(home, "index", corpus.toString(), "--index", index);
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static List<String> ids(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--index", index, "--format", "json"));
        all.addAll(List.of(args));
        CliRun r = CliRun.in(home, all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        JsonNode root = JSON.readTree(r.out());
        valid("resultSet", root);
        List<String> ids = new ArrayList<>();
        root.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void anOrganisationAloneAndWithThePeopleHoldingAPostInIt() throws Exception {
        assertThat(ids("--speaker", "Northern Alliance Council")).containsExactly("council#1");
        // Reed is its spokesman (and speaks for it in another article too), Ruiz its spokeswoman under its acronym;
        // a former spokesman and another body's director are not its people
        assertThat(ids("--speaker", "Northern Alliance Council", "--with-spokespeople"))
                .containsExactlyInAnyOrder("council#1", "council#2", "talks#1", "vote#1");
        assertThat(ids("--speaker", "NAC", "--with-spokespeople"))
                .containsExactlyInAnyOrder("council#1", "council#2", "talks#1", "vote#1");
        assertThat(ids("harbour", "--speaker", "Harbour Authority", "--with-spokespeople")).containsExactly("council#3");
        assertThat(ids("--speaker", "Harbour Authority")).isEmpty();
    }

    @Test
    void theOptionNeedsASpeaker() {
        CliRun r = CliRun.in(home, "search", "harbour", "--index", index, "--with-spokespeople");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("passages: --with-spokespeople needs --speaker ORGANISATION");
    }

    @Test
    void speakersListTheirPostsWithTheArticlesThatGiveThem() throws Exception {
        CliRun text = CliRun.in(home, "speakers", "--index", index);
        assertThat(text.out()).contains("Tom Reed  (tom-reed, person)")
                .contains("    affiliations: spokesperson of Northern Alliance Council (1 article)")
                .contains("    affiliations: director of Harbour Authority (1 article)");
        JsonNode json = JSON.readTree(CliRun.in(home, "speakers", "Ruiz", "--index", index, "--format", "json").out());
        valid("speakerList", json);
        JsonNode post = json.at("/speakers/0/affiliations/0");
        assertThat(post.get("role").asText()).isEqualTo("spokesperson");
        assertThat(post.get("organisation").asText()).isEqualTo("Northern Alliance Council");
        assertThat(post.get("articles").asLong()).isEqualTo(1);
        CliRun tsv = CliRun.in(home, "speakers", "Vance", "--index", index, "--format", "tsv");
        assertThat(tsv.out().strip().split("\n")[1]).endsWith("\tdirector of Harbour Authority (1 article)");
    }

    @Test
    void hitsAndArticlesCarryTheSpeakersPostAsItsArticleGivesIt() throws Exception {
        JsonNode root = JSON.readTree(CliRun.in(home, "search", "talks", "--index", index, "--format", "json").out());
        JsonNode speaker = root.at("/hits/0/speakers/0");
        assertThat(speaker.get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(speaker.at("/affiliations/0/role").asText()).isEqualTo("spokesperson");
        assertThat(speaker.at("/affiliations/0/organisation").asText()).isEqualTo("NAC");
        JsonNode article = JSON.readTree(CliRun.in(home, "article", "council", "--index", index, "--format", "json").out());
        valid("article", article);
        assertThat(article.at("/paragraphs/1/speakers/0/affiliations/0/organisation").asText())
                .isEqualTo("Northern Alliance Council");
        assertThat(CliRun.in(home, "search", "talks", "--index", index).out())
                .contains("speakers: Ana Ruiz (person, spokesperson of NAC, tell:");
    }

    @Test
    void batchLinesTakeTheOption() throws Exception {
        Path lines = home.resolve("queries.jsonl");
        Files.writeString(lines, """
                {"id": "alone", "speaker": "Northern Alliance Council"}
                {"id": "with", "speaker": "Northern Alliance Council", "with_spokespeople": true}
                {"id": "bad", "speaker": "Northern Alliance Council", "with_spokespeople": "yes"}
                """);
        CliRun r = CliRun.in(home, "search", "--index", index, "--batch", lines.toString());
        List<JsonNode> answers = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            answers.add(JSON.readTree(line));
        }
        assertThat(answers.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(answers.get(1).get("total").asLong()).isEqualTo(4);
        assertThat(answers.get(1).at("/filters/with_spokespeople").asBoolean()).isTrue();
        assertThat(answers.get(2).at("/error/message").asText()).contains("with_spokespeople must be true or false");
    }

    private static void valid(String definition, JsonNode json) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        s.put("$ref", "#/$defs/" + definition);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s).validate(json))
                .as(definition).isEmpty();
    }
}
