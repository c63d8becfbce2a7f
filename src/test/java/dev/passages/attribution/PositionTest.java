package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Positions order by paragraph, then token, however long a paragraph is. */
class PositionTest {

    @Test
    void aLaterParagraphComesAfterAnyTokenOfAnEarlierOne() {
        assertThat(new Position(1, 3).isAfter(new Position(0, 25_000))).isTrue();
        assertThat(new Position(0, 25_000).isBefore(new Position(1, 0))).isTrue();
        assertThat(Position.earlier(new Position(2, 1), new Position(1, 9))).isEqualTo(new Position(1, 9));
        assertThat(Position.NONE.isBefore(new Position(0, 0))).isTrue();
        assertThat(Position.END.isAfter(new Position(100_000, 100_000))).isTrue();
    }

    @Test
    void aParagraphOfMoreThanTenThousandTokensDoesNotPassForTheNextOne() {
        // 19,000 commas: as many tokens, fewer characters than the attributor's paragraph limit
        String longParagraph = ",".repeat(19_000) + ". Ana Pell arrived in Vell.";
        assertThat(Tokenizer.tokens(longParagraph).size()).isGreaterThan(10_000);
        assertThat(longParagraph.length()).isLessThan(Attributor.MAX_PARAGRAPH_CHARS);
        List<List<Attribution>> got = new Attributor().attribute(List.of(longParagraph,
                "Tobin Arks arrived in Vell.", "The deal is done, he said."));
        // the person who opened the paragraph before is meant, not the one far into the long paragraph
        assertThat(got.get(2)).extracting(a -> a.speaker().name()).containsExactly("Tobin Arks");
    }
}
