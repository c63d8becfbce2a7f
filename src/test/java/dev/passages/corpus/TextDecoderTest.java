package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decoding a file's bytes: UTF-8 and UTF-16 with or without a BOM, Windows-1252 with a warning, binary and empty files refused. */
class TextDecoderTest {

    @Test
    void utf8WithAndWithoutBomIsRead() throws Exception {
        assertThat(TextDecoder.decode("héllo".getBytes(StandardCharsets.UTF_8))).isEqualTo("héllo");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoder.decode(bom)).isEqualTo("hi");
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'};
        assertThat(TextDecoder.decode(le)).isEqualTo("hi");
        assertThat(TextDecoder.decode(be)).isEqualTo("hi");
        byte[] utf32 = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'h', 0, 0, 0, 'i'};
        assertThat(TextDecoder.decode(utf32)).isEqualTo("hi");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> TextDecoder.decode(png)).hasMessageContaining("binary");
    }

    @Test
    void windows1252IsReadWithAWarningNamingTheOffset() throws Exception {
        byte[] cp1252 = "caf\u00e9 \u201cau lait\u201d \u20ac3".getBytes("windows-1252");
        List<String> warnings = new ArrayList<>();
        assertThat(TextDecoder.decode(cp1252, warnings::add)).isEqualTo("caf\u00e9 \u201cau lait\u201d \u20ac3");
        assertThat(warnings).containsExactly("not valid UTF-8 (bad byte sequence at offset 3); read as Windows-1252");
    }

    @Test
    void bytesWindows1252LeavesUnassignedAreKeptAsLatin1ControlsNotReplaced() throws Exception {
        byte[] odd = {'a', (byte) 0x81, 'b', (byte) 0xE9};
        assertThat(TextDecoder.decode(odd, w -> { })).isEqualTo("a\u0081b\u00e9");
    }

    @Test
    void binaryStaysRefusedWhateverTheFallback() {
        byte[] nul = {'a', (byte) 0xE9, 0, 'b'};
        assertThatThrownBy(() -> TextDecoder.decode(nul, w -> { })).hasMessageContaining("binary");
    }

    @Test
    void latin1IsRefusedWithTheOffsetWhenNoFallbackIsAsked() {
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(latin1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("offset 3");
    }
}
