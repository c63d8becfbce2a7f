package dev.passages.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words around a term count as a figure beside it. */
class FigureNearQueryTest {

    private static boolean near(String text, String word, int words) {
        int start = text.indexOf(word);
        return FigureNearQuery.figureNear(text, start, start + word.length(), words);
    }

    @Test
    void aFigureWithinTheWindowEitherSideCounts() {
        assertThat(near("more than 300,000 Afghan refugees left", "Afghan", 1)).isTrue();
        assertThat(near("about 1.7 million undocumented Afghan migrants", "Afghan", 3)).isTrue();
        assertThat(near("the number of Afghans deported reached (64) by Friday", "Afghans", 3)).isTrue();
        assertThat(near("$5 for each Afghan", "Afghan", 3)).isTrue();
    }

    @Test
    void aFigureOutsideTheWindowOrAWordWithDigitsInsideDoesNot() {
        assertThat(near("in 2023 the border crossing saw trucks", "trucks", 4)).isFalse();
        assertThat(near("in 2023 the border crossing saw trucks", "trucks", 5)).isTrue();
        assertThat(near("the G7 and the Afghan envoy", "Afghan", 3)).isFalse();
        assertThat(near("Afghan", "Afghan", 3)).isFalse();
    }
}
