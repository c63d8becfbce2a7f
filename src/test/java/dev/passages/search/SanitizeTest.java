package dev.passages.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link Sanitize} shows of each kind of character a terminal would act on. */
class SanitizeTest {

    @Test
    void controlsBidiAndSeparatorsAreShownVisibly() {
        assertThat(Sanitize.oneLine("a\u001B[31mb\u0007c")).isEqualTo("a\\x1b[31mb\\x07c");
        assertThat(Sanitize.oneLine("line\nbreak\rhere\ttab")).isEqualTo("line\\nbreak\\rhere tab");
        assertThat(Sanitize.oneLine("del\u007F c1\u009B31m nel\u0085")).isEqualTo("del\\x7f c1\\x9b31m nel\\x85");
        assertThat(Sanitize.oneLine("\u202Eevil\u2066\u2069\u200E\u200F\u061C")).isEqualTo("\\u202eevil\\u2066\\u2069\\u200e\\u200f\\u061c");
        assertThat(Sanitize.oneLine("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
        assertThat(Sanitize.oneLine("\u0000")).isEqualTo("\\x00");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Pakistan’s prime minister — «Kakar» said: 100% “yes”; Ashrafi (اشرفی), naïve, 東京, \\ and ZWJ \u200D";
        assertThat(Sanitize.oneLine(text)).isSameAs(text);
        assertThat(Sanitize.oneLine(null)).isEmpty();
    }

    @Test
    void showingTwiceChangesNothing() {
        String once = Sanitize.oneLine("x\u001B\n\u202E");
        assertThat(Sanitize.oneLine(once)).isEqualTo(once);
    }

    @Test
    void tsvCellsKeepTheirEscapesAndAreSafe() {
        assertThat(Sanitize.tsvCell("a\tb\nc\\d\u001B")).isEqualTo("a\\tb\\nc\\\\d\\x1b");
        assertThat(Sanitize.tsvCell(null)).isEmpty();
    }
}
