package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each field of a batch line is read as the JSON type it must have; a wrong one is refused naming the line and the field. */
class BatchLineFieldsTest {

    private static final SearchRequest DEFAULTS = new SearchRequest("", List.of(), null, null, SortOrder.RELEVANCE, 10);

    private static SearchRequest request(String line) {
        return BatchLineFields.parse(line, 2).request(DEFAULTS, null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "id                | [\"x\"]        | id must be a string or a number, not [\"x\"]",
        "id                | {\"a\":1}      | id must be a string or a number, not {\"a\":1}",
        "id                | true           | id must be a string or a number, not true",
        "query             | [\"refugees\"] | query must be a string, not [\"refugees\"]",
        "query             | {\"a\":1}      | query must be a string, not {\"a\":1}",
        "query             | 5              | query must be a string, not 5",
        "query             | false          | query must be a string, not false",
        "speaker           | {\"a\":1}      | speaker must be a name or a list of names, not {\"a\":1}",
        "speaker           | 5              | speaker must be a name or a list of names, not 5",
        "speaker           | true           | speaker must be a name or a list of names, not true",
        "speaker           | [\"Kakar\",1]  | speaker must be a name or a list of names, not [\"Kakar\",1]",
        "speakers          | [{\"a\":1}]    | speakers must be a name or a list of names, not [{\"a\":1}]",
        "speakers          | [null]         | speakers must be a name or a list of names, not [null]",
        "from              | [2023]         | from must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not [2023]",
        "from              | {\"y\":2023}   | from must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {\"y\":2023}",
        "to                | true           | to must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not true",
        "to                | 2023.5         | to must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not 2023.5",
        "sort              | true           | sort must be relevance, date or chronological, not true",
        "sort              | [\"date\"]     | sort must be relevance, date or chronological, not [\"date\"]",
        "sort              | 1              | sort must be relevance, date or chronological, not 1",
        "limit             | \"ten\"        | limit must be a whole number, 0 or more, not \"ten\"",
        "limit             | [5]            | limit must be a whole number, 0 or more, not [5]",
        "offset            | true           | offset must be a whole number, 0 or more, not true",
        "offset            | {}             | offset must be a whole number, 0 or more, not {}",
        "with_spokespeople | \"yes\"        | with_spokespeople must be true or false, not \"yes\"",
        "with_spokespeople | 1              | with_spokespeople must be true or false, not 1",
    })
    void aFieldOfTheWrongJsonTypeIsRefusedNamingTheLineAndTheField(String field, String json, String message) {
        String line = "{\"query\": \"refugees\", \"" + field + "\": " + json + "}";
        if (field.equals("query")) {
            line = "{\"query\": " + json + "}";
        }
        String bad = line;
        assertThatThrownBy(() -> request(bad)).isInstanceOf(PassagesException.class)
                .hasMessage("line 2: " + message)
                .extracting(e -> ((PassagesException) e).kind()).isEqualTo(PassagesException.Kind.USAGE);
    }

    @Test
    void fieldsOfTheRightTypeAreRead() {
        SearchRequest r = request("{\"id\": 7, \"query\": \"refugees\", \"speaker\": \"Kakar\", \"speakers\": [\"Ashrafi\"],"
                + " \"from\": 2023, \"to\": \"2023-11\", \"sort\": \"date\", \"limit\": 3, \"offset\": 1,"
                + " \"with_spokespeople\": true}");
        assertThat(r.query()).isEqualTo("refugees");
        assertThat(r.speakers()).containsExactly("Kakar", "Ashrafi");
        assertThat(r.from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(r.sort()).isEqualTo(SortOrder.DATE);
        assertThat(r.limit()).isEqualTo(3);
        assertThat(r.offset()).isEqualTo(1);
        assertThat(r.withSpokespeople()).isTrue();
        assertThat(BatchLineFields.parse("{\"id\": 7}", 2).id("2")).isEqualTo("7");
    }

    @Test
    void nullIsAFieldNotGiven() {
        SearchRequest r = request("{\"id\": null, \"query\": \"refugees\", \"speaker\": null, \"from\": null, \"sort\": null,"
                + " \"limit\": null, \"with_spokespeople\": null}");
        assertThat(r).isEqualTo(new SearchRequest("refugees", List.of(), null, null, SortOrder.RELEVANCE, 10));
        assertThat(BatchLineFields.parse("{\"id\": null}", 2).id("2")).isEqualTo("2");
    }

    @Test
    void theIdAndQueryOfABadLineAreKnownWhenTheyAreOfTheRightType() {
        BatchLineFields badId = BatchLineFields.parse("{\"id\": [\"x\"], \"query\": \"refugees\"}", 2);
        assertThat(badId.id("2")).isEqualTo("2");
        assertThat(badId.query()).isEqualTo("refugees");
        BatchLineFields badQuery = BatchLineFields.parse("{\"id\": \"q\", \"query\": 5}", 2);
        assertThat(badQuery.id("2")).isEqualTo("q");
        assertThat(badQuery.query()).isEmpty();
    }

    @Test
    void aBlankSpeakerAndDatesTheWrongWayRoundAreNamedWithTheLine() {
        assertThatThrownBy(() -> request("{\"query\": \"refugees\", \"speaker\": \" \"}"))
                .hasMessage("line 2: speaker needs a name");
        assertThatThrownBy(() -> request("{\"query\": \"refugees\", \"from\": \"2024\", \"to\": \"2023\"}"))
                .hasMessage("line 2: from 2024-01-01 is after to 2023-12-31");
    }

    @Test
    void spokespeopleWithoutASpeakerAreRefusedAsOnTheCommandLine() {
        assertThatThrownBy(() -> request("{\"query\": \"refugees\", \"with_spokespeople\": true}"))
                .hasMessage("line 2: with_spokespeople needs a speaker (an organisation)");
        assertThat(request("{\"speaker\": \"Islamic Emirate\", \"with_spokespeople\": true}").withSpokespeople()).isTrue();
        assertThatThrownBy(() -> request("{\"query\": \"x\", \"colour\": 1}")).hasMessageContaining("speakers, with_spokespeople");
    }

    @Test
    void aLongWrongValueIsShownShortened() {
        String line = "{\"query\": \"refugees\", \"limit\": \"" + "a".repeat(5000) + "\"}";
        assertThatThrownBy(() -> request(line)).hasMessageStartingWith("line 2: limit must be a whole number, 0 or more, not \"aaa")
                .hasMessageEndingWith("...").message().hasSizeLessThan(150);
    }
}
