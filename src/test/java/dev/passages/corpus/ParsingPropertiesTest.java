package dev.passages.corpus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** No input makes parsing, splitting or date reading throw anything but our own error type. */
class ParsingPropertiesTest {

    @Property(tries = 500)
    void paragraphsAreNonEmptyTidyLines(@ForAll @StringLength(max = 400) String text) {
        for (String p : Paragraphs.splitOnBlankLines(text)) {
            assertThat(p).isNotBlank().doesNotContain("\n").isEqualTo(p.strip());
            assertThat(p.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))).isTrue();
        }
        Paragraphs.splitOnIndent(text);
    }

    /** The regular expressions {@link Paragraphs#tidy} replaced with one pass: it must do what they did. */
    private static String tidyByRegex(String block) {
        String s = block.indexOf('\u001B') >= 0 ? Pattern.compile(
                "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|\\u001B[@-Z\\\\-_]")
                .matcher(block).replaceAll("") : block;
        // line breaks of every kind stand between words: spaces; other controls go
        s = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]")
                .matcher(Pattern.compile("[\\t\\n\\x0B\\f\\r\\x85\\u2028\\u2029]").matcher(s).replaceAll(" ")).replaceAll("");
        s = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+").matcher(s).replaceAll(" ").strip();
        return Pattern.compile(" +([,.;:!?](?:\\s|$))").matcher(s).replaceAll("$1").strip();
    }

    @Property(tries = 3000)
    void tidyDoesWhatItsRegularExpressionsDid(@ForAll("messy") String text) {
        assertThat(Paragraphs.tidy(text)).isEqualTo(tidyByRegex(text));
    }

    @Property(tries = 3000)
    void signOffGoesAsItsRegularExpressionTookIt(@ForAll("signedOff") String body) {
        String byRegex = Pattern.compile("(?is)\\s*(?:reuters?)?\\s*(?:&#3;|\\u0003)?\\s*$").matcher(body).replaceFirst("");
        assertThat(JsonArticleParser.withoutSignOff(body)).isEqualTo(byRegex);
    }

    @Provide
    Arbitrary<String> signedOff() {
        Arbitrary<String> pieces = Arbitraries.of("Reuter", "REUTERS", "reuter", "Reuters", "&#3;", "\u0003", " ", "\n", "\t",
                "\r", "\u00A0", "said.", "ReuterX", "&#3", "ſ", "Reuter&#3;");
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> messy() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(' ', ',', '.', '?', 'a')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of('\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F', '\u3000',
                        '\u1680', '\u2028', '\u0085', '\u001B', '\u0007', '\u0003', ',', '.', ';', ':', '!', '?', '[', ']')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('a', 'e')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 500)
    void datesNeverThrow(@ForAll @StringLength(max = 60) String text) {
        Dates.parse(text).ifPresent(d -> assertThat(d.getYear()).isBetween(0, 9999));
    }

    @Property(tries = 300)
    void articlesParseOrAreRefusedByName(@ForAll @StringLength(max = 400) String text) {
        try {
            TextArticleParser.parse("x", "x.txt", text, w -> { });
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void bytesDecodeOrAreRefusedByName(@ForAll byte[] bytes) {
        try {
            TextDecoder.decode(bytes);
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
