package dev.passages.cli;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** search --mode over an index with vectors and one without: which side found each hit, filters on both sides, refusals. */
class SemanticSearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    static String vectors;
    static String plain;

    @BeforeAll
    static void index() {
        vectors = home.resolve("vectors").toString();
        CliRun run = CliRun.in(home, "index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--index", vectors, "--semantic");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("vectors: 190 paragraphs embedded");
        plain = CliRun.indexedCorpus(home);
    }

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRun run = CliRun.in(home, all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        ObjectNode schema = (ObjectNode) JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        schema.put("$ref", "#/$defs/resultSet");
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(result)).isEmpty();
        return result;
    }

    private static List<String> sides(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.path("found_by").asText(null)));
        return out;
    }

    @Test
    void hybridIsTheDefaultWhereVectorsExistAndSaysWhichSideFoundEachHit() throws Exception {
        JsonNode result = json("search", "what did Pakistan demand from the Taliban", "--index", vectors);
        assertThat(result.get("hits")).hasSize(10);
        assertThat(sides(result)).allMatch(s -> List.of("bm25", "semantic", "both").contains(s)).contains("both");
        // a hit found by its words still has them marked
        for (JsonNode hit : result.get("hits")) {
            if (!hit.get("found_by").asText().equals("semantic")) {
                assertThat(hit.get("highlights")).as(hit.get("id").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void semanticFindsPassagesWithoutTheQueryWords() throws Exception {
        JsonNode result = json("search", "xqzv nonexistentword the government sent migrants back across the border",
                "--index", vectors, "--mode", "semantic", "--limit", "5");
        assertThat(sides(result)).hasSize(5).containsOnly("semantic");
        CliRun bm25 = CliRun.in(home, "search", "nonexistentword", "--index", vectors, "--mode", "bm25");
        assertThat(bm25.code()).isEqualTo(ExitCodes.NO_HITS);
    }

    @Test
    void bm25OnAnIndexWithVectorsSaysNothingOfSides() throws Exception {
        JsonNode result = json("search", "refugees", "--index", vectors, "--mode", "bm25", "--limit", "3");
        assertThat(result.get("hits")).hasSize(3);
        assertThat(sides(result)).containsOnlyNulls();
        JsonNode onPlain = json("search", "refugees", "--index", plain, "--limit", "3");
        assertThat(sides(onPlain)).containsOnlyNulls();
    }

    @Test
    void datesFilterTheVectorSideToo() throws Exception {
        for (String mode : List.of("semantic", "hybrid")) {
            JsonNode result = json("search", "attacks by militants", "--index", vectors, "--mode", mode,
                    "--from", "2023-12-01", "--to", "2023-12-31", "--limit", "20");
            assertThat(result.get("hits")).as(mode).isNotEmpty();
            result.get("hits").forEach(h -> assertThat(h.get("date").asText()).as(mode).startsWith("2023-12"));
        }
    }

    @Test
    void aSpeakerFiltersTheVectorSideToo() throws Exception {
        JsonNode unfiltered = json("search", "deportation of refugees", "--index", vectors, "--mode", "semantic", "--limit", "30");
        JsonNode result = json("search", "deportation of refugees", "--index", vectors, "--mode", "semantic",
                "--speaker", "Kakar", "--limit", "30");
        assertThat(result.get("hits")).isNotEmpty();
        List<String> unfilteredSpeakers = new ArrayList<>();
        unfiltered.get("hits").forEach(h -> unfilteredSpeakers.add(h.get("speakers").toString()));
        assertThat(unfilteredSpeakers).as("without the filter, others speak too").anyMatch(s -> !s.contains("Kakar"));
        for (JsonNode hit : result.get("hits")) {
            List<String> names = new ArrayList<>();
            hit.get("speakers").forEach(s -> names.add(s.get("name").asText()));
            assertThat(names).as(hit.get("id").asText()).anyMatch(n -> n.contains("Kakar"));
        }
    }

    @Test
    void semanticOnAnIndexWithoutVectorsIsOneClearLine() {
        for (String mode : List.of("semantic", "hybrid")) {
            CliRun run = CliRun.in(home, "search", "refugees", "--index", plain, "--mode", mode);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("--mode " + mode).contains("keeps no vectors").contains("passages index --semantic");
        }
    }

    @Test
    void aBatchRanksEveryLineInTheModeGiven() throws Exception {
        Path queries = home.resolve("queries.txt");
        java.nio.file.Files.writeString(queries, "refugees\n{\"query\": \"attacks\", \"limit\": 2}\n");
        for (String mode : List.of("semantic", "bm25")) {
            CliRun run = CliRun.in(home, "search", "--batch", queries.toString(), "--index", vectors, "--mode", mode);
            assertThat(run.code()).as(run.err()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                List<String> sides = sides(JSON.readTree(line));
                assertThat(sides).as(mode).isNotEmpty();
                if (mode.equals("semantic")) {
                    assertThat(sides).containsOnly("semantic");
                } else {
                    assertThat(sides).containsOnlyNulls();
                }
            }
        }
    }
}
