package dev.passages.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The .txt article format: its header block, a title and date worked out without one, and what is refused or warned. */
class TextArticleParserTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = TextArticleParserTest.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return TextDecoder.decode(in.readAllBytes());
        }
    }

    @Test
    void headerBlockGivesTitleDateSourceAndUrl() throws Exception {
        Article a = TextArticleParser.parse("header-bom-crlf", "header-bom-crlf.txt", resource("header-bom-crlf.txt"), w -> { });
        assertThat(a.title()).isEqualTo("Kakar urges action");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(a.source()).isEqualTo("Example News");
        assertThat(a.url()).isEqualTo("https://example.org/a");
    }

    @Test
    void theSourceLosesTerminalEscapesAsTheTitleAndBylineDo() throws Exception {
        Article a = TextArticleParser.parse("a", "a.txt",
                "Title: T\u001B[1mitle\nDate: 2023-05-02\nSource: Out\u001B[5mlet\nBy: Jo\u001B[1mhn\n\nBody text.\n", w -> { });
        assertThat(a.title()).isEqualTo("Title");
        assertThat(a.byline()).isEqualTo("John");
        assertThat(a.source()).isEqualTo("Outlet");
    }

    @Test
    void aLineSeparatorInsideAHeaderLineIsASpaceNotTheEndOfTheHeader() throws Exception {
        Article a = TextArticleParser.parse("a", "a.txt", "Title: Port\u2028reopens\nDate: 2023-01-01\n\nBody text.\n", w -> { });
        assertThat(a.title()).isEqualTo("Port reopens");
        assertThat(a.date()).hasToString("2023-01-01");
        assertThat(a.paragraphs()).containsExactly("Body text.");
    }

    @Test
    void bomCrlfAndStrayWhitespaceAreTidied() throws Exception {
        Article a = TextArticleParser.parse("x", "x.txt", resource("header-bom-crlf.txt"), w -> { });
        assertThat(a.paragraphs()).containsExactly(
                "ISLAMABAD: The premier spoke to foreigners, saying “enough”.",
                "Second paragraph wraps here.",
                "Third paragraph.");
    }

    @Test
    void updateStampGivesDateAndFirstSentenceGivesTitle() throws Exception {
        Article a = TextArticleParser.parse("stamp", "stamp.txt", resource("stamp.txt"), w -> { });
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).startsWith("In a strong message");
        assertThat(a.title()).startsWith("In a strong message to Kabul").endsWith("…");
        assertThat(a.source()).isNull();
    }

    @Test
    void unreadableDateIsWarnedAndLeftOut() throws Exception {
        List<String> warnings = new ArrayList<>();
        Article a = TextArticleParser.parse("no-date", "no-date.txt", resource("no-date.txt"), warnings::add);
        assertThat(a.date()).isNull();
        assertThat(warnings).singleElement().asString().contains("no date");
    }

    @Test
    void badDateValueIsNamedInTheWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        Article a = TextArticleParser.parse("d", "d.txt", "Title: T\nDate: sometime soon\n\nBody.\n", warnings::add);
        assertThat(a.date()).isNull();
        assertThat(warnings).singleElement().asString().contains("'sometime soon'");
    }

    @Test
    void dateFallsBackOnIsoDateInFileName() throws Exception {
        Article a = TextArticleParser.parse("2023-11-08-x", "2023-11-08-x.txt", "Body only.\n", w -> { });
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void headerWithoutBodyIsRefused() {
        assertThatThrownBy(() -> TextArticleParser.parse("e", "e.txt", "Title: T\nDate: 2023-01-01\n\n   \n", w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("no body");
    }

    @Test
    void derivedTitleStopsAtSentenceEndNotAtAbbreviation() {
        assertThat(TextArticleParser.titleFrom("Gen. Munir spoke. Then more."))
                .isEqualTo("Gen. Munir spoke");
    }

    /** A dateline opening the body is the date when nothing better exists; a header date or a dated file name comes first. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            x.txt            | ISLAMABAD, Nov 21, 2023: The caretaker premier spoke.\\n\\nMore. | 2023-11-21
            x.txt            | KABUL, Afghanistan, Nov. 21, 2023 — Officials said.\\n\\nMore.    | 2023-11-21
            x.txt            | Peshawar, 21 November 2023 - Police said.                          | 2023-11-21
            x.txt            | Date: 2023-11-25\\n\\nISLAMABAD, Nov 21, 2023: The premier spoke.  | 2023-11-25
            2023-11-24-x.txt | ISLAMABAD, Nov 21, 2023: The premier spoke.                        | 2023-11-24
            """)
    void theDateOfAnArticleWithADateline(String file, String text, LocalDate date) throws Exception {
        List<String> warnings = new ArrayList<>();
        // the table writes a paragraph break as \n\n
        Article a = TextArticleParser.parse("x", file, text.replace("\\n", "\n"), warnings::add);
        assertThat(a.date()).isEqualTo(date);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDateLaterInTheFirstSentenceIsNoDateline() throws Exception {
        List<String> warnings = new ArrayList<>();
        Article a = TextArticleParser.parse("x", "x.txt",
                "The premier, who took office on Nov 21, 2023, said he would stay.", warnings::add);
        assertThat(a.date()).isNull();
        assertThat(warnings).containsExactly("no date found; read without one");
    }
}
