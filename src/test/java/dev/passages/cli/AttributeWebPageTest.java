package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code attribute page.html} reads the page's article, not its markup; a file of no known type is read as text. */
class AttributeWebPageTest {

    @TempDir
    Path home;

    @Test
    void aWebPageNamedOnTheCommandLineIsReadAsAPage() throws Exception {
        Path page = home.resolve("page.html");
        Files.writeString(page, "<html><head><title>Bridge reopens | Daily Sample</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Bridge reopens</h1>"
                + "<p>The old bridge over the river reopened on Tuesday after two years of repairs, officials said.</p>"
                + "<p>\"It is safe for trucks again,\" Mayor Lina Ortiz told reporters at the ceremony on the east bank.</p>"
                + "</article><footer>Copyright</footer></body></html>");
        CliRun r = CliRun.in(home, "attribute", page.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("2024-03-05").contains("Lina Ortiz").doesNotContain("<p>").doesNotContain("Home World")
                .doesNotContain("Copyright");
        Path notes = home.resolve("notes.log");
        Files.writeString(notes, "Officials said the bridge would reopen.\n");
        assertThat(CliRun.in(home, "attribute", notes.toString()).out()).contains("Officials said the bridge would reopen.");
    }
}
