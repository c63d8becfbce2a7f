package dev.passages.corpus.html;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written UTF-8 check and hint-word search agree with Java's strict decoder and with regexes. */
class HintAndUtf8MatchingTest {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|cookie-banner|cookie-consent|cookie-notice",
            Pattern.CASE_INSENSITIVE);

    @Property(tries = 3000)
    void utf8CheckAgreesWithStrictDecoder(@ForAll("utf8ish") byte[] bytes) {
        assertThat(PageDecoder.validUtf8(bytes)).isEqualTo(strictlyDecodes(bytes));
    }

    @Test
    void utf8EdgeCases() {
        int[][] cases = {{0xC0, 0x80}, {0xC2, 0x80}, {0xE0, 0x9F, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0xA0, 0x80},
                {0xED, 0x9F, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
                {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE2, 0x82}, {0x80}, {0xFF}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            assertThat(PageDecoder.validUtf8(b)).as("%s", java.util.Arrays.toString(c)).isEqualTo(strictlyDecodes(b));
        }
    }

    @Property(tries = 3000)
    void hintWordsAgreeWithCaseInsensitiveRegex(@ForAll("hints") String hints) {
        assertThat(DomText.UNLIKELY.in(hints)).isEqualTo(UNLIKELY.matcher(hints).find());
    }

    @Test
    void negativeHidOnlyAsAWholeWord() {
        assertThat(DomText.classWeight(new org.jsoup.nodes.Element("div").attr("class", "HID"))).isEqualTo(-25);
        assertThat(DomText.classWeight(new org.jsoup.nodes.Element("div").attr("class", "x hid y"))).isEqualTo(-25);
        assertThat(DomText.classWeight(new org.jsoup.nodes.Element("div").attr("class", "hidx"))).isZero();
        assertThat(DomText.classWeight(new org.jsoup.nodes.Element("div").attr("class", "Article-Body"))).isEqualTo(25);
        assertThat(DomText.classWeight(new org.jsoup.nodes.Element("div").attr("class", "post").attr("id", "Sidebar")))
                .isZero();
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F,
                (byte) 0xA0, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF,
                (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> hints() {
        Arbitrary<String> words = Arbitraries.of("Menu", "SIDEBAR", "ad", "-", "breadcrumb", "s", "cookie", "-banner",
                "x", " ", "K", "\u212A", "\u0130", "é", "social", "Rss", "pager", "comm", "unity");
        return words.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
