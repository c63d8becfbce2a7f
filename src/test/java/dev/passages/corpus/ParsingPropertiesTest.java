package dev.passages.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

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
