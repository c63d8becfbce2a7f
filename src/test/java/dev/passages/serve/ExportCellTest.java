package dev.passages.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A CSV export's cells: quoted where CSV needs it, and never a formula a spreadsheet would run. */
class ExportCellTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                arguments("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                arguments("+1", "'+1"),
                arguments("@SUM(A1)", "'@SUM(A1)"),
                arguments("-2", "'-2"),
                arguments("plain, with comma", "\"plain, with comma\""),
                arguments("line\nbreak", "\"line\nbreak\""),
                arguments("\tindented", "'\tindented"),
                arguments("plain", "plain"),
                arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void cellsThatWouldRunAsSpreadsheetFormulasAreDefused(String text, String cell) {
        assertThat(Export.cell(text)).isEqualTo(cell);
    }
}
