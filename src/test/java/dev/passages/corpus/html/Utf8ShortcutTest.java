package dev.passages.corpus.html;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is taken as valid UTF-8 when decoding it gave no U+FFFD, and checked byte by byte only when it did:
 * the shortcut must decide as the full check does, a U+FFFD written in the page included.
 */
class Utf8ShortcutTest {

    @Property(tries = 3000)
    void withoutReplacementCharacterTheBytesAreValid(@ForAll("utf8ish") byte[] bytes) {
        if (!new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD")) {
            assertThat(PageDecoder.validUtf8(bytes)).isTrue();
        }
    }

    @Property(tries = 1000)
    void undeclaredPagesAreReadAsUtf8ExactlyWhenValid(@ForAll("utf8ish") byte[] bytes) {
        Assume.that(!byteOrderMark(bytes));
        List<String> warnings = new ArrayList<>();
        String text = PageDecoder.decode(bytes, null, warnings::add);
        if (PageDecoder.validUtf8(bytes)) {
            assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
            assertThat(warnings).isEmpty();
        } else {
            assertThat(text).isEqualTo(new String(bytes, java.nio.charset.Charset.forName("windows-1252")));
            assertThat(warnings).hasSize(1);
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheUtf8PageIsKept() {
        byte[] page = "<p>caf\u00e9 \uFFFD na\u00efve</p>".getBytes(StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        assertThat(PageDecoder.decode(page, null, warnings::add)).isEqualTo("<p>caf\u00e9 \uFFFD na\u00efve</p>");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aReplacementCharacterNextToBrokenBytesIsNotTakenForValidUtf8() {
        byte[] valid = "<p>\uFFFD ".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[valid.length + 2];
        System.arraycopy(valid, 0, page, 0, valid.length);
        page[valid.length] = (byte) 0xE9;
        page[valid.length + 1] = 'x';
        List<String> warnings = new ArrayList<>();
        String text = PageDecoder.decode(page, null, warnings::add);
        assertThat(text).endsWith("\u00e9x");
        assertThat(warnings).singleElement().asString().contains("Windows-1252");
    }

    /** A byte-order mark decides the encoding before anything else is looked at. */
    private static boolean byteOrderMark(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF));
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F,
                (byte) 0xA0, (byte) 0xBD, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED,
                (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(10);
    }
}
