package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.corpus.WarcFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.passages.corpus.WarcFixtures.CRAWLED;
import static dev.passages.corpus.WarcFixtures.html;
import static dev.passages.corpus.WarcFixtures.request;
import static dev.passages.corpus.WarcFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

/** A web archive in a corpus folder is indexed, searched, refreshed, forgotten and checked like any other file. */
class WarcIndexingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    Path corpus;
    String index;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(home.resolve("news"));
        index = home.resolve("idx").toString();
        Files.writeString(corpus.resolve("note.txt"), "Title: Market note\nDate: 2024-03-01\n\nMarket prices held steady.\n");
        WarcFixtures.write(corpus.resolve("crawl.warc.gz"), true, crawl());
    }

    private static List<WarcRecord> crawl() throws Exception {
        return List.of(
                request("https://news.example.org/flood", CRAWLED),
                html("https://news.example.org/flood", CRAWLED, "Flood waters recede",
                        "Flood waters receded on Saturday across the valley.", "Farmers returned to their fields."),
                response("https://news.example.org/map.png", CRAWLED, 200, "image/png", new byte[] {1, 2, 3}),
                response("https://news.example.org/missing", CRAWLED, 404, "text/html", "<p>Missing flood page.</p>".getBytes()),
                html("https://news.example.org/bridge", CRAWLED, "Bridge reopens",
                        "The bridge over the river reopened after the flood."));
    }

    private CliRun index(String... more) {
        List<String> args = new ArrayList<>(List.of("index", corpus.toString(), "--index", index));
        args.addAll(List.of(more));
        return CliRun.in(home, args.toArray(String[]::new));
    }

    private List<JsonNode> search(String query) throws Exception {
        CliRun r = CliRun.in(home, "search", query, "--index", index, "--format", "jsonl", "--limit", "50");
        List<JsonNode> hits = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            if (!line.isBlank()) {
                hits.add(JSON.readTree(line));
            }
        }
        return hits;
    }

    private String idOf(String url) throws Exception {
        return search("flood OR bridge").stream().filter(h -> h.get("url").asText().equals(url))
                .map(h -> h.get("article").asText()).findFirst().orElseThrow();
    }

    @Test
    void pagesAreSearchableWithTheirUrlsAndCrawlDates() throws Exception {
        CliRun r = index("--debug");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("crawl.warc.gz: 5 records: 2 HTML pages, 2 articles read; 3 other records passed over");
        List<JsonNode> hits = search("farmers");
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("url").asText()).isEqualTo("https://news.example.org/flood");
        assertThat(hit.get("date").asText()).isEqualTo("2024-03-02");
        assertThat(hit.get("title").asText()).isEqualTo("Flood waters recede");
        assertThat(hit.get("article").asText()).startsWith("crawl/news.example.org-");
        assertThat(search("missing")).isEmpty();
        CliRun article = CliRun.in(home, "article", hit.get("article").asText(), "--index", index);
        assertThat(article.code()).isZero();
        assertThat(article.out()).contains("https://news.example.org/flood").contains("Farmers returned");
        assertThat(CliRun.in(home, "check", "--index", index).code()).isZero();
    }

    @Test
    void anUnchangedArchiveIsSkippedAndAChangedOneKeepsItsPagesIds() throws Exception {
        assertThat(index().code()).isZero();
        String flood = idOf("https://news.example.org/flood");
        CliRun again = index();
        assertThat(again.err()).contains("0 added, 0 updated, 0 removed, 2 unchanged");
        List<WarcRecord> more = new ArrayList<>();
        more.add(html("https://news.example.org/storm", CRAWLED, "Storm warning", "A storm warning was issued before the flood."));
        more.addAll(crawl());
        WarcFixtures.write(corpus.resolve("crawl.warc.gz"), true, more);
        CliRun changed = index();
        assertThat(changed.err()).contains("0 added, 1 updated, 0 removed, 1 unchanged");
        assertThat(idOf("https://news.example.org/flood")).isEqualTo(flood);
        assertThat(search("flood OR bridge OR storm")).extracting(h -> h.get("url").asText()).doesNotHaveDuplicates()
                .contains("https://news.example.org/storm", "https://news.example.org/bridge");
        assertThat(CliRun.in(home, "check", "--index", index).code()).isZero();
    }

    @Test
    void theSameUrlTwiceInOneArchiveGetsTheIdClashTreatment() throws Exception {
        List<WarcRecord> twice = new ArrayList<>(crawl());
        twice.add(html("https://news.example.org/flood", Instant.parse("2024-03-05T08:00:00Z"), "Flood waters recede",
                "Flood waters receded further by Tuesday."));
        WarcFixtures.write(corpus.resolve("crawl.warc.gz"), true, twice);
        CliRun r = index();
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("is taken by another article of this file; indexed as crawl/news.example.org-")
                .contains("@2");
        assertThat(search("flood").stream().map(h -> h.get("article").asText()).distinct()).hasSize(3);
        assertThat(CliRun.in(home, "check", "--index", index).code()).isZero();
    }

    @Test
    void aDamagedTailIsAWarningAndTheGoodPagesAreIndexed() throws Exception {
        try (OutputStream out = Files.newOutputStream(corpus.resolve("crawl.warc.gz"), StandardOpenOption.APPEND)) {
            out.write("this is not a record".getBytes());
        }
        CliRun r = index();
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("crawl.warc.gz: unreadable from byte").contains("the 5 records before it were read");
        assertThat(search("farmers")).hasSize(1);
        assertThat(search("bridge")).hasSize(1);
    }

    @Test
    void anArchiveThatCannotBeReadIsSkippedAndItsEarlierVersionStays() throws Exception {
        assertThat(index().code()).isZero();
        Files.writeString(corpus.resolve("crawl.warc.gz"), "not an archive at all");
        CliRun r = index();
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("crawl.warc.gz: skipped: not a readable web archive")
                .contains("its earlier version stays in the index");
        assertThat(search("farmers")).hasSize(1);
    }

    @Test
    void forgetRemovesTheArchivesPages() throws Exception {
        assertThat(index().code()).isZero();
        assertThat(CliRun.in(home, "index", "--forget", corpus.toString(), "--index", index).code()).isZero();
        assertThat(search("farmers")).isEmpty();
    }

    @Test
    void theSameArchiveUncompressedGivesTheSameIds() throws Exception {
        assertThat(index().code()).isZero();
        String flood = idOf("https://news.example.org/flood");
        Files.delete(corpus.resolve("crawl.warc.gz"));
        WarcFixtures.write(corpus.resolve("crawl.warc"), false, crawl());
        assertThat(index().code()).isZero();
        assertThat(idOf("https://news.example.org/flood")).isEqualTo(flood);
    }
}
