package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    private static void refused(String name, String message) {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of(name), name, CorpusFiles.Kind.UNSUPPORTED);
        assertThatThrownBy(() -> ArticleReader.read(entry, "text".getBytes(StandardCharsets.UTF_8), w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessage(message);
    }

    @Test
    void anUnsupportedFileSaysItsTypeOrThatItHasNone() {
        refused("notes.docx", "unsupported file type .docx (articles are .txt or .text files, .html, .htm or .xhtml web pages (also .html.gz or .htm.gz),"
                + " .json, .jsonl or .ndjson collections, or .warc or .warc.gz web archives)");
        refused("NOTES", "unsupported file type (no extension) (articles are .txt or .text files, .html, .htm or .xhtml web pages (also .html.gz or .htm.gz),"
                + " .json, .jsonl or .ndjson collections, or .warc or .warc.gz web archives)");
    }
}
