package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Pages of tens of megabytes are read in time that grows with their size, not its square. */
class LargePageIT {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @Test
    void aFiftyMegabytePageIsRead() {
        StringBuilder b = new StringBuilder(FIFTY_MB + 4096);
        b.append("<html><head><title>A very long page of the record</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
        int n = 0;
        while (b.length() < FIFTY_MB) {
            b.append("<div class=\"section\"><h2>Part ").append(n).append("</h2><p>").append(Pages.prose(n++))
                    .append("</p><p>").append(Pages.prose(n++)).append("</p></div>\n");
        }
        b.append("</article></body></html>");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        b.setLength(0);
        int expected = n;
        Optional<Article> read = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Pages.read(bytes, null, new ArrayList<>()));
        assertThat(read).get().satisfies(a -> {
            assertThat(a.title()).isEqualTo("A very long page of the record");
            assertThat(a.paragraphs().stream().filter(p -> p.startsWith("Paragraph ")).count()).isEqualTo(expected);
        });
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowOrCrawl() {
        int depth = 200_000;
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(depth)).append("<p>").append(Pages.prose(1)).append("</p>");
        b.append(Pages.paragraphs(5)).append("</div>".repeat(depth)).append("</body></html>");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        assertThatCode(() -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Pages.read(bytes, null, warnings))).doesNotThrowAnyException();
    }
}
