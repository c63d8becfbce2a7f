package dev.passages.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON Lines file with one malformed line: index and parse skip that line alone, say which, and exit 3. */
class JsonLinesCommandTest extends HomeFixture {

    Path corpus;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(home.resolve("news"));
        Files.writeString(corpus.resolve("a.jsonl"), """
                {"title":"L1","body":"Line one of the wombat wire.","date":"2024-03-02"}
                {broken
                {"title":"L3","body":"Line three of the wombat wire.","date":"2024-03-03"}
                """);
    }

    @Test
    void indexSkipsTheLineWithAWarningNamingFileAndLineAndExitsThree() {
        CliRun r = run("index", corpus.toString(), "--index", home.resolve("idx").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).singleElement().asString()
                .startsWith("passages: warning: a.jsonl: line 2: skipped: malformed JSON: ");
        assertThat(r.err()).contains("1 added").contains("0 skipped").contains("1 unreadable record skipped");
        CliRun found = run("search", "wombat", "--index", home.resolve("idx").toString(), "--format", "tsv");
        assertThat(found.out()).contains("L1").contains("L3");
    }

    @Test
    void parsePrintsTheOtherLinesArticlesAndExitsThree() {
        CliRun r = run("parse", corpus.resolve("a.jsonl").toString(), "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.out().lines()).hasSize(2).anyMatch(l -> l.contains("\"L1\"")).anyMatch(l -> l.contains("\"L3\""));
        assertThat(r.err()).contains("a.jsonl: line 2: skipped: malformed JSON: ");
    }
}
