package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.search.Sanitize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** show, article and --group article pass no terminal escape from a corpus on, in any format. */
class ArticleOutputSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private String run(String... args) {
        CliRun r = CliRun.in(home, args);
        String all = r.out() + r.err();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            assertThat(c != '\n' && c != '\t' && Sanitize.unsafe(c)).as(String.join(" ", args) + " at " + i).isFalse();
        }
        return r.out();
    }

    @Test
    void hostileTitlesSourcesUrlsAndTextAreNeutralised() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("id", "x\u001B]52;c;SGVsbG8=\u0007");
        record.put("title", "Refugee talks \u001B[2J\u0007 resume");
        record.put("source", "Wire\u009B31m\u202Eevil");
        record.put("url", "http://example.org/\u001B[31m\u2028next");
        record.put("date", "2023-11-20");
        record.put("body", "Refugees \u001B[5mcrossed the border\u202E today, the minister said.\n\n"
                + "A second paragraph about refugees and the border.");
        Files.writeString(corpus.resolve("wire.json"), JSON.writeValueAsString(List.of(record)));
        String index = home.resolve("idx").toString();
        run("index", corpus.toString(), "--index", index);
        JsonNode hit = JSON.readTree(run("search", "refugees", "--index", index, "--format", "jsonl", "--limit", "1")
                .lines().findFirst().orElseThrow());
        String id = hit.get("id").asText();
        for (String format : List.of("text", "tsv", "json", "jsonl")) {
            assertThat(run("show", id, "--index", index, "--format", format)).contains("border");
            assertThat(run("article", hit.get("article").asText(), "--index", index, "--format", format)).contains("second paragraph");
        }
        assertThat(run("search", "refugees", "--group", "article", "--index", index)).contains("[[Refugees]]");
        run("show", hit.get("article").asText() + "\u001B[31m#1", "--index", index);
    }
}
