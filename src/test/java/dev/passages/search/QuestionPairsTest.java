package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's words that are not neighbours in it count when they are near each other in a passage: of two
 * passages with the same words, the one that says the question's subject and object together ranks first.
 */
class QuestionPairsTest {

    private static final String TOGETHER = "A convoy of lorries reached the river before sunrise; its weary crews slept "
            + "beside their engines through the morning until the worst heat of midday had passed over the valley, and only "
            + "then did the first of them begin to cross.";
    private static final String APART = "The convoy left the depot at dawn with its drivers, who rested for many hours "
            + "in the shade of the old market hall; they planned to cross at noon, after the long slow journey through "
            + "the hills and fields, at the river.";

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("a.txt", "Depot", APART)
            .with("b.txt", "Shade", TOGETHER);

    @Test
    void aQuestionsSubjectAndObjectNearEachOtherRankFirst() {
        assertThat(articles.first("did the convoy cross the river?"))
                .isEqualTo(TOGETHER);
        // the content words alone, whose neighbours (convoy-cross, cross-river) are near in neither: the shorter
        // passage ranks first
        assertThat(articles.first("convoy cross river")).isEqualTo(APART);
    }
}
