package dev.passages.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's query text as every search parses it: stripped, and composed (NFC) as the index's text is. */
class SearchRequestTest {

    @Test
    void aQueryWithACombiningAccentIsComposed() {
        assertThat(SearchRequest.of(" cafe\u0301 e\u0301clair ").query()).isEqualTo("caf\u00e9 \u00e9clair");
    }

    @Test
    void aComposedQueryIsKeptAsTyped() {
        String typed = "caf\u00e9 \"TTP\" hideouts";
        assertThat(SearchRequest.of(typed).query()).isSameAs(typed);
    }
}
