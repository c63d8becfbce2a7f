package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void latin1IsRefusedWithTheOffset() {
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(latin1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("offset 3");
    }
}
