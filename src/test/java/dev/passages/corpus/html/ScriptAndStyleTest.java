package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Code and styling inside a page never become text, wherever they sit. */
class ScriptAndStyleTest {

    @Test
    void scriptStyleNoscriptAndTemplateContentNeverReachTheText() {
        String page = Pages.page("<style>p { color: red }</style><script>var inHead = 1;</script>",
                "<article><p>" + Pages.prose(1) + "<script>document.write('inside a paragraph')</script></p>"
                        + "<style>.x { display: block }</style>"
                        + "<noscript>Please enable JavaScript to read this site.</noscript>"
                        + "<template><p>Template paragraph that is never shown.</p></template>"
                        + Pages.paragraphs(5)
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                        + "<script>window.dataLayer = [{ 'event': 'pageview' }];</script></article>");
        Article a = Pages.article(page);
        String text = Pages.text(a);
        for (String code : new String[] {"inHead", "color", "document.write", "inside a paragraph", "display",
            "enable JavaScript", "Template paragraph", "NewsArticle", "dataLayer"}) {
            assertThat(text).doesNotContain(code);
        }
        assertThat(a.paragraphs()).contains(Pages.prose(1), Pages.prose(5));
    }
}
