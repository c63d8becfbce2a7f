package dev.passages.corpus.html;

import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.UnreadableFileException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page without an article body is skipped with one line saying so, never indexed as its navigation. */
class NavigationOnlyPageTest {

    private static String navigationPage() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            links.append("<li><a href=\"/section/").append(i).append("\">Section number ").append(i).append("</a></li>");
        }
        return Pages.page("<title>Example News - Home</title>",
                "<header><nav><ul>" + links + "</ul></nav></header>"
                        + "<div class=\"content\"><ul>" + links + "</ul></div>"
                        + "<footer><a href=\"/about\">About us</a> | <a href=\"/contact\">Contact</a></footer>");
    }

    @Test
    void aPageOfLinksHasNoArticle() {
        List<String> warnings = new ArrayList<>();
        assertThat(Pages.read(navigationPage().getBytes(StandardCharsets.UTF_8), null, warnings)).isEmpty();
        assertThat(warnings).singleElement().isEqualTo("no article body found");
    }

    @Test
    void theReaderSkipsItAsAnUnreadableFile() {
        List<String> warnings = new ArrayList<>();
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of("home.html"), "home.html", CorpusFiles.Kind.HTML);
        assertThatThrownBy(() -> ArticleReader.read(entry, navigationPage().getBytes(StandardCharsets.UTF_8), warnings::add))
                .isInstanceOf(UnreadableFileException.class).hasMessage("no article body found");
        assertThat(warnings).isEmpty();
    }

    @Test
    void malformedAndEmptyPagesNeverThrow() {
        for (String html : new String[] {"", "<", "<html><body></body></html>", "<p>unclosed <b><i>tags",
            "<<<>>>&&&;;;", "<script>never closed"}) {
            List<String> warnings = new ArrayList<>();
            Pages.read(html.getBytes(StandardCharsets.UTF_8), null, warnings);
        }
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        Pages.read(binary, null, new ArrayList<>());
    }
}
