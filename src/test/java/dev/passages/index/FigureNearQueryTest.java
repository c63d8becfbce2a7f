package dev.passages.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words around a term count as a figure beside it. */
class FigureNearQueryTest {

    /** A figure within the window either side counts; one outside it, or a word with digits inside, does not. */
    @ParameterizedTest(name = "{0} / {1} within {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 300,000 Afghan refugees left               | Afghan  | 1 | true
            about 1.7 million undocumented Afghan migrants       | Afghan  | 3 | true
            the number of Afghans deported reached (64) by Friday | Afghans | 3 | true
            $5 for each Afghan                                   | Afghan  | 3 | true
            in 2023 the border crossing saw trucks               | trucks  | 4 | false
            in 2023 the border crossing saw trucks               | trucks  | 5 | true
            the G7 and the Afghan envoy                          | Afghan  | 3 | false
            Afghan                                               | Afghan  | 3 | false
            """)
    void aFigureBesideTheTerm(String text, String word, int words, boolean near) {
        int start = text.indexOf(word);
        assertThat(FigureNearQuery.figureNear(text, start, start + word.length(), words)).isEqualTo(near);
    }
}
