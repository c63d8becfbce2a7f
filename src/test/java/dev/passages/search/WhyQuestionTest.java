package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A question asked with "why" ranks first, among passages about its words, the one that gives a cause. */
class WhyQuestionTest {

    private static final String CAUSE =
            "The ferry company closed the harbour route in response to a rise in fuel prices, its director said.";

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("ferry.txt", "Ferry news",
                    "The harbour route of the ferry company closed on Monday.",
                    CAUSE,
                    "Passengers of the closed harbour route took buses instead.");

    @Test
    void whyRanksThePassageThatGivesACauseFirst() {
        assertThat(articles.first("why did the harbour route close?"))
                .isEqualTo(CAUSE);
        // the content words alone: the shorter paragraph, which gives no cause, ranks first
        assertThat(articles.first("harbour route close"))
                .isNotEqualTo(CAUSE);
    }

    @Test
    void onlyAPlainQueryOpeningWithWhyAsksForACause() {
        assertThat(List.of("Why is the route closed?", "  why")).allMatch(FunctionWords::asksForReason);
        assertThat(List.of("whyte harbour", "the reason why", "why AND harbour"))
                .noneMatch(FunctionWords::asksForReason);
    }
}
