package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's paragraph structure survives: each block is a paragraph, a single line break is not. */
class ParagraphBoundaryTest {

    @Test
    void blocksBreaksItemsQuotesHeadingsAndPreformattedTextKeepTheirBoundaries() {
        String body = "<article>"
                + "<p>" + Pages.prose(1) + "</p>"
                + "<h2>A Heading Inside The Body</h2>"
                + "<p>" + Pages.prose(2) + "<br>continued on the next line.</p>"
                + "<div>" + Pages.prose(3) + "<br><br>" + Pages.prose(4) + "<br><br>" + Pages.prose(5) + "</div>"
                + "<ul><li>First item of the list, with a comma, and more words here.</li>"
                + "<li>Second item of the list, with a comma, and more words here.</li></ul>"
                + "<blockquote>" + Pages.prose(6) + "</blockquote>"
                + "<pre>first line of code\nsecond line of code\n\nafter a blank line</pre>"
                + "<p>" + Pages.prose(7) + "</p>"
                + "</article>";
        Article a = Pages.article(Pages.page("<title>Paragraph boundaries in a page</title>", body));
        assertThat(a.paragraphs()).containsExactly(
                Pages.prose(1),
                "A Heading Inside The Body",
                Pages.prose(2) + " continued on the next line.",
                Pages.prose(3),
                Pages.prose(4),
                Pages.prose(5),
                "First item of the list, with a comma, and more words here.",
                "Second item of the list, with a comma, and more words here.",
                Pages.prose(6),
                "first line of code second line of code",
                "after a blank line",
                Pages.prose(7));
    }
}
