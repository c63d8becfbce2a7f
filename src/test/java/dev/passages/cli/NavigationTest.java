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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** show and article, --offset paging, --group article, and what --batch, --count, --format and --fields do together. */
class NavigationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOUNDING = "000_13c3e290747b6afd";

    @TempDir
    static Path home;
    static String index;
    private static JsonNode schema;

    @BeforeAll
    static void indexCorpus() throws Exception {
        schema = JSON.readTree(Path.of("schema", "passages.schema.json").toFile());
        index = home.resolve("idx").toString();
        assertThat(run("index", "corpus", "--index", index).code()).isZero();
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.get(0).equals("index")) {
            all.add("--index");
            all.add(index == null ? "" : index);
        }
        return CliRun.in(home, all.toArray(String[]::new));
    }

    private static List<JsonNode> lines(CliRun r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static void assertValid(String definition, JsonNode json) {
        ObjectNode s = schema.deepCopy();
        s.put("$ref", "#/$defs/" + definition);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s).validate(json))
                .as(definition + " for " + json).isEmpty();
    }

    // show and article

    @Test
    void showPrintsTheParagraphWithItsNeighboursAndMarksIt() throws Exception {
        CliRun text = run("show", FOUNDING + "#12", "--context", "1");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains(FOUNDING + " (paragraphs 11-13 of 19)")
                .contains("> ¶12  " + FOUNDING + "#12").contains("  ¶11  ").contains("  ¶13  ")
                .doesNotContain("¶10 ").doesNotContain("¶14 ").contains("Anwar-ul-Haq Kakar");
        JsonNode json = JSON.readTree(run("show", FOUNDING + "#12", "--format", "json").out());
        assertValid("article", json);
        assertThat(json.get("id").asText()).isEqualTo(FOUNDING + "#12");
        List<Integer> numbers = new ArrayList<>();
        json.get("paragraphs").forEach(p -> numbers.add(p.get("paragraph").asInt()));
        assertThat(numbers).containsExactly(10, 11, 12, 13, 14);
        json.get("paragraphs").forEach(p -> assertThat(p.get("focus").asBoolean()).isEqualTo(p.get("paragraph").asInt() == 12));
        // at the start of an article the window is cut, not shifted
        List<JsonNode> first = lines(run("show", FOUNDING + "#1", "--format", "jsonl"));
        assertThat(first).extracting(p -> p.get("paragraph").asInt()).containsExactly(1, 2, 3);
        first.forEach(p -> assertValid("articleParagraph", p));
        assertThat(lines(run("show", FOUNDING + "#19", "-C", "0", "--format", "jsonl"))).hasSize(1);
    }

    @Test
    void showTextIsTheIndexedTextOfTheParagraphAsSearchFindsIt() throws Exception {
        JsonNode hit = lines(run("search", "refugees", "--format", "jsonl", "--limit", "1")).get(0);
        JsonNode shown = JSON.readTree(run("show", hit.get("id").asText(), "-C", "0", "--format", "json").out());
        assertThat(shown.get("paragraphs").get(0).get("text")).isEqualTo(hit.get("text"));
        assertThat(shown.get("title")).isEqualTo(hit.get("title"));
        assertThat(shown.get("article")).isEqualTo(hit.get("article"));
    }

    @Test
    void articlePrintsEveryParagraphInOrderWithMetadataAndSpeakers() throws Exception {
        JsonNode json = JSON.readTree(run("article", FOUNDING, "--format", "json").out());
        assertValid("article", json);
        assertThat(json.get("paragraph_count").asInt()).isEqualTo(19);
        assertThat(json.get("date").asText()).isEqualTo("2023-11-20");
        List<Integer> numbers = new ArrayList<>();
        json.get("paragraphs").forEach(p -> numbers.add(p.get("paragraph").asInt()));
        assertThat(numbers).hasSize(19).isSorted().startsWith(1).endsWith(19);
        assertThat(json.get("paragraphs").get(11).get("speakers").get(0).get("name").asText()).isEqualTo("Anwar-ul-Haq Kakar");
        // a paragraph id names its article
        assertThat(JSON.readTree(run("article", FOUNDING + "#9", "--format", "json").out())).isEqualTo(json);
        assertThat(lines(run("article", FOUNDING, "--format", "jsonl"))).hasSize(19);
        CliRun text = run("article", FOUNDING);
        assertThat(text.out()).startsWith(json.get("title").asText() + "\n2023-11-20\n" + FOUNDING + " (19 paragraphs)")
                .contains("¶19  " + FOUNDING + "#19").doesNotContain("> ¶");
        assertThat(run("article", FOUNDING, "--format", "tsv").out().split("\n")).hasSize(20);
    }

    @Test
    void anUnknownIdIsOneLineNamingItAndExitTwo() {
        for (String[] args : List.of(new String[] {"show", "nope#3"}, new String[] {"show", FOUNDING + "#20"},
                new String[] {"show", FOUNDING}, new String[] {"article", "nope"}, new String[] {"show", FOUNDING + "#2", "-C", "-1"},
                new String[] {"article", FOUNDING + "#20"})) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("passages: ");
        }
        assertThat(run("article", "nope").err()).contains("'nope'");
        assertThat(run("show", FOUNDING + "#20").err()).contains("'" + FOUNDING + "#20'");
        assertThat(run("article", FOUNDING + "#20").err()).isEqualTo(run("show", FOUNDING + "#20").err());
    }

    // --offset

    @Test
    void offsetPagesThroughTheSameRankingInEveryFormat() throws Exception {
        List<String> ten = ids(lines(run("search", "Pakistan", "--format", "jsonl", "--limit", "10")));
        List<JsonNode> second = lines(run("search", "Pakistan", "--format", "jsonl", "--limit", "5", "--offset", "5"));
        List<String> firstPage = ids(lines(run("search", "Pakistan", "--format", "jsonl", "--limit", "5")));
        List<String> paged = new ArrayList<>(firstPage);
        paged.addAll(ids(second));
        assertThat(paged).isEqualTo(ten);
        assertThat(second.get(0).get("rank").asInt()).isEqualTo(6);
        JsonNode summary = second.get(second.size() - 1);
        assertValid("summary", summary);
        second.forEach(line -> assertValid("jsonlLine", line));
        JsonNode json = JSON.readTree(run("search", "Pakistan", "--format", "json", "--limit", "5", "--offset", "5").out());
        assertThat(summary.get("total")).isEqualTo(json.get("total"));
        assertThat(summary.get("offset").asInt()).isEqualTo(5);
        assertThat(json.get("offset").asInt()).isEqualTo(5);
        assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo(ten.get(5));
        String[] tsv = run("search", "Pakistan", "--format", "tsv", "--limit", "5", "--offset", "5").out().split("\n");
        assertThat(tsv).hasSize(7);
        assertThat(tsv[1].split("\t")[0]).isEqualTo("6");
        assertThat(tsv[6]).isEqualTo("#total\t" + json.get("total").asLong() + "\ttotal_exact\ttrue\toffset\t5\treturned\t5");
        assertThat(run("search", "Pakistan", "--limit", "5", "--offset", "5").out()).contains("(showing 6-10)").contains(" 6. ");
    }

    @Test
    void withoutOffsetEveryJsonlLineIsAHitAndEveryTsvLineARow() throws Exception {
        List<JsonNode> hits = lines(run("search", "Pakistan", "--format", "jsonl", "--limit", "3"));
        assertThat(hits).hasSize(3).allMatch(h -> !h.has("summary") && h.has("id"));
        assertThat(run("search", "Pakistan", "--format", "tsv", "--limit", "3").out().split("\n")).hasSize(4)
                .noneMatch(l -> l.startsWith("#"));
        List<JsonNode> first = lines(run("search", "Pakistan", "--format", "jsonl", "--limit", "3", "--offset", "0"));
        assertThat(first).hasSize(4);
        assertThat(first.get(3).get("summary").asBoolean()).isTrue();
    }

    @Test
    void anOffsetPastTheEndReturnsNoHitsButTheTotal() throws Exception {
        JsonNode json = JSON.readTree(run("search", "refugees", "--format", "json", "--offset", "1000").out());
        assertThat(json.get("returned").asInt()).isZero();
        assertThat(json.get("total").asInt()).isPositive();
        assertThat(run("search", "refugees", "--offset", "1000").out()).contains("(none after the first 1000)");
        assertThat(run("search", "refugees", "--offset", "-1").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aLimitOfNoneStillSaysWhetherAnythingAnswers() {
        // the exit code says whether anything answered, however few are printed
        assertThat(run("search", "refugees", "--limit", "0").code()).isEqualTo(ExitCodes.OK);
        CliRun speakers = run("speakers", "-n", "0");
        assertThat(speakers.code()).isEqualTo(ExitCodes.OK);
        assertThat(speakers.out()).contains("(showing 0)");
        assertThat(run("speakers", "nobody by this name", "-n", "0").code()).isEqualTo(ExitCodes.NO_HITS);
    }

    private static List<String> ids(List<JsonNode> lines) {
        return lines.stream().filter(l -> !l.has("summary")).map(l -> l.get("id").asText()).toList();
    }

    // --group article

    @Test
    void groupingGivesOneEntryPerArticleRankedByItsBestPassage() throws Exception {
        JsonNode grouped = JSON.readTree(run("search", "Pakistan Taliban", "--group", "article", "--format", "json").out());
        assertValid("groupedResultSet", grouped);
        List<String> passageOrder = new ArrayList<>(new LinkedHashSet<>(lines(run("search", "Pakistan Taliban",
                "--format", "jsonl", "--limit", "300")).stream().filter(l -> !l.has("summary"))
                .map(l -> l.get("article").asText()).toList()));
        List<String> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode g : grouped.get("groups")) {
            String article = g.get("article").asText();
            assertThat(seen.add(article)).as("one entry per article").isTrue();
            articles.add(article);
            assertThat(g.get("passages").size()).isBetween(1, 3);
            double best = g.get("passages").get(0).get("score").asDouble();
            assertThat(best).isEqualTo(g.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = best;
            double last = Double.MAX_VALUE;
            for (JsonNode p : g.get("passages")) {
                assertThat(p.get("article").asText()).isEqualTo(article);
                assertThat(p.get("score").asDouble()).isLessThanOrEqualTo(last);
                last = p.get("score").asDouble();
            }
        }
        assertThat(articles).hasSize(10).isEqualTo(passageOrder.subList(0, 10));
        List<JsonNode> page = lines(run("search", "Pakistan Taliban", "--group", "article", "--format", "jsonl",
                "--limit", "3", "--offset", "2"));
        assertThat(page).hasSize(4);
        assertThat(page.subList(0, 3)).extracting(g -> g.get("article").asText()).isEqualTo(articles.subList(2, 5));
        assertThat(page.get(0).get("rank").asInt()).isEqualTo(3);
        page.subList(0, 3).forEach(g -> assertValid("articleGroup", g));
        assertValid("summary", page.get(3));
        CliRun text = run("search", "Pakistan Taliban", "--group", "article", "--limit", "2");
        assertThat(text.out()).contains("articles 1-2 by their best passage").contains(" 1. ").contains(" 2. ")
                .doesNotContain(" 3. ").contains("    " + articles.get(0) + "\n");
    }

    @Test
    void groupingRefusesWhatItCannotPrint() {
        for (String[] extra : List.of(new String[] {"--format", "tsv"}, new String[] {"--count"})) {
            List<String> args = new ArrayList<>(List.of("search", "refugees", "--group", "article"));
            args.addAll(List.of(extra));
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).doesNotContain("\n").contains("--group article");
        }
    }

    // --batch, --count, --format and --fields

    @Test
    void batchAppliesCountSkipsCommentsAndKeepsTheCallersId() throws Exception {
        Path batch = home.resolve("batch.txt");
        Files.writeString(batch, "# queries\n\nrefugees\n   # indented comment\n{\"id\":\"bad\",\"query\":\"x\",\"limt\":3}\n"
                + "{\"id\":\"p2\",\"query\":\"Pakistan\",\"limit\":2,\"offset\":2}\n");
        List<JsonNode> out = lines(run("search", "--batch", batch.toString()));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("3");
        assertThat(out.get(1).get("id").asText()).isEqualTo("bad");
        assertThat(out.get(1).get("error").get("message").asText()).contains("unknown field 'limt'");
        assertThat(out.get(2).get("hits").get(0).get("rank").asInt()).isEqualTo(3);
        out.forEach(line -> assertValid("batchLine", line));
        List<JsonNode> counted = lines(run("search", "--batch", batch.toString(), "--count"));
        assertThat(counted).hasSize(3);
        long total = Long.parseLong(run("search", "refugees", "--count").out().strip());
        assertThat(counted.get(0).get("total").asLong()).isEqualTo(total);
        assertThat(counted.get(0).has("hits")).isFalse();
        assertThat(counted.get(1).get("id").asText()).isEqualTo("bad");
        counted.forEach(line -> assertValid("batchLine", line));
    }

    @Test
    void batchRefusesTextAndTsvInOneLine() throws Exception {
        Path batch = home.resolve("one.txt");
        Files.writeString(batch, "refugees\n");
        for (String format : List.of("tsv", "text")) {
            CliRun r = run("search", "--batch", batch.toString(), "--format", format);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").contains("--format " + format);
        }
        assertThat(lines(run("search", "--batch", batch.toString(), "--format", "jsonl"))).hasSize(1);
    }

    @Test
    void fieldsAreRefusedInTextOutput() {
        CliRun r = run("search", "refugees", "--fields", "id");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--fields");
        assertThat(run("search", "refugees", "--fields", "id", "--format", "json").code()).isZero();
    }
}
