package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/** A question asked with "how many X" ranks first, among passages with figures, the one with a figure beside X. */
class CountedFigureTest {

    private static final String COUNT = "Officials said 1,200 trucks crossed the border last month.";

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("trucks.txt", "Border news",
                    "Trucks crossed the border again in 2023 after the crossing reopened, and more trucks are expected.",
                    COUNT,
                    "Drivers waited at the border for 3 days.");

    @Test
    void howManyRanksTheFigureOfWhatItCountsFirst() {
        assertThat(articles.first("how many trucks crossed the border?"))
                .isEqualTo(COUNT);
        // the content words alone: the paragraph that says trucks twice, with a year far from them, ranks first
        assertThat(articles.first("trucks crossed the border"))
                .isNotEqualTo(COUNT);
    }

    @Test
    void theWordCountedIsTheOneAfterHowMany() {
        assertThat(FunctionWords.counted("How many Afghans were deported?")).isEqualTo("Afghans");
        assertThat(FunctionWords.counted("how much fuel was sold")).isEqualTo("fuel");
        assertThat(FunctionWords.counted("how much did they pay?")).isNull();
        assertThat(FunctionWords.counted("trucks how many")).isNull();
        assertThat(FunctionWords.counted("how many trucks AND border")).isNull();
    }
}
