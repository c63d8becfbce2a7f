package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad part of a search gets the same message on the command line and in a batch line, its culprit named as given there. */
class RequestWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final IndexedHome corpus = new IndexedHome();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit  | -3         | -3          | limit must be 0 or more, not -3",
        "offset | -1         | -1          | offset must be 0 or more, not -1",
        "from   | yesterday  | \"yesterday\" | from: 'yesterday' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
        "to     | 2023-13    | \"2023-13\"   | to: '2023-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
    })
    void theSameBadPartGetsTheSameMessageBothWays(String field, String value, String json, String message) throws Exception {
        CliRun direct = corpus.run("search", "refugees", "--index", corpus.index(), "--" + field, value);
        assertThat(direct.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(direct.err().strip()).isEqualTo("passages: --" + message);

        Path batch = Files.writeString(corpus.home().resolve(field + ".jsonl"),
                "refugees\n{\"query\": \"refugees\", \"" + field + "\": " + json + "}\n");
        CliRun batched = corpus.run("search", "--index", corpus.index(), "--batch", batch.toString());
        assertThat(batched.code()).isEqualTo(ExitCodes.USAGE);
        JsonNode second = JSON.readTree(batched.out().lines().toList().get(1));
        assertThat(second.path("error").path("kind").asText()).isEqualTo("usage");
        assertThat(second.path("error").path("message").asText()).isEqualTo("line 2: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit  | \"ten\" | limit must be a whole number, 0 or more, not \"ten\"",
        "offset | 1.5     | offset must be a whole number, 0 or more, not 1.5",
        "sort   | \"newest\" | sort must be relevance, date or chronological, not 'newest'",
    })
    void aBatchLineNamesWhatOnlyJsonCanGetWrong(String field, String json, String message) throws Exception {
        Path batch = Files.writeString(corpus.home().resolve(field + "-json.jsonl"),
                "{\"query\": \"refugees\", \"" + field + "\": " + json + "}\n");
        CliRun batched = corpus.run("search", "--index", corpus.index(), "--batch", batch.toString());
        JsonNode first = JSON.readTree(batched.out().lines().findFirst().orElseThrow());
        assertThat(first.path("error").path("message").asText()).isEqualTo("line 1: " + message);
    }

    @org.junit.jupiter.api.Test
    void aBatchLineWithAFieldOfTheWrongTypeGetsItsOwnErrorAndTheRestStillRun() throws Exception {
        Path batch = Files.writeString(corpus.home().resolve("types.jsonl"), String.join("\n",
                "{\"id\": [\"x\"], \"query\": \"refugees\"}",
                "{\"id\": \"h\", \"query\": \"refugees\", \"speaker\": {\"a\": 1}}",
                "{\"id\": \"ok\", \"query\": \"refugees\"}") + "\n");
        CliRun batched = corpus.run("search", "--index", corpus.index(), "--batch", batch.toString(), "--count");
        assertThat(batched.code()).isEqualTo(ExitCodes.USAGE);
        java.util.List<JsonNode> answers = batched.out().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).path("id").asText()).isEqualTo("1");
        assertThat(answers.get(0).at("/error/message").asText()).isEqualTo("line 1: id must be a string or a number, not [\"x\"]");
        assertThat(answers.get(1).path("id").asText()).isEqualTo("h");
        assertThat(answers.get(1).at("/error/message").asText())
                .isEqualTo("line 2: speaker must be a name or a list of names, not {\"a\":1}");
        assertThat(answers.get(2).path("total").asLong()).isPositive();
    }
}
