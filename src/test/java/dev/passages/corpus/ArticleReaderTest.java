package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing a reader by file type: an unsupported file says its type, or that it has none. */
class ArticleReaderTest {

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
}
