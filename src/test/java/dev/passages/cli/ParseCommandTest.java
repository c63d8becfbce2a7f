package dev.passages.cli;

import dev.passages.daemon.ServedCommands;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.passages.corpus.WarcFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** passages parse prints what is read from text, JSON, HTML and web archive files, article by article, without an index. */
class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    Path corpus;

    @BeforeEach
    void files() throws Exception {
        corpus = Files.createDirectories(home.resolve("news"));
        Files.writeString(corpus.resolve("flood.txt"), """
                Title: Flood waters recede
                Date: 2024-03-02
                Source: Dawn
                Byline: Jane Roe

                Flood waters receded on Saturday.

                Farmers returned to their fields.
                """);
        Files.writeString(corpus.resolve("wire.jsonl"), """
                {"id": "a1", "title": "Bridge reopens", "date": "2024-03-04", "author": "Ali Khan", "body": "The bridge reopened."}
                {"id": "a2", "title": "Prices steady", "body": "Market prices held steady."}
                """);
        Files.writeString(corpus.resolve("page.html"), WarcFixtures.page("School term delayed",
                "The school term was delayed by a week.", "Teachers welcomed the news."));
        WarcFixtures.write(corpus.resolve("crawl.warc.gz"), true, List.of(
                WarcFixtures.request("https://news.example.org/storm", WarcFixtures.CRAWLED),
                WarcFixtures.html("https://news.example.org/storm", WarcFixtures.CRAWLED, "Storm warning", "A storm warning was issued."),
                WarcFixtures.response("https://news.example.org/empty", WarcFixtures.CRAWLED, 200, "text/html",
                        "<html><title>Empty</title><body><nav><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World</a></li></ul></nav></body></html>".getBytes()),
                WarcFixtures.response("https://news.example.org/logo.png", WarcFixtures.CRAWLED, 200, "image/png", new byte[] {1, 2})));
        Files.writeString(corpus.resolve("README.md"), "About these files.\n");
    }

    private CliRun parse(String... args) {
        List<String> all = new ArrayList<>(List.of("parse"));
        all.addAll(List.of(args));
        return CliRun.in(home, all.toArray(String[]::new));
    }

    /** The first article {@code parse --format jsonl} prints of a file of the corpus, which it reads without a warning. */
    private JsonNode firstArticle(String file) throws Exception {
        CliRun r = parse(corpus.resolve(file).toString(), "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isZero();
        return jsonl(r.out()).get(0);
    }

    private static List<JsonNode> jsonl(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                valid("parsedArticle", n);
                nodes.add(n);
            }
        }
        return nodes;
    }

    @Test
    void aTextFileIsOneArticleWithItsHeader() throws Exception {
        JsonNode a = firstArticle("flood.txt");
        assertThat(a.get("file").asText()).endsWith("flood.txt");
        assertThat(a.get("id").asText()).isEqualTo("flood");
        assertThat(a.get("title").asText()).isEqualTo("Flood waters recede");
        assertThat(a.get("date").asText()).isEqualTo("2024-03-02");
        assertThat(a.get("source").asText()).isEqualTo("Dawn");
        assertThat(a.get("byline").asText()).isEqualTo("Jane Roe");
        assertThat(a.get("url").isNull()).isTrue();
        assertThat(a.get("paragraphs")).extracting(JsonNode::asText)
                .containsExactly("Flood waters receded on Saturday.", "Farmers returned to their fields.");
        assertThat(a.get("warnings")).isEmpty();
    }

    @Test
    void aJsonCollectionsWarningsGoWithTheirArticleAndMakeTheExitCodeThree() throws Exception {
        CliRun r = parse(corpus.resolve("wire.jsonl").toString(), "--format", "jsonl");
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        List<JsonNode> articles = jsonl(r.out());
        assertThat(articles).extracting(a -> a.get("id").asText()).containsExactly("wire/a1", "wire/a2");
        assertThat(articles.get(0).get("byline").asText()).isEqualTo("Ali Khan");
        assertThat(articles.get(0).get("warnings")).isEmpty();
        assertThat(articles.get(1).get("warnings")).extracting(JsonNode::asText)
                .containsExactly("no date found; read without one");
        assertThat(r.err()).contains("wire/a2: no date found");
    }

    @Test
    void anHtmlPage() throws Exception {
        JsonNode a = firstArticle("page.html");
        assertThat(a.get("title").asText()).isEqualTo("School term delayed");
        assertThat(a.get("paragraphs")).extracting(JsonNode::asText)
                .containsExactly("The school term was delayed by a week.", "Teachers welcomed the news.");
    }

    @Test
    void aWebArchiveIsOneArticlePerPageAndItsPagesWithoutBodyAreWarnings() throws Exception {
        CliRun r = parse(corpus.resolve("crawl.warc.gz").toString(), "--format", "json", "--debug");
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        JsonNode all = JSON.readTree(r.out());
        valid("parsedArticles", all);
        assertThat(all).hasSize(1);
        JsonNode a = all.get(0);
        assertThat(a.get("url").asText()).isEqualTo("https://news.example.org/storm");
        assertThat(a.get("date").asText()).isEqualTo("2024-03-02");
        assertThat(a.get("id").asText()).startsWith("crawl/news.example.org-");
        assertThat(r.err()).contains("crawl.warc.gz: https://news.example.org/empty: ")
                .contains("4 records: 2 HTML pages, 1 articles read; 2 other records passed over");
    }

    @Test
    void aFolderIsWalkedAsIndexWalksItInJsonAndText() throws Exception {
        CliRun json = parse(corpus.toString(), "--format", "json");
        JsonNode all = JSON.readTree(json.out());
        valid("parsedArticles", all);
        List<String> ids = new ArrayList<>();
        all.forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).hasSize(5).contains("flood", "wire/a1", "wire/a2", "page").noneMatch(id -> id.contains("README"));
        CliRun text = parse(corpus.toString());
        assertThat(text.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(text.out()).contains("== " + corpus.resolve("flood.txt"))
                .contains("title:    Flood waters recede")
                .contains("byline:   Jane Roe")
                .contains("warning:  no date found; read without one")
                .contains("1. Flood waters receded on Saturday.")
                .contains("2. Farmers returned to their fields.")
                .contains("url:      https://news.example.org/storm");
        assertThat(home.resolve("index")).doesNotExist();
    }

    @Test
    void textOutputIsSanitised() throws Exception {
        Path hostile = Files.writeString(home.resolve("hostile.txt"),
                "Title: Evil\u001b]0;owned\u0007 title\nBy: Mallory\u202e\n\nA body \u001b[2J with escapes.\n");
        CliRun r = parse(hostile.toString());
        assertThat(r.out()).contains("Evil").doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        CliRun j = parse(hostile.toString(), "--format", "jsonl");
        assertThat(j.out()).doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void aMissingPathOrABadFormatExitsTwoAndASkippedFileThree() throws Exception {
        CliRun missing = parse(home.resolve("no-such-file.warc").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no-such-file.warc");
        assertThat(parse(corpus.toString(), "--format", "tsv").code()).isEqualTo(ExitCodes.USAGE);
        Files.write(corpus.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        CliRun skipped = parse(corpus.toString(), "--format", "jsonl");
        assertThat(skipped.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(skipped.err()).contains("photo.jpg: skipped: unsupported file type .jpg");
        assertThat(jsonl(skipped.out())).hasSize(5);
    }

    @Test
    void helpExplainsItAndTheDaemonLeavesItToTheClient() {
        CliRun help = parse("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: passages parse").contains("Examples:").contains("  passages parse")
                .contains(".warc");
        assertThat(CliRun.in(home, "--help").out()).contains("parse");
        assertThat(ServedCommands.served("parse")).isFalse();
    }

    private static void valid(String definition, JsonNode json) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        s.put("$ref", "#/$defs/" + definition);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s).validate(json))
                .as(definition + ": " + json).isEmpty();
    }
}
