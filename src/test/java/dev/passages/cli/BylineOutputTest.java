package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.passages.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A byline read from a text header or a JSON record reaches the index and every output that shows article facts. */
class BylineOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    static String index;

    @BeforeAll
    static void indexCorpus() throws Exception {
        Path corpus = TestFiles.folder(home.resolve("news"), Map.of("flood.txt", """
                Title: Flood waters recede in the valley
                Date: 2024-03-02
                Source: Dawn
                By: Jane Roe

                Flood waters receded on Saturday across the valley, officials said.

                Farmers returned to their fields to count the losses.
                """, "plain.txt", """
                Title: Market prices steady
                Date: 2024-03-03

                Market prices held steady as the flood waters receded.
                """, "wire.json", """
                [{"id": "a1", "title": "Bridge reopens", "date": "2024-03-04", "source": "Wire",
                  "author": [{"name": "Ali Khan"}, {"name": "Mary Major"}],
                  "body": "The bridge over the river reopened after the flood damage was repaired."}]
                """, "feed.jsonl",
                "{\"id\": \"b1\", \"title\": \"School term delayed\", \"date\": \"2024-03-05\","
                        + " \"byline\": \"By Sam Lee\", \"text\": \"The school term was delayed by the flood.\"}\n"));
        index = home.resolve("idx").toString();
        CliRun r = CliRun.in(home, "index", corpus.toString(), "--index", index);
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static Map<String, JsonNode> hitsByArticle(String query) throws Exception {
        CliRun r = CliRun.in(home, "search", query, "--index", index, "--format", "json", "--limit", "50");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        valid("resultSet", root);
        Map<String, JsonNode> byArticle = new HashMap<>();
        for (JsonNode hit : root.get("hits")) {
            valid("fullHit", hit);
            byArticle.putIfAbsent(hit.get("article").asText(), hit);
        }
        return byArticle;
    }

    @Test
    void searchJsonCarriesTheBylineOfEveryKindOfFile() throws Exception {
        Map<String, JsonNode> hits = hitsByArticle("flood");
        assertThat(hits.get("flood").get("byline").asText()).isEqualTo("Jane Roe");
        assertThat(hits.get("wire/a1").get("byline").asText()).isEqualTo("Ali Khan, Mary Major");
        assertThat(hits.get("feed/b1").get("byline").asText()).isEqualTo("Sam Lee");
        assertThat(hits.get("plain").get("byline").isNull()).isTrue();
    }

    @Test
    void aLaterParagraphShowsItsArticlesByline() throws Exception {
        CliRun r = CliRun.in(home, "search", "farmers losses", "--index", index, "--format", "jsonl");
        JsonNode hit = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(hit.get("paragraph").asInt()).isEqualTo(2);
        assertThat(hit.get("byline").asText()).isEqualTo("Jane Roe");
    }

    @Test
    void textTsvAndFieldsShowIt() {
        CliRun text = CliRun.in(home, "search", "farmers", "--index", index);
        assertThat(text.out()).contains("Flood waters recede in the valley — Dawn · by Jane Roe");
        CliRun tsv = CliRun.in(home, "search", "farmers", "--index", index, "--format", "tsv");
        String[] rows = tsv.out().strip().split("\n");
        assertThat(rows[0]).endsWith("\ttext\tbyline");
        assertThat(rows[1]).endsWith("\tJane Roe");
        CliRun fields = CliRun.in(home, "search", "farmers", "--index", index, "--format", "tsv", "--fields", "id,byline");
        assertThat(fields.code()).isZero();
        assertThat(fields.out().strip().split("\n")).containsExactly("id\tbyline", "flood#2\tJane Roe");
        CliRun grouped = CliRun.in(home, "search", "bridge", "--index", index, "--group", "article");
        assertThat(grouped.out()).contains("Bridge reopens — Wire · by Ali Khan, Mary Major");
    }

    @Test
    void articleAndShowCarryIt() throws Exception {
        CliRun text = CliRun.in(home, "article", "flood", "--index", index);
        assertThat(text.out()).contains("2024-03-02 — Dawn · by Jane Roe");
        JsonNode json = JSON.readTree(CliRun.in(home, "article", "flood", "--index", index, "--format", "json").out());
        valid("article", json);
        assertThat(json.get("byline").asText()).isEqualTo("Jane Roe");
        assertThat(json.get("paragraphs").get(1).get("byline").asText()).isEqualTo("Jane Roe");
        JsonNode show = JSON.readTree(CliRun.in(home, "show", "feed/b1#1", "--index", index, "--format", "json").out());
        valid("article", show);
        assertThat(show.get("byline").asText()).isEqualTo("Sam Lee");
        assertThat(CliRun.in(home, "show", "plain#1", "--index", index).out()).contains("2024-03-03\n");
    }

    @Test
    void aBylineCannotWriteToTheTerminal() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("hostile"));
        Files.writeString(corpus.resolve("x.json"), "[{\"id\": \"1\", \"title\": \"Storm\", \"byline\": \"Eve\\u001b]0;owned\\u0007 \\u202eRoe\","
                + " \"body\": \"A storm passed over the hills.\"}]");
        String other = home.resolve("idx2").toString();
        assertThat(CliRun.in(home, "index", corpus.toString(), "--index", other).code()).isIn(0, 3);
        CliRun text = CliRun.in(home, "search", "storm", "--index", other);
        assertThat(text.out()).contains("by Eve").doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
    }

    private static void valid(String definition, JsonNode json) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        s.put("$ref", "#/$defs/" + definition);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s).validate(json))
                .as(definition).isEmpty();
    }
}
