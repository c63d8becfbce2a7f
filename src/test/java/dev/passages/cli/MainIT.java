package dev.passages.cli;

import dev.passages.TestCorpus;
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
class MainIT extends HomeFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    String index;

    /** The frozen corpus indexed once, for the tests that only read an index; tests that change one build their own. */
    @TempDir
    static Path shared;
    private static String sharedIndex;

    private static synchronized String indexedOnce() {
        if (sharedIndex == null) {
            sharedIndex = CliRun.indexedCorpus(shared);
        }
        return sharedIndex;
    }

    @BeforeEach
    void corpus() throws Exception {
        TestCorpus.copyAll(home.resolve("corpus"));
        index = home.resolve("idx").toString();
    }

    /** Output whose reader has gone ({@code | head}): every write fails, as on a closed pipe. */
    private CliRun runWithReaderGone(String... args) {
        java.io.OutputStream gone = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(gone, true), new PrintWriter(err),
                new Environment(Map.of("PASSAGES_HOME", home.toString())));
        return new CliRun(code, "", err.toString());
    }

    @Test
    void whenTheReaderGoesAwayTheExitCodeStillSaysWhatWasFound() {
        index = indexedOnce();
        CliRun hits = runWithReaderGone("search", "Kakar", "--index", index, "--limit", "50");
        assertThat(hits.code()).isEqualTo(ExitCodes.OK);
        assertThat(hits.err()).isEmpty();
        CliRun none = runWithReaderGone("search", "zzzqqqxx", "--index", index);
        assertThat(none.code()).isEqualTo(ExitCodes.NO_HITS);
        assertThat(none.err()).doesNotContain("Exception");
    }

    @Test
    void firstSearchWithDefaultIndexBuildsItAndSaysSo() {
        CliRun r = run("search", "TTP", "hideouts");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("no index yet").contains("31 added");
        assertThat(r.out()).contains("passages match").contains("000_13c3e290747b6afd#9");
        assertThat(r.out().indexOf("Stressing the need")).isLessThan(r.out().indexOf("Khaama"));
        assertThat(Files.isDirectory(home.resolve("index"))).isTrue();
    }

    @Test
    void aDefaultIndexOfAnotherSchemaIsRebuiltAndAnExplicitOneRefused() throws Exception {
        assertThat(run("index").code()).isZero();
        assertThat(run("index", home.resolve("corpus").toString(), "--index", index).code()).isZero();
        for (Path dir : new Path[] {home.resolve("index"), Path.of(index)}) {
            try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                 var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
                w.setLiveCommitData(Map.of(dev.passages.index.Schema.VERSION_KEY, "0").entrySet());
                w.commit();
            }
        }
        // two searches at once: one rebuilds, the other waits for it (or finds it done), neither fails
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> run("search", "TTP", "hideouts"));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> run("search", "TTP", "hideouts"));
        CliRun r = first.get(120, java.util.concurrent.TimeUnit.SECONDS);
        CliRun other = second.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(other.code()).as(other.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err() + other.err()).contains("has schema version 0").contains("rebuilding it").contains("31 added");
        assertThat(r.out()).contains("000_13c3e290747b6afd#9");
        assertThat(other.out()).isEqualTo(r.out());
        assertThat(run("search", "TTP", "hideouts").err()).doesNotContain("rebuilding");
        // an index the user named is theirs: told, not rebuilt
        CliRun named = run("search", "TTP", "hideouts", "--index", index);
        assertThat(named.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(named.err()).contains("schema version 0").contains("passages index --rebuild");
    }

    @Test
    void longFormsWithLowerCaseParticlesExpandBothWaysAndAQuotedOneKeepsItsOtherSpellings() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("particles"));
        Files.writeString(corpus.resolve("2023-01-01-a.txt"), "Title: Rally\n\n"
                + "The Majlis-e-Wahdat-e-Muslimeen (MWM) held a rally in Karachi on Sunday.\n");
        Files.writeString(corpus.resolve("2023-01-02-b.txt"), "Title: March\n\n"
                + "Leaders of Majlis-e-Wahdat-e-Muslimeen said the march would go on.\n");
        Files.writeString(corpus.resolve("2023-01-03-c.txt"), "Title: Talks\n\n"
                + "MWM leaders met officials of the provincial government.\n");
        Files.writeString(corpus.resolve("2023-01-04-d.txt"), "Title: Militants\n\n"
                + "Tehrik-i-Taliban Pakistan (TTP) fighters crossed the border, officials said.\n");
        Files.writeString(corpus.resolve("2023-01-05-e.txt"), "Title: Claim\n\n"
                + "The Tehreek-e-Taliban Pakistan claimed the attack in a statement.\n");
        assertThat(run("index", corpus.toString(), "--index", index, "-q").code()).isZero();
        // the long form alone, with its two particles, is found for the acronym
        assertThat(run("search", "MWM", "--index", index, "--format", "tsv").out())
                .contains("2023-01-01-a#1").contains("2023-01-02-b#1").contains("2023-01-03-c#1");
        // a quoted long form matches as spelled; a paragraph that says the acronym and the long form in
        // another spelling still comes through the acronym
        assertThat(run("search", "\"Tehreek-e-Taliban Pakistan\"", "--index", index, "--format", "tsv").out())
                .contains("2023-01-05-e#1").contains("2023-01-04-d#1");
    }

    @Test
    void jsonIsOneObjectWithTotalAndDocumentedHitFields() throws Exception {
        index = indexedOnce();
        CliRun r = run("search", "TTP hideouts", "--index", index, "--format", "json");
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
        index = indexedOnce();
        CliRun r = run("search", "refugees", "--index", index, "--format", "jsonl", "--limit", "4");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("id").asText()).contains("#");
        }
    }

    @Test
    void dateRangeAndDateSortWorkFromTheCommandLine() throws Exception {
        index = indexedOnce();
        CliRun r = run("search", "Pakistan", "--index", index, "--format", "jsonl", "--from", "2023-11-20", "--to",
                "2023-11-20", "--limit", "100");
        for (String line : r.out().strip().split("\n")) {
            assertThat(JSON.readTree(line).get("date").asText()).isEqualTo("2023-11-20");
        }
        CliRun sorted = run("search", "Pakistan", "--index", index, "--format", "tsv", "--sort", "date", "--limit", "30");
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
        index = indexedOnce();
        CliRun r = run("search", "hideouts", "--index", index, "--limit", "1");
        assertThat(r.out()).contains("[[hideouts]]").doesNotContain("\u001B[");
    }

    @Test
    void malformedQueryExitsTwoWithOneLine() {
        index = indexedOnce();
        CliRun r = run("search", "TTP AND (", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("column 9").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingIndexExitsTwoAndSaysHowToBuildOne() {
        CliRun r = run("search", "x", "--index", home.resolve("nonexistent").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no index at").contains("passages index");
    }

    @Test
    void noHitsExitsOne() {
        index = indexedOnce();
        assertThat(run("search", "zzyzxqq", "--index", index).code()).isEqualTo(ExitCodes.NO_HITS);
    }

    @Test
    void skippedFilesExitThreeAndNameTheFile() throws Exception {
        // text that is not UTF-8 is read (as Windows-1252); a binary file is skipped
        Files.write(home.resolve("corpus/broken.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1, 2});
        CliRun r = run("index", home.resolve("corpus").toString(), "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("broken.txt: skipped: binary").contains("1 skipped");
        assertThat(run("search", "hideouts", "--index", index).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void badOptionValueIsAUsageErrorNamingTheOption() {
        CliRun r = run("search", "x", "--from", "yesterday", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--from").contains("yesterday");
        assertThat(run("search", "x", "--format", "xml").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aNegativeLimitIsAUsageErrorInEveryCommand() {
        assertThat(run("search", "refugees", "--limit", "-5", "--index", index).code()).isEqualTo(ExitCodes.USAGE);
        CliRun speakers = run("speakers", "-n", "-1", "--index", index);
        assertThat(speakers.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(speakers.out()).isEmpty();
        assertThat(speakers.err()).contains("--limit must be 0 or more");
        assertThat(run("similar", FOUNDING + "#9", "--limit", "-3", "--index", index).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aUsageErrorIsOneLineNamingTheFaultAndTheHelpToRead() {
        CliRun unknown = run("search", "refugees", "--bogus", "--index", index);
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().strip().lines()).hasSize(1);
        assertThat(unknown.err()).contains("--bogus").contains("passages search --help");
        CliRun badValue = run("speakers", "--sort", "sideways");
        assertThat(badValue.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badValue.err().strip().lines()).hasSize(1);
        assertThat(badValue.err()).contains("sideways").contains("passages speakers --help");
    }

    @Test
    void attributeOffersOnlyTheFormatsItWritesAndNoIndex() {
        CliRun help = run("attribute", "--help");
        assertThat(help.out()).contains("text (default) or jsonl").doesNotContain("tsv").doesNotContain("--index");
        for (String format : new String[] {"json", "tsv"}) {
            CliRun r = run("attribute", "corpus/" + FOUNDING + ".txt", "--format", format);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(format).contains("passages attribute --help");
        }
    }

    private java.util.List<JsonNode> jsonl(CliRun r) throws Exception {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static final String FOUNDING = "000_13c3e290747b6afd";

    @Test
    void speakerAshrafiListsExactlyHisFoundingParagraphsAndOthers() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> hits = jsonl(run("search", "--speaker", "Ashrafi", "--index", index, "--format", "jsonl"));
        assertThat(hits.stream().filter(h -> h.get("article").asText().equals(FOUNDING)).map(h -> h.get("paragraph").asInt()))
                .containsExactly(15, 16, 17, 18, 19);
        assertThat(hits.stream().map(h -> h.get("article").asText()).distinct()).hasSizeGreaterThan(1);
        for (JsonNode h : hits) {
            assertThat(h.get("speakers").toString()).contains("Ashrafi");
        }
        assertThat(hits).extracting(h -> h.get("date").asText()).isSorted();
    }

    @Test
    void kakarSpeaksHisTenFoundingParagraphsAndMujahidHisOwn() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> kakar = jsonl(run("search", "--speaker", "Kakar", "--index", index, "--format", "jsonl"));
        assertThat(kakar.stream().filter(h -> h.get("article").asText().equals(FOUNDING)).map(h -> h.get("paragraph").asInt()))
                .containsExactly(1, 2, 6, 7, 8, 9, 10, 11, 12, 13);
        java.util.List<JsonNode> mujahid = jsonl(run("search", "--speaker", "Zabiullah Mujahid", "--index", index, "--format", "jsonl"));
        assertThat(mujahid.stream().filter(h -> h.get("article").asText().equals(FOUNDING)).map(h -> h.get("paragraph").asInt()))
                .containsExactly(14);
    }

    @Test
    void queryWithSpeakerRanksHisParagraphsOnly() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> hits = jsonl(run("search", "refugees", "--speaker", "Ashrafi", "--index", index, "--format", "jsonl"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("text").asText().toLowerCase(java.util.Locale.ROOT)).contains("refugee");
        assertThat(hits).allSatisfy(h -> assertThat(h.get("speakers").toString()).contains("Ashrafi"));
    }

    @Test
    void unknownSpeakerFindsNothingAndSaysSo() {
        index = indexedOnce();
        CliRun r = run("search", "--speaker", "Nobodyatall", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.NO_HITS);
        assertThat(r.err()).contains("no speaker matches 'Nobodyatall'");
    }

    @Test
    void speakersListsKakarOnceWithHisSpellings() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> all = jsonl(run("speakers", "--index", index, "--format", "jsonl"));
        java.util.List<JsonNode> kakars = all.stream().filter(s -> s.get("name").asText().contains("Kakar")).toList();
        assertThat(kakars).hasSize(1);
        assertThat(kakars.get(0).get("aliases").toString()).contains("Anwaarul Haq Kakar").contains("Anwar-ul-Haq Kakar");
        assertThat(kakars.get(0).get("articles").asInt()).isGreaterThan(5);
        CliRun text = run("speakers", "Kakar", "--index", index);
        assertThat(text.out()).contains("1 speaker").contains("aliases:");
    }

    @Test
    void attributeShowsEachParagraphWithItsSpeakerAndCue() throws Exception {
        CliRun r = run("attribute", "corpus/" + FOUNDING + ".txt", "--format", "jsonl");
        assertThat(r.code()).isZero();
        java.util.List<JsonNode> paragraphs = jsonl(r);
        assertThat(paragraphs).hasSize(19);
        JsonNode p13 = paragraphs.get(12);
        assertThat(p13.get("speakers").get(0).get("name").asText()).isEqualTo("Anwar-ul-Haq Kakar");
        assertThat(p13.get("speakers").get(0).get("trigger").asText()).isEqualTo("the premier further said");
        CliRun text = run("attribute", "corpus/" + FOUNDING + ".txt");
        assertThat(text.out()).contains("¶17").contains("According to him");
        assertThat(run("attribute", "no-such-file.txt").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void batchRunsEveryLineAndReportsTheWorstOutcome() throws Exception {
        index = indexedOnce();
        Path batch = home.resolve("queries.txt");
        Files.writeString(batch, "TTP hideouts\nrefugees AND (\n\n{\"id\": \"q3\", \"query\": \"refugees\", \"speaker\": \"Ashrafi\", \"from\": \"2023-11\", \"limit\": 2}\n");
        CliRun r = run("search", "--batch", batch.toString(), "--index", index);
        java.util.List<JsonNode> out = jsonl(r);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("1");
        assertThat(out.get(0).get("hits").get(0).get("id").asText()).isEqualTo(FOUNDING + "#9");
        assertThat(out.get(0).get("returned").asInt()).isEqualTo(10);
        assertThat(out.get(1).get("error").get("kind").asText()).isEqualTo("bad_query");
        assertThat(out.get(2).get("id").asText()).isEqualTo("q3");
        assertThat(out.get(2).get("returned").asInt()).isBetween(1, 2);
        assertThat(out.get(2).get("filters").get("from").asText()).isEqualTo("2023-11-01");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        Files.writeString(batch, "TTP hideouts\n{\"query\": \"x\", \"limt\": 3}\n");
        java.util.List<JsonNode> typo = jsonl(run("search", "--batch", batch.toString(), "--index", index));
        assertThat(typo.get(1).get("error").get("message").asText()).contains("unknown field 'limt'");
    }

    @Test
    void batchAnswersComeInInputOrderAndEqualSingleSearches() throws Exception {
        index = indexedOnce();
        java.util.List<String> queries = java.util.List.of("TTP hideouts", "refugees", "Kakar", "\"Islamic Emirate\"",
                "deport*", "Ashrafi", "x AND (", "border", "Afghanistan Pakistan", "hidouts");
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            input.append(queries.get(i % queries.size())).append('\n');
        }
        Path batch = home.resolve("many.txt");
        Files.writeString(batch, input);
        java.util.List<JsonNode> out = jsonl(run("search", "--batch", batch.toString(), "--index", index, "--limit", "3"));
        assertThat(out).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(out.get(i).get("id").asText()).isEqualTo(String.valueOf(i + 1));
            assertThat(out.get(i).get("query").asText()).isEqualTo(queries.get(i % queries.size()));
        }
        for (int q = 0; q < queries.size(); q++) {
            CliRun one = run("search", queries.get(q), "--format", "json", "--index", index, "--limit", "3");
            JsonNode batched = out.get(q + 290);
            if (one.out().isBlank()) {
                assertThat(one.code()).isEqualTo(ExitCodes.USAGE);
                assertThat(batched.get("error").get("kind").asText()).isEqualTo("bad_query");
            } else {
                JsonNode single = jsonl(one).get(0);
                assertThat(batched.get("hits")).isEqualTo(single.get("hits"));
                assertThat(batched.get("total")).isEqualTo(single.get("total"));
            }
        }
    }

    @Test
    void batchFromAMissingFileIsAUsageError() {
        CliRun r = run("search", "--batch", home.resolve("none.txt").toString(), "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void countPrintsOnlyTheNumber() {
        index = indexedOnce();
        CliRun r = run("search", "refugees", "--count", "--index", index);
        assertThat(r.out().strip()).matches("[0-9]+");
        assertThat(Long.parseLong(r.out().strip())).isPositive();
    }

    @Test
    void fieldsChooseColumnsAndRejectUnknownOnes() {
        index = indexedOnce();
        CliRun r = run("search", "refugees", "--fields", "id,date", "--format", "tsv", "--index", index, "--limit", "2");
        String[] rows = r.out().strip().split("\n");
        assertThat(rows[0]).isEqualTo("id\tdate");
        assertThat(rows).hasSize(3);
        assertThat(rows[1].split("\t")).hasSize(2);
        CliRun bad = run("search", "refugees", "--fields", "id,nope", "--index", index);
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown field 'nope'");
    }

    @Test
    void completionScriptNamesTheCommands() {
        CliRun r = run("completion", "bash");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete").contains("search").contains("speakers");
    }

    @Test
    void completionOffersValuesAsTheyAreWrittenFileNamesForABatchAndTheDaemonsActions() throws Exception {
        Path script = Files.writeString(home.resolve("completion.bash"), run("completion", "bash").out());
        Files.writeString(home.resolve("queries.txt"), "refugees\n");
        String complete = "source '" + script + "' 2>/dev/null\n"
                + "ask() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; _complete_passages 2>/dev/null;"
                + " echo \"${COMPREPLY[*]}\"; }\n"
                + "ask passages search --format j\nask passages search --batch quer\nask passages daemon ''\n";
        Process bash = new ProcessBuilder("bash", "-c", complete).directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).isZero();
        assertThat(out.lines().toList()).containsExactly("json jsonl", "queries.txt", "status stop");
    }

    @Test
    void terminalEscapesInArticlesAreNeutralisedAndJsonEscaped() throws Exception {
        Files.writeString(home.resolve("corpus/escape.txt"),
                "Title: Evil \u001B]0;owned\u0007 title\n\nThe \u001B[31mredalert\u001B[0m paragraph\u0008 here.\n");
        run("index", home.resolve("corpus").toString(), "--index", index);
        CliRun text = run("search", "redalert", "--index", index, "--color", "always");
        assertThat(text.out()).contains("redalert");
        assertThat(text.out().replace("\u001B[1m", "").replace("\u001B[0m", "").replace("\u001B[2m", ""))
                .doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u0008");
        CliRun json = run("search", "redalert", "--index", index, "--format", "json");
        JsonNode hit = JSON.readTree(json.out()).get("hits").get(0);
        assertThat(hit.get("text").asText()).doesNotContain("\u001B");
        assertThat(json.out()).doesNotContain("\u001B");
    }

    @Test
    void checkSaysSoundOrDamagedInOneLine() throws Exception {
        run("index", home.resolve("corpus").toString(), "--index", index);
        CliRun ok = run("check", "--index", index);
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("is sound");
        try (var files = Files.list(Path.of(index))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cfs") || p.toString().endsWith(".fdt")).toList()) {
                try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.truncate(Math.min(100, ch.size()));
                }
            }
        }
        CliRun bad = run("check", "--index", index);
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("damaged").contains("passages index --rebuild");
        CliRun search = run("search", "TTP", "--index", index);
        assertThat(search.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(search.err().strip().lines()).hasSize(1);
        assertThat(search.err()).contains("--rebuild").doesNotContain("at org.");
        assertThat(run("index", home.resolve("corpus").toString(), "--index", index, "--rebuild").code()).isZero();
        assertThat(run("check", "--index", index).code()).isZero();
    }

    @Test
    void indexOfAnotherSchemaVersionAsksForARebuild() throws Exception {
        run("index", home.resolve("corpus").toString(), "--index", index);
        try (var dir = org.apache.lucene.store.FSDirectory.open(Path.of(index));
             var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("passages.schema", "0").entrySet());
            w.commit();
        }
        CliRun r = run("search", "TTP", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("schema version 0").contains("--rebuild");
        assertThat(run("index", home.resolve("corpus").toString(), "--index", index).err()).contains("--rebuild");
    }

    @Test
    void acronymsAreLearnedAndExpandedBothWays() throws Exception {
        index = indexedOnce();
        CliRun acronyms = run("acronyms", "--index", index, "--format", "tsv");
        assertThat(acronyms.out()).contains("TTP\tTehreek-e-Taliban Pakistan").contains("IEA\tIslamic Emirate of Afghanistan")
                .contains("PICSS\tPakistan Institute for Conflict and Security Studies");
        java.util.List<JsonNode> emirate = jsonl(run("search", "\"Islamic Emirate\" refugees", "--index", index,
                "--format", "jsonl", "--limit", "20"));
        assertThat(emirate).anySatisfy(h -> assertThat(h.get("text").asText()).contains("IEA").doesNotContain("Islamic Emirate"));
        java.util.List<JsonNode> tehrik = jsonl(run("search", "Tehrik-i-Taliban hideouts", "--index", index, "--format", "jsonl",
                "--limit", "3"));
        assertThat(tehrik).extracting(h -> h.get("id").asText()).contains(FOUNDING + "#9");
    }

    @Test
    void speakerSpellingVariantFindsKakar() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> hits = jsonl(run("search", "--speaker", "Anwaar", "--index", index, "--format", "jsonl"));
        assertThat(hits).hasSizeGreaterThan(30);
        assertThat(hits).allSatisfy(h -> assertThat(h.get("speakers").toString()).contains("Kakar"));
    }

    @Test
    void misspellingsGetADidYouMean() throws Exception {
        index = indexedOnce();
        CliRun r = run("search", "Ashrfi", "--index", index);
        assertThat(r.err()).contains("did you mean: ashrafi");
        JsonNode json = JSON.readTree(run("search", "hidouts", "--index", index, "--format", "json").out());
        assertThat(json.get("suggestion").asText()).isEqualTo("hideout");
        assertThat(run("search", "--speaker", "Ashrfi", "--index", index).err()).contains("did you mean Hafiz");
        // words the index knows (inflected as typed) are no misspelling, even where a filter leaves no hits
        CliRun filtered = run("search", "refugees", "hideouts", "--to", "1990-01-01", "--index", index, "--format", "json");
        assertThat(filtered.code()).isEqualTo(ExitCodes.NO_HITS);
        assertThat(filtered.err()).doesNotContain("did you mean");
        assertThat(JSON.readTree(filtered.out()).get("suggestion").isNull()).isTrue();
    }

    @Test
    void similarFindsTheSameStatementElsewhere() throws Exception {
        index = indexedOnce();
        java.util.List<JsonNode> hits = jsonl(run("similar", FOUNDING + "#9", "--index", index, "--format", "jsonl", "--limit", "3"));
        assertThat(hits).isNotEmpty().noneSatisfy(h -> assertThat(h.get("article").asText()).isEqualTo(FOUNDING));
        assertThat(hits.get(0).get("text").asText()).contains("hideouts");
        assertThat(run("similar", "nope#1", "--index", index).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void rootHelpListsEveryCommandThoughASearchBuildsOnlyItsOwn() {
        CliRun root = run("--help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).contains("search", "index", "speakers", "attribute", "similar", "acronyms", "check",
                "completion").doesNotContain("warmup");
        CliRun help = run("help", "speakers");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: passages speakers");
        CliRun typo = run("serch", "x");
        assertThat(typo.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("serch");
    }

    @Test
    void helpListsExitCodes() {
        CliRun r = run("search", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("no hits").contains("skipped some files");
    }

    @Test
    void everyCommandsHelpHasExamples() {
        for (String command : new String[] {"search", "index", "speakers", "attribute", "parse", "similar", "acronyms", "check",
                "daemon", "completion", "serve"}) {
            CliRun r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Examples:").contains("  passages " + command);
        }
    }
}
