package dev.passages.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Date bounds: a year, month or day covers its whole span; nonsense names the option. */
class DateBoundTest {

    @Test
    void yearMonthAndDayCoverTheirWholeSpan() {
        assertThat(DateBound.start("2023", "--from")).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(DateBound.end("2023", "--to")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(DateBound.start("2024-02", "--from")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(DateBound.end("2024-02", "--to")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateBound.end("2023-11-20", "--to")).isEqualTo(LocalDate.of(2023, 11, 20));
    }

    @Test
    void nonsenseNamesTheOption() {
        assertThatThrownBy(() -> DateBound.start("yesterday", "--from")).hasMessageStartingWith("--from: 'yesterday'");
        assertThatThrownBy(() -> DateBound.end("2023-13", "--to")).hasMessageStartingWith("--to: '2023-13'");
    }
}
