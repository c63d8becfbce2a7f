package dev.passages.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a date in the forms news articles write it, and refusing what is not a full date. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-11-20|2023-11-20",
        "November 20, 2023|2023-11-20",
        "Nov. 20, 2023|2023-11-20",
        "20 November 2023|2023-11-20",
        "Monday, 9th November 2023|2023-11-09",
        "26-FEB-1987 15:01:01.79|1987-02-26",
        "Sept 3, 2023|2023-09-03",
        "Updated 2024-05-26T10:00:00Z|2024-05-26",
    })
    void readsTheFormsNewsUses(String text, String expected) {
        assertThat(Dates.parse(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sometime soon", "2023-02-30", "November 9 (ANI)", "31/12/2023"})
    void refusesWhatIsNotAFullDate(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }
}
