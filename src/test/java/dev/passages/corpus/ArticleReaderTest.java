package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Choosing a reader by file type: an unsupported file says its type, or that it has none; every reader's
 * articles come with their text composed (NFC).
 */
class ArticleReaderTest {

    private static final String CAFE = "cafe\u0301";
    private static final String COMPOSED = "caf\u00e9";

    private static Article readOne(String name, String content) throws UnreadableFileException {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of(name), name, CorpusFiles.kindOf(Path.of(name)));
        List<Article> articles = ArticleReader.read(entry, content.getBytes(StandardCharsets.UTF_8), w -> { }).articles();
        assertThat(articles).as(name).hasSize(1);
        return articles.get(0);
    }

    @Test
    void decomposedAccentsAreReadComposedFromTextJsonAndHtml() throws Exception {
        List<Article> read = List.of(
                readOne("n.txt", "Title: The " + CAFE + "\nDate: 2023-01-01\nSource: Le " + CAFE + "\nBy: Jose\u0301\n\n"
                        + "The " + CAFE + " report on the e\u0301clair.\n"),
                readOne("n.jsonl", "{\"title\":\"The " + CAFE + "\",\"date\":\"2023-01-01\",\"source\":\"Le " + CAFE
                        + "\",\"author\":\"Jose\u0301\",\"body\":\"The " + CAFE + " report on the e\u0301clair.\"}\n"),
                readOne("n.html", "<html><head><title>The " + CAFE + "</title><meta property=\"og:site_name\" content=\"Le "
                        + CAFE + "\"><meta name=\"author\" content=\"Jose\u0301\"></head><body><article><p>The " + CAFE
                        + " report on the e\u0301clair, which the whole town came to taste on a cold morning in the spring.</p>"
                        + "</article></body></html>"));
        for (Article a : read) {
            assertThat(a.title()).as(a.file()).isEqualTo("The " + COMPOSED);
            assertThat(a.source()).as(a.file()).isEqualTo("Le " + COMPOSED);
            assertThat(a.byline()).as(a.file()).isEqualTo("Jos\u00e9");
            assertThat(a.paragraphs().get(0)).as(a.file()).startsWith("The " + COMPOSED + " report on the \u00e9clair");
        }
    }

    private static void refused(String name, String message) {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of(name), name, CorpusFiles.Kind.UNSUPPORTED);
        assertThatThrownBy(() -> ArticleReader.read(entry, "text".getBytes(StandardCharsets.UTF_8), w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessage(message);
    }

    @Test
    void anUnsupportedFileSaysItsTypeOrThatItHasNone() {
        refused("notes.docx", "unsupported file type .docx (passages reads .txt/.text articles, .json/.jsonl/.ndjson collections,"
                + " .html/.htm/.xhtml web pages (also gzip-compressed: .html.gz, .htm.gz, .xhtml.gz) and .warc/.warc.gz"
                + " web archives)");
        refused("NOTES", "unsupported file type (no extension) (passages reads " + CorpusFiles.FORMATS + ")");
    }

    @Test
    void aBinaryFileNamedAsAWebPageIsSkippedAsATextFileWouldBe() {
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, '>', 0};
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj <html><body><p>Text</p></body></html>\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] bytes : List.of(executable, pdf)) {
            CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of("x.html"), "x.html", CorpusFiles.Kind.HTML);
            assertThatThrownBy(() -> ArticleReader.read(entry, bytes, w -> { }))
                    .isInstanceOf(UnreadableFileException.class).hasMessage("binary file (not a web page)");
        }
        // a page in UTF-16, NUL bytes and all, is text
        assertThat(TextDecoder.looksBinary("\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }
}
