package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's bytes are read in the encoding its byte-order mark, transport or markup gives, else a sound guess. */
class PageEncodingTest {

    private static final String WORDS = "Café owners in Zürich said “prices” rose — again.";

    private static byte[] page(String meta, String text, Charset charset) {
        return Pages.page(meta + "<title>Encodings</title>", "<article><p>" + text + "</p>" + Pages.paragraphs(5)
                + "</article>").getBytes(charset);
    }

    private static Article read(byte[] bytes, String charset, List<String> warnings) {
        return Pages.read(bytes, charset, warnings).orElseThrow();
    }

    @Test
    void utf8DeclaredOrNotIsReadWithoutWarning() {
        List<String> warnings = new ArrayList<>();
        assertThat(read(page("<meta charset=\"utf-8\">", WORDS, StandardCharsets.UTF_8), null, warnings).paragraphs())
                .contains(WORDS);
        assertThat(read(page("", WORDS, StandardCharsets.UTF_8), null, warnings).paragraphs()).contains(WORDS);
        assertThat(warnings).isEmpty();
    }

    @Test
    void windows1252DeclaredIsReadSilentlyAndUndeclaredWithAWarning() {
        Charset cp1252 = Charset.forName("windows-1252");
        List<String> warnings = new ArrayList<>();
        assertThat(read(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", WORDS, cp1252),
                null, warnings).paragraphs()).contains(WORDS);
        // a page labelled Latin-1 uses Windows-1252's quotes and dashes, as browsers assume
        assertThat(read(page("<meta charset=\"iso-8859-1\">", WORDS, cp1252), null, warnings).paragraphs()).contains(WORDS);
        assertThat(warnings).isEmpty();
        assertThat(read(page("", WORDS, cp1252), null, warnings).paragraphs()).contains(WORDS);
        assertThat(warnings).singleElement().asString().contains("read as Windows-1252");
    }

    @Test
    void shiftJisDeclaredIsDecoded() {
        String japanese = "東京都は、新しい予算案を発表した。市民は、道路と学校の修理を求めている。";
        Charset sjis = Charset.forName("Shift_JIS");
        Article a = read(page("<meta charset=\"Shift_JIS\">", japanese, sjis), null, new ArrayList<>());
        assertThat(a.paragraphs()).contains(japanese);
        Article b = read(page("", japanese, sjis), "shift_jis", new ArrayList<>());
        assertThat(b.paragraphs()).contains(japanese);
    }

    @Test
    void aByteOrderMarkOverridesADeclaration() throws Exception {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.write(page("<meta charset=\"windows-1252\">", WORDS, StandardCharsets.UTF_8));
        assertThat(read(utf8.toByteArray(), null, new ArrayList<>()).paragraphs()).contains(WORDS);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(page("", WORDS, StandardCharsets.UTF_16LE));
        assertThat(read(utf16.toByteArray(), null, new ArrayList<>()).paragraphs()).contains(WORDS);
    }

    @Test
    void theTransportCharsetOverridesTheMarkupAndNonsenseLabelsAreIgnored() {
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(read(page("<meta charset=\"utf-8\">", WORDS, cp1252), "windows-1252", new ArrayList<>()).paragraphs())
                .contains(WORDS);
        assertThat(read(page("<meta charset=\"no-such-charset\">", WORDS, StandardCharsets.UTF_8), "also nonsense",
                new ArrayList<>()).paragraphs()).contains(WORDS);
    }
}
