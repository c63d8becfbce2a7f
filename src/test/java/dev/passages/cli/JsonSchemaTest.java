package dev.passages.cli;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every JSON output of every command validates against schema/passages.schema.json. */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schema;

    @TempDir
    static Path home;
    static String index;

    @BeforeAll
    static void indexCorpus() throws Exception {
        schema = JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        index = home.resolve("idx").toString();
        assertThat(run("index", TestCorpus.FROZEN.toString(), "--index", index).code()).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    private static void assertValid(String definition, String json) throws Exception {
        ObjectNode s = schema.deepCopy();
        s.put("$ref", "#/$defs/" + definition);
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        Set<ValidationMessage> errors = validator.validate(JSON.readTree(json));
        assertThat(errors).as(definition + " for " + json.substring(0, Math.min(200, json.length()))).isEmpty();
    }

    private static List<String> lines(String out) {
        List<String> l = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                l.add(line);
            }
        }
        return l;
    }

    @Test
    void searchJsonIsAResultSetOfFullHits() throws Exception {
        CliRun r = run("search", "TTP hideouts", "--index", index, "--format", "json");
        assertValid("resultSet", r.out());
        for (JsonNode hit : JSON.readTree(r.out()).get("hits")) {
            assertValid("fullHit", hit.toString());
        }
        assertValid("resultSet", run("search", "--speaker", "Ashrafi", "--index", index, "--format", "json").out());
    }

    @Test
    void searchJsonlLinesAreFullHits() throws Exception {
        for (String line : lines(run("search", "refugees", "--index", index, "--format", "jsonl", "--sort", "date").out())) {
            assertValid("fullHit", line);
        }
        for (String line : lines(run("search", "refugees", "--index", index, "--format", "jsonl", "--fields", "id,speakers").out())) {
            assertValid("hit", line);
        }
    }

    @Test
    void countAndBatchValidate() throws Exception {
        assertValid("count", run("search", "refugees", "--count", "--index", index, "--format", "json").out());
        Path batch = home.resolve("batch.txt");
        Files.writeString(batch, "TTP hideouts\nrefugees AND (\n{\"id\":\"x\",\"query\":\"refugees\",\"speaker\":\"Ashrafi\"}\n");
        List<String> out = lines(run("search", "--batch", batch.toString(), "--index", index).out());
        assertThat(out).hasSize(3);
        for (String line : out) {
            assertValid("batchLine", line);
        }
        assertValid("error", out.get(1));
    }

    @Test
    void speakersValidateInBothJsonFormats() throws Exception {
        assertValid("speakerList", run("speakers", "--index", index, "--format", "json").out());
        for (String line : lines(run("speakers", "--index", index, "--format", "jsonl").out())) {
            assertValid("speaker", line);
        }
    }

    @Test
    void attributeJsonlValidates() throws Exception {
        for (String line : lines(run("attribute", "corpus/000_13c3e290747b6afd.txt", "--format", "jsonl").out())) {
            assertValid("attributedParagraph", line);
        }
    }

    @Test
    void aHitMissingAFieldFailsValidation() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertValid("fullHit", "{\"schema\":\"passages/1\",\"rank\":1}"))
                .isInstanceOf(AssertionError.class);
    }
}
