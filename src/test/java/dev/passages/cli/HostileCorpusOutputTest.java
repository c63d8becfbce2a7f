package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.search.Sanitize;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus whose ids, titles, sources, URLs, dates and text carry terminal escapes (colour, screen
 * clearing, an OSC 52 clipboard write, BEL, the one-character CSI U+009B, a right-to-left override,
 * line breaks): no text, TSV or JSON output and no message passes any of them on to a terminal.
 */
class HostileCorpusOutputTest extends HomeFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OSC52 = "\u001B]52;c;SGVsbG8=\u0007";
    private static final String JSON_ID = "x" + OSC52 + "\nFAKE";
    private static final String SOURCE = "Wire\u009B31m\u202Eevil";
    /** The source as read: its controls (the CSI) removed, as a title's and a byline's are; the bidi override is left for output to neutralise. */
    private static final String SOURCE_READ = "Wire31m\u202Eevil";
    /** A URL is kept as written, controls and all, so output must neutralise them. */
    private static final String URL = "http://example.org/\u001B[31m\u009B\u2028next";

    Path corpus;
    String index;
    Path textFile;

    @BeforeEach
    void hostileCorpus() throws Exception {
        corpus = Files.createDirectories(home.resolve("corpus"));
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("id", JSON_ID);
        record.put("title", "Refugee talks \u001B[2J\u0007 resume");
        record.put("source", SOURCE);
        record.put("url", URL);
        record.put("date", "\u001B[31m yesterday\u009B");
        record.put("body", "Refugees \u001B[5mcrossed the border\u202E today, the minister said in a statement.\n\n"
                + "A second paragraph about refugees and the border.");
        Files.writeString(corpus.resolve("wire.json"), JSON.writeValueAsString(java.util.List.of(record)));
        textFile = corpus.resolve("evil\u001B[31m\u202E\nname.txt");
        Files.writeString(textFile, "Title: Border \u009B2J talks\nSource: Desk\u001B]0;owned\u0007\n\n"
                + "Refugees waited at the border\u0008\u0008 for days, the envoy said.\n");
        index = home.resolve("idx").toString();
    }

    /** Nothing a terminal would act on: only the line feeds that end lines, no other control, C1, bidi or separator. */
    private static void assertSafe(String output) {
        assertSafe(output, "\n");
    }

    /** As {@link #assertSafe(String)}, with the characters of {@code allowed} let through (TSV's tabs). */
    private static void assertSafe(String output, String allowed) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            assertThat(allowed.indexOf(c) < 0 && Sanitize.unsafe(c))
                    .as("U+%04X at %d in: %s", (int) c, i, output.replace("\u001B", "<ESC>"))
                    .isFalse();
        }
    }

    @Test
    void warningsWhileIndexingShowEscapesVisibly() {
        CliRun r = run("index", corpus.toString(), "--index", index);
        assertThat(r.err()).contains("warning").contains("\\x1b[31m yesterday\\x9b");
        assertSafe(r.err());
        assertSafe(r.out());
    }

    @Test
    void textOutputShowsIdsTitlesSourcesAndTextVisibly() {
        run("index", corpus.toString(), "--index", index);
        CliRun r = run("search", "refugees", "--index", index, "--color", "never", "--limit", "20");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertSafe(r.out());
        assertSafe(r.err());
        assertThat(r.out()).contains("x\\x1b]52;c;SGVsbG8=\\x07\\nFAKE#1")
                .contains("Wire31m\\u202eevil")
                .contains("crossed the border\\u202e today")
                .contains("evil\\x1b[31m\\u202e\\nname#1");
        // the forged line never starts a line of its own
        assertThat(r.out().lines()).noneMatch(line -> line.startsWith("FAKE"));
    }

    @Test
    void colourOutputHasOnlyItsOwnEscapes() {
        run("index", corpus.toString(), "--index", index);
        CliRun r = run("search", "refugees", "--index", index, "--color", "always");
        String withoutOwn = r.out().replace("\u001B[1m", "").replace("\u001B[2m", "").replace("\u001B[0m", "");
        assertSafe(withoutOwn);
    }

    @Test
    void tsvKeepsItsEscapesAndNeutralisesTheRest() {
        run("index", corpus.toString(), "--index", index);
        for (String[] extra : new String[][] {{}, {"--fields", "id,source,title,text"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("search", "refugees", "--index", index,
                    "--format", "tsv"));
            args.addAll(java.util.List.of(extra));
            CliRun r = run(args.toArray(String[]::new));
            assertSafe(r.out(), "\n\t");
            assertThat(r.out()).contains("x\\x1b]52;c;SGVsbG8=\\x07\\nFAKE#1").contains("Wire31m\\u202eevil");
            int columns = r.out().lines().findFirst().orElseThrow().split("\t", -1).length;
            assertThat(r.out().lines()).allMatch(line -> line.split("\t", -1).length == columns);
        }
    }

    @Test
    void jsonEscapesControlsAndKeepsTheStrings() throws Exception {
        run("index", corpus.toString(), "--index", index);
        CliRun r = run("search", "refugees", "--index", index, "--format", "json", "--limit", "20");
        assertSafe(r.out());
        assertThat(r.out()).contains("\\u009b").contains("\\u202e").contains("\\u2028");
        JsonNode hits = JSON.readTree(r.out()).get("hits");
        assertThat(hits.findValuesAsText("id")).contains("wire/" + JSON_ID + "#1");
        assertThat(hits.findValuesAsText("source")).contains(SOURCE_READ);
        assertThat(hits.findValuesAsText("url")).contains(URL);
        CliRun lines = run("search", "refugees", "--index", index, "--format", "jsonl");
        assertSafe(lines.out());
        assertThat(lines.out().lines()).allSatisfy(line -> assertThat(JSON.readTree(line).get("schema")).isNotNull());
    }

    @Test
    void attributeShowsFileNamesIdsAndWarningsVisibly() {
        CliRun text = run("attribute", textFile.toString(), corpus.resolve("wire.json").toString());
        assertSafe(text.out());
        assertSafe(text.err());
        assertThat(text.out()).contains("evil\\x1b[31m\\u202e\\nname.txt");
        assertThat(text.err()).contains("\\x1b[31m yesterday");
        CliRun json = run("attribute", textFile.toString(), "--format", "jsonl");
        assertSafe(json.out());
    }

    @Test
    void speakerAndAcronymListingsAreSafeInEveryFormat() throws Exception {
        Files.writeString(corpus.resolve("talks.txt"), "Title: Talks\nDate: 2023-11-02\n\nThe United Nations Refugee"
                + " Agency (UNHCR\u202E) said on Monday that talks resumed.\n\n\"We will not stop,\" said Ahmad Kha\u202En"
                + " Safi\u200F, the envoy of the Border Council\u009B.\n");
        run("index", corpus.toString(), "--index", index);
        for (String command : java.util.List.of("speakers", "acronyms")) {
            for (String format : java.util.List.of("text", "tsv", "json", "jsonl")) {
                CliRun r = run(command, "--index", index, "--format", format);
                assertSafe(r.out(), format.equals("tsv") ? "\n\t" : "\n");
                assertSafe(r.err());
            }
        }
    }

    @Test
    void messagesQuotingArgumentsShowThemVisibly() {
        run("index", corpus.toString(), "--index", index);
        CliRun speaker = run("search", "refugees", "--speaker", "Nobody\u001B[31m\u202E", "--index", index);
        assertSafe(speaker.err());
        assertSafe(speaker.out());
        assertThat(speaker.err()).contains("Nobody\\x1b[31m\\u202e");
        CliRun query = run("search", "(refugees \u001B]52;c;eA==\u0007", "--index", index);
        assertThat(query.code()).isEqualTo(ExitCodes.USAGE);
        assertSafe(query.err());
        CliRun missing = run("search", "refugees", "--index", home.resolve("no\u001B[2Jindex\nhere").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertSafe(missing.err());
        assertThat(missing.err().strip().lines().count()).isEqualTo(1);
        CliRun check = run("check", "--index", home.resolve("no\u001B[2Jindex").toString());
        assertSafe(check.err());
        assertSafe(check.out());
    }
}
