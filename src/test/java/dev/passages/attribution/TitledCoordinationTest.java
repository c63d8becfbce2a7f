package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two titled people joined by "and" are two speakers, however the titles let the run of capitals go on. */
class TitledCoordinationTest {

    private static List<List<String>> names(String... paragraphs) {
        return SpokenNames.sortedNames(paragraphs);
    }

    @Test
    void titledPeopleJoinedByAndBothSpeak() {
        assertThat(names("On Monday, Mr. Holm and Senator Ivo Brandt urged the delegates to wait."))
                .containsExactly(List.of("Holm", "Ivo Brandt"));
    }

    @Test
    void aPlaceBeforeEachTitleIsPassedOver() {
        assertThat(names("Ohio Sen. Lena Moor and Texas Rep. Tobin Arks suggested that the plan would fail."))
                .containsExactly(List.of("Lena Moor", "Tobin Arks"));
    }

    @Test
    void aPortfolioJoinedByAndStaysOneTitle() {
        assertThat(names("Minister of Trade and Industry Orla Venn said the talks were over."))
                .noneMatch(p -> p.contains("Orla Venn") && p.size() > 1);
    }
}
