package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder of saved web pages is indexed and searched with the title, date and source the pages give. */
class HtmlPagesIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static String page(String title, String date, String site, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + " | " + site + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + site + "\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:30:00+01:00\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><footer>Copyright The Harbour Gazette</footer></body></html>";
    }

    private static final String PROSE = "<p>The harbour authority said on Monday that the new breakwater, which cost"
            + " more than expected, would open to ferries next spring, after two years of delays.</p>"
            + "<p>Fishermen, who had opposed the plan at first, said the calmer water had already helped them,"
            + " and that the town's market would gain from the larger boats.</p>"
            + "<p>The mayor, speaking at the opening of the visitor centre, thanked the engineers and the crews"
            + " who had worked through the winter storms to finish the work on time.</p>";

    @Test
    void pagesAreIndexedWithTheirTitleDateAndSource() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("pages"));
        Files.writeString(corpus.resolve("breakwater.html"),
                page("Breakwater Opens To Ferries", "2024-03-18", "The Harbour Gazette", PROSE));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(page("Lighthouse Keepers Return", "2024-04-02", "Coast Weekly",
                    PROSE.replace("breakwater", "lighthouse")).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(corpus.resolve("lighthouse.htm.gz"), gz.toByteArray());
        Files.writeString(corpus.resolve("index.html"), "<html><body><nav><ul><li><a href=\"/a\">All stories</a></li>"
                + "<li><a href=\"/b\">Archive</a></li></ul></nav></body></html>");
        String index = home.resolve("idx").toString();

        CliRun indexed = CliRun.in(home, "index", corpus.toString(), "--index", index);
        assertThat(indexed.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(indexed.err()).contains("index.html: skipped: no article body found");

        CliRun text = CliRun.in(home, "search", "breakwater ferries", "--index", index);
        assertThat(text.code()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("2024-03-18  Breakwater Opens To Ferries — The Harbour Gazette");
        assertThat(text.out()).doesNotContain("Copyright").doesNotContain("Home");

        CliRun json = CliRun.in(home, "search", "lighthouse", "--index", index, "--format", "jsonl", "--limit", "1");
        JsonNode hit = JSON.readTree(json.out().lines().findFirst().orElseThrow());
        assertThat(hit.get("article").asText()).isEqualTo("lighthouse");
        assertThat(hit.get("title").asText()).isEqualTo("Lighthouse Keepers Return");
        assertThat(hit.get("date").asText()).isEqualTo("2024-04-02");
        assertThat(hit.get("source").asText()).isEqualTo("Coast Weekly");
    }
}
