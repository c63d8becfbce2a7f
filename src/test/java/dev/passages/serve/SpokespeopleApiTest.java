package dev.passages.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/search?speaker=ORG&with_spokespeople=1}: the organisation's passages and those of the people holding a post in it. */
class SpokespeopleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = TestFiles.folder(dir.resolve("news"), Map.of("council.txt", """
                Title: Council rejects the harbour plan
                Date: 2024-02-01

                The Northern Alliance Council said on Monday it would not back the harbour plan.

                "We will not allow it," Tom Reed, the spokesman of the Northern Alliance Council, said.

                Harbour Authority director Peter Vance said the port would reopen in spring.
                """));
        serve = ServeFixture.over(corpus, dir.resolve("idx"));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static List<String> ids(String query) throws Exception {
        ServeFixture.Reply r = serve.get("/api/search?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void theParameterAddsThePeopleHoldingAPostInTheOrganisation() throws Exception {
        assertThat(ids("speaker=Northern+Alliance+Council")).containsExactly("council#1");
        assertThat(ids("speaker=Northern+Alliance+Council&with_spokespeople=1"))
                .containsExactlyInAnyOrder("council#1", "council#2");
        assertThat(ids("speaker=Northern+Alliance+Council&with_spokespeople=0")).containsExactly("council#1");
        JsonNode r = JSON.readTree(serve.get("/api/search?speaker=Northern+Alliance+Council&with_spokespeople=1").body());
        assertThat(r.at("/filters/with_spokespeople").asBoolean()).isTrue();
    }

    @Test
    void anotherValueIsAUsageError() throws Exception {
        ServeFixture.Reply r = serve.get("/api/search?speaker=Northern+Alliance+Council&with_spokespeople=yes");
        assertThat(r.status()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).at("/error/message").asText()).contains("with_spokespeople must be 1 or 0");
    }
}
