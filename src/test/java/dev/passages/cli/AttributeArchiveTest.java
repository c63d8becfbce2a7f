package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.corpus.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** passages attribute reads the pages of a web archive, each as an article. */
class AttributeArchiveTest {

    @TempDir
    Path home;

    @Test
    void eachPageIsAttributedUnderItsArchiveId() throws Exception {
        Instant crawled = WarcFixtures.CRAWLED;
        Path warc = WarcFixtures.write(home.resolve("crawl.warc.gz"), true, List.of(
                WarcFixtures.html("https://news.example.org/flood", crawled, "Flood waters recede",
                        "\"The water is going down,\" said Amina Yusuf, the district officer.", "Farmers returned."),
                WarcFixtures.response("https://news.example.org/logo.png", crawled, 200, "image/png", new byte[] {1}),
                WarcFixtures.html("https://news.example.org/bridge", crawled, "Bridge reopens", "The bridge reopened.")));
        CliRun r = CliRun.in(home, "attribute", warc.toString(), "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(l -> assertThat(l.get("article").asText()).startsWith("crawl/news.example.org-"));
        assertThat(lines.get(0).get("speakers").get(0).get("name").asText()).contains("Amina Yusuf");
        assertThat(lines.get(0).get("date").asText()).isEqualTo("2024-03-02");
    }
}
