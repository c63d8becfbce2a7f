package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose accents are a base letter and a combining mark (NFD, as some systems save text) is found by
 * the word with or without its accent, typed composed or not, and the whole accented word is marked.
 */
class ComposedAccentsTest {

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("nfd.txt", "NFD", "The cafe\u0301 report on the e\u0301clair.");

    private static List<String> marked(Hit hit) {
        return hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void theWordIsFoundWithOrWithoutItsAccentAndMarkedWhole() {
        for (String query : List.of("cafe", "caf\u00e9", "cafe\u0301")) {
            List<Hit> hits = articles.search(query);
            assertThat(hits).as(query).singleElement().satisfies(h -> {
                assertThat(h.text()).isEqualTo("The caf\u00e9 report on the \u00e9clair.");
                assertThat(marked(h)).containsExactly("caf\u00e9");
            });
        }
        for (String query : List.of("eclair", "\u00e9clair", "e\u0301clair")) {
            assertThat(articles.search(query)).as(query).singleElement()
                    .satisfies(h -> assertThat(marked(h)).containsExactly("\u00e9clair"));
        }
    }
}
