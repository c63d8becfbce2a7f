package dev.passages.serve;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the HTTP API over the sample corpus: the same objects as the commands' JSON, valid against
 * schema/serve.schema.json, and every error a JSON object with the CLI's message, exit code and an HTTP status.
 */
class ServeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSAGE = "000_13c3e290747b6afd#9";

    @TempDir
    static Path dir;
    static ServeFixture serve;
    static JsonNode schema;
    static JsonSchemaFactory factory;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeFixture.over(TestCorpus.FROZEN, dir.resolve("idx"));
        schema = JSON.readTree(Path.of("schema", "serve.schema.json").toFile());
        String passages = Files.readString(Path.of("schema", "passages.schema.json"));
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaLoaders(
                l -> l.schemas(Map.of("https://passages.dev/schema/passages-1.json", passages))));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    static void assertValid(String definition, String json) throws Exception {
        ObjectNode s = schema.deepCopy();
        s.put("$ref", "#/$defs/" + definition);
        JsonSchema validator = factory.getSchema(s);
        Set<ValidationMessage> errors = validator.validate(JSON.readTree(json));
        assertThat(errors).as(definition + " for " + json.substring(0, Math.min(300, json.length()))).isEmpty();
    }

    private static JsonNode ok(ServeFixture.Reply r, String definition) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertValid(definition, r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode error(ServeFixture.Reply r, int status, String kind) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertValid("apiError", r.body());
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.at("/error/kind").asText()).isEqualTo(kind);
        assertThat(e.get("status").asInt()).isEqualTo(status);
        return e;
    }

    @Test
    void searchAnswersTheResultSetOfTheCommand() throws Exception {
        JsonNode r = ok(serve.get("/api/search?q=TTP+hideouts&limit=3"), "searchAnswer");
        assertThat(r.get("query").asText()).isEqualTo("TTP hideouts");
        assertThat(r.get("returned").asInt()).isEqualTo(3);
        assertThat(r.at("/hits/0/id").asText()).isEqualTo(PASSAGE);
        assertThat(r.at("/hits/0/highlights").size()).isPositive();
        JsonNode page2 = ok(serve.get("/api/search?q=TTP+hideouts&limit=3&offset=3"), "searchAnswer");
        assertThat(page2.at("/hits/0/rank").asInt()).isEqualTo(4);
    }

    @Test
    void searchFiltersBySpeakerAndDatesAndSorts() throws Exception {
        JsonNode r = ok(serve.get("/api/search?q=refugees&speaker=Ashrafi&from=2023-11&to=2023-11&sort=date"), "searchAnswer");
        assertThat(r.at("/filters/speakers/0").asText()).isEqualTo("Ashrafi");
        assertThat(r.at("/filters/from").asText()).isEqualTo("2023-11-01");
        assertThat(r.at("/filters/to").asText()).isEqualTo("2023-11-30");
        assertThat(r.get("sort").asText()).isEqualTo("date");
        assertThat(r.get("total").asInt()).isPositive();
        for (JsonNode hit : r.get("hits")) {
            assertThat(hit.get("date").asText()).startsWith("2023-11");
            assertThat(hit.get("speakers").toString()).contains("Ashrafi");
        }
    }

    @Test
    void aListingBySpeakerNeedsNoQueryText() throws Exception {
        JsonNode r = ok(serve.get("/api/search?speaker=Kakar&sort=chronological"), "searchAnswer");
        assertThat(r.get("returned").asInt()).isGreaterThan(10);
    }

    @Test
    void passageComesWithItsNeighbours() throws Exception {
        JsonNode r = ok(serve.get("/api/passage/" + PASSAGE.replace("#", "%23") + "?context=1"), "passageAnswer");
        assertThat(r.get("id").asText()).isEqualTo(PASSAGE);
        assertThat(r.get("paragraphs").size()).isEqualTo(3);
        assertThat(r.at("/paragraphs/1/focus").asBoolean()).isTrue();
    }

    @Test
    void articleHasEveryParagraphWithItsSpeakers() throws Exception {
        JsonNode r = ok(serve.get("/api/article/000_13c3e290747b6afd"), "articleAnswer");
        assertThat(r.get("paragraphs").size()).isEqualTo(r.get("paragraph_count").asInt());
        assertThat(r.get("paragraphs").toString()).contains("\"speakers\":[{");
    }

    @Test
    void similarPassagesComeFromOtherArticles() throws Exception {
        JsonNode r = ok(serve.get("/api/similar/" + PASSAGE.replace("#", "%23") + "?limit=5"), "similarAnswer");
        assertThat(r.get("hits").size()).isPositive();
        for (JsonNode hit : r.get("hits")) {
            assertThat(hit.get("article").asText()).isNotEqualTo("000_13c3e290747b6afd");
        }
    }

    @Test
    void speakersByPrefixOfAnyNamePart() throws Exception {
        JsonNode r = ok(serve.get("/api/speakers?prefix=kak"), "speakersAnswer");
        assertThat(r.get("total").asInt()).isPositive();
        assertThat(r.at("/speakers/0/name").asText()).contains("Kakar");
        JsonNode all = ok(serve.get("/api/speakers?limit=2"), "speakersAnswer");
        assertThat(all.get("speakers").size()).isEqualTo(2);
        assertThat(all.get("total").asInt()).isGreaterThan(2);
    }

    @Test
    void histogramCountsEveryMatchPerPeriod() throws Exception {
        JsonNode total = ok(serve.get("/api/search?q=refugees&limit=0"), "searchAnswer");
        for (String by : new String[] {"day", "month", "year"}) {
            JsonNode h = ok(serve.get("/api/histogram?q=refugees&by=" + by), "histogram");
            long sum = h.get("undated").asLong();
            for (JsonNode p : h.get("periods")) {
                sum += p.get("count").asLong();
            }
            assertThat(sum).as(by).isEqualTo(total.get("total").asLong()).isEqualTo(h.get("total").asLong());
        }
        JsonNode months = ok(serve.get("/api/histogram?q=refugees&from=2023-11&to=2023-11"), "histogram");
        assertThat(months.get("by").asText()).isEqualTo("month");
        assertThat(months.at("/periods/0/period").asText()).isEqualTo("2023-11");
        assertThat(months.get("periods").size()).isEqualTo(1);
    }

    @Test
    void facetsCountSpeakersAndOutletsOfTheMatches() throws Exception {
        JsonNode f = ok(serve.get("/api/facets?q=refugees"), "facets");
        assertThat(f.get("speakers").size()).isPositive();
        assertThat(f.get("sources").size()).isPositive();
        String top = f.at("/speakers/0/name").asText();
        long count = f.at("/speakers/0/count").asLong();
        JsonNode narrowed = ok(serve.get("/api/search?q=refugees&limit=0&speaker="
                + java.net.URLEncoder.encode(top, java.nio.charset.StandardCharsets.UTF_8)), "searchAnswer");
        assertThat(narrowed.get("total").asLong()).isEqualTo(count);
    }

    @Test
    void exportsCsvAndJsonlOfTheWholeResultSet() throws Exception {
        JsonNode all = ok(serve.get("/api/search?q=refugees&limit=1000"), "searchAnswer");
        ServeFixture.Reply csv = serve.get("/api/search?q=refugees&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.body()).startsWith("rank,id,date,source,title,paragraph,score,speakers,text,url\r\n");
        assertThat(csv.body()).contains(all.at("/hits/0/id").asText());
        ServeFixture.Reply jsonl = serve.get("/api/search?q=refugees", "Accept", "application/x-ndjson");
        assertThat(jsonl.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n");
        assertThat(lines).hasSize(all.get("returned").asInt());
        for (String line : lines) {
            assertValid("exportLine", line);
        }
        ServeFixture.Reply two = serve.get("/api/search?q=refugees&format=jsonl&limit=2");
        assertThat(two.body().split("\n")).hasSize(2);
        // an export's limit goes to 10,000 rows, a page's to 1,000
        assertThat(serve.get("/api/search?q=refugees&format=csv&limit=5000").status()).isEqualTo(200);
        assertThat(serve.get("/api/search?q=refugees&limit=5000").status()).isEqualTo(400);
        assertThat(serve.get("/api/search?q=refugees&format=csv&limit=10001").status()).isEqualTo(400);
    }

    @Test
    void exportPagesThroughMoreHitsThanOneSearchReads() throws Exception {
        JsonNode all = ok(serve.get("/api/search?speaker=Kakar&limit=0"), "searchAnswer");
        int total = all.get("total").asInt();
        ServeFixture.Reply csv = serve.get("/api/search?speaker=Kakar&format=csv");
        // a header, then one row per passage: rows hold no line break outside quotes
        long rows = csv.body().lines().filter(l -> l.matches("^[0-9]+,.*")).count();
        assertThat(rows).isEqualTo(total);
        assertThat(Export.PAGE).isLessThan(Export.MAX_ROWS);
    }

    @Test
    void aBadQueryIs400NamingTheColumnWithTheCliExitCode() throws Exception {
        JsonNode e = error(serve.get("/api/search?q=refugees+AND+%28"), 400, "bad_query");
        assertThat(e.at("/error/message").asText()).contains("column");
        assertThat(e.get("exit").asInt()).isEqualTo(2);
        error(serve.get("/api/search?q=refugees+AND+%28&format=csv"), 400, "bad_query");
        error(serve.get("/api/histogram?q=refugees+AND+%28"), 400, "bad_query");
        error(serve.get("/api/facets?q=refugees+AND+%28"), 400, "bad_query");
    }

    @Test
    void badValuesAre400NamingTheParameter() throws Exception {
        assertThat(error(serve.get("/api/search?q=x&limit=abc"), 400, "usage").at("/error/message").asText()).contains("limit");
        assertThat(error(serve.get("/api/search?q=x&limit=100000"), 400, "usage").at("/error/message").asText()).contains("limit");
        assertThat(error(serve.get("/api/search?q=x&offset=-1"), 400, "usage").at("/error/message").asText()).contains("offset");
        assertThat(error(serve.get("/api/search?q=x&from=November"), 400, "usage").at("/error/message").asText()).contains("from");
        assertThat(error(serve.get("/api/search?q=x&to=2023-13"), 400, "usage").at("/error/message").asText()).contains("to");
        assertThat(error(serve.get("/api/search?q=x&sort=random"), 400, "usage").at("/error/message").asText()).contains("sort");
        assertThat(error(serve.get("/api/search?q=x&format=xml"), 400, "usage").at("/error/message").asText()).contains("format");
        assertThat(error(serve.get("/api/search?q=x&copies=bogus"), 400, "usage").at("/error/message").asText()).contains("copies");
        assertThat(serve.get("/api/search?q=x&copies=all").status()).isEqualTo(200);
        // a refusal is not kept either
        assertThat(serve.get("/api/nothing-here").header("Cache-Control")).isEqualTo("no-store");
        assertThat(error(serve.get("/api/histogram?q=x&by=week"), 400, "usage").at("/error/message").asText()).contains("by");
        assertThat(error(serve.get("/api/passage/" + PASSAGE.replace("#", "%23") + "?context=x"), 400, "usage")
                .at("/error/message").asText()).contains("context");
        assertThat(serve.raw("GET /api/search?q=%ZZ HTTP/1.1\r\nHost: 127.0.0.1:" + serve.server.port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void tooManySpeakersOrPatternsAreRefusedAsTheCliRefusesThem() throws Exception {
        StringBuilder speakers = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            speakers.append("&speaker=s").append(i);
        }
        assertThat(error(serve.get("/api/search?q=x" + speakers), 400, "usage").at("/error/message").asText())
                .contains("the limit is 50");
        StringBuilder patterns = new StringBuilder("q=");
        for (int i = 0; i < 40; i++) {
            patterns.append("w").append(i).append("x*+");
        }
        assertThat(error(serve.get("/api/search?" + patterns), 400, "bad_query").at("/error/message").asText())
                .contains("the limit is 32");
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertThat(error(serve.get("/api/passage/nothing%231"), 404, "usage").at("/error/message").asText())
                .contains("no paragraph with id 'nothing#1'");
        assertThat(error(serve.get("/api/article/nothing"), 404, "usage").at("/error/message").asText())
                .contains("no article with id 'nothing'");
        error(serve.get("/api/similar/nothing%231"), 404, "usage");
        error(serve.get("/api/passage/"), 400, "usage");
        error(serve.get("/api/nothing"), 404, "usage");
        error(serve.get("/nothing.html"), 404, "usage");
    }

    @Test
    void anythingButGetAndHeadIs405() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
            ServeFixture.Reply r = serve.request(method, "/api/search?q=refugees");
            error(r, 405, "usage");
            assertThat(r.header("Allow")).isEqualTo("GET, HEAD");
        }
        ServeFixture.Reply head = serve.request("HEAD", "/api/search?q=refugees");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void thePageAndItsFilesComeFromTheJar() throws Exception {
        ServeFixture.Reply page = serve.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("<script>");
        assertThat(serve.get("/app.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(serve.get("/style.css").header("Content-Type")).startsWith("text/css");
        assertThat(serve.get("/app.js").body()).doesNotContain("innerHTML").doesNotContain("eval(");
    }
}
