package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the CLI as a user would, checking stdout, stderr and exit codes. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    String index;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                new Environment(Map.of("PASSAGES_HOME", home.toString())));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void corpus() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path p : files.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        index = home.resolve("idx").toString();
    }

    @Test
    void firstSearchWithDefaultIndexBuildsItAndSaysSo() {
        Run r = run("search", "TTP", "hideouts");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("no index yet").contains("31 added");
        assertThat(r.out()).contains("passages match").contains("000_13c3e290747b6afd#9");
        assertThat(r.out().indexOf("Stressing the need")).isLessThan(r.out().indexOf("Khaama"));
        assertThat(Files.isDirectory(home.resolve("index"))).isTrue();
    }

    @Test
    void jsonIsOneObjectWithTotalAndDocumentedHitFields() throws Exception {
        assertThat(run("index", "--index", index).code()).isZero();
        Run r = run("search", "TTP hideouts", "--index", index, "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("schema").asText()).isEqualTo("passages/1");
        assertThat(root.get("total").asLong()).isPositive();
        JsonNode hit = root.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("rank", "id", "article", "paragraph", "date", "title",
                "source", "url", "score", "text", "highlights");
        assertThat(hit.get("id").asText()).isEqualTo("000_13c3e290747b6afd#9");
        assertThat(hit.get("highlights").get(0).size()).isEqualTo(2);
    }

    @Test
    void jsonlIsOneObjectPerLine() throws Exception {
        run("index", "--index", index);
        Run r = run("search", "refugees", "--index", index, "--format", "jsonl", "--limit", "4");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("id").asText()).contains("#");
        }
    }

    @Test
    void dateRangeAndDateSortWorkFromTheCommandLine() throws Exception {
        run("index", "--index", index);
        Run r = run("search", "Pakistan", "--index", index, "--format", "jsonl", "--from", "2023-11-20", "--to",
                "2023-11-20", "--limit", "100");
        for (String line : r.out().strip().split("\n")) {
            assertThat(JSON.readTree(line).get("date").asText()).isEqualTo("2023-11-20");
        }
        Run sorted = run("search", "Pakistan", "--index", index, "--format", "tsv", "--sort", "date", "--limit", "30");
        String[] rows = sorted.out().strip().split("\n");
        assertThat(rows[0]).startsWith("rank\tid\tdate");
        String previous = "9999";
        for (int i = 1; i < rows.length; i++) {
            String date = rows[i].split("\t")[2];
            assertThat(date).isLessThanOrEqualTo(previous);
            previous = date;
        }
    }

    @Test
    void textOutputMarksMatchesWhenPiped() {
        run("index", "--index", index);
        Run r = run("search", "hideouts", "--index", index, "--limit", "1");
        assertThat(r.out()).contains("[[hideouts]]").doesNotContain("\u001B[");
    }

    @Test
    void malformedQueryExitsTwoWithOneLine() {
        run("index", "--index", index);
        Run r = run("search", "TTP AND (", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("column 9").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingIndexExitsTwoAndSaysHowToBuildOne() {
        Run r = run("search", "x", "--index", home.resolve("nonexistent").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no index at").contains("passages index");
    }

    @Test
    void noHitsExitsOne() {
        run("index", "--index", index);
        assertThat(run("search", "zzyzxqq", "--index", index).code()).isEqualTo(ExitCodes.NO_HITS);
    }

    @Test
    void skippedFilesExitThreeAndNameTheFile() throws Exception {
        Files.write(home.resolve("corpus/broken.txt"), new byte[] {(byte) 0xC3, 0x28, 'a', 'b'});
        Run r = run("index", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("broken.txt: skipped: not valid UTF-8").contains("1 skipped");
        assertThat(run("search", "hideouts", "--index", index).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void badOptionValueIsAUsageErrorNamingTheOption() {
        Run r = run("search", "x", "--from", "yesterday", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--from").contains("yesterday");
        assertThat(run("search", "x", "--format", "xml").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsExitCodes() {
        Run r = run("search", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("no hits").contains("skipped some files");
    }
}
