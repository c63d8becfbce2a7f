package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.UnreadableFileException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web pages are found by their extensions, compressed ones too, and take their id from the name without them. */
class CompressedPageTest {

    private static final String PAGE = Pages.page("<title>A compressed page of the archive</title>",
            "<article>" + Pages.paragraphs(5) + "</article>");

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void pageExtensionsAreWebPages() {
        for (String name : new String[] {"a.html", "a.HTM", "a.xhtml", "a.html.gz", "a.htm.gz"}) {
            assertThat(CorpusFiles.kindOf(Path.of("x", name))).as(name).isEqualTo(CorpusFiles.Kind.HTML);
        }
        for (String name : new String[] {"a.gz", "a.txt.gz", "a.html.zip", ".gz"}) {
            assertThat(CorpusFiles.kindOf(Path.of("x", name))).as(name).isEqualTo(CorpusFiles.Kind.UNSUPPORTED);
        }
        assertThat(CorpusFiles.articleId("a/b.html.gz")).isEqualTo("a/b");
        assertThat(CorpusFiles.articleId("a/b.htm")).isEqualTo("a/b");
        assertThat(CorpusFiles.articleId("a/b.txt")).isEqualTo("a/b");
    }

    @Test
    void aGzippedPageIsReadLikeThePage() throws Exception {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of("a/b.html.gz"), "a/b.html.gz", CorpusFiles.Kind.HTML);
        List<Article> articles = ArticleReader.read(entry, gzip(PAGE.getBytes(StandardCharsets.UTF_8)), w -> { }).articles();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a/b");
            assertThat(a.file()).isEqualTo("a/b.html.gz");
            assertThat(a.title()).isEqualTo("A compressed page of the archive");
            assertThat(a.paragraphs()).hasSize(5);
        });
    }

    @Test
    void aDamagedArchiveIsOneUnreadableFile() throws Exception {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of("b.htm.gz"), "b.htm.gz", CorpusFiles.Kind.HTML);
        byte[] whole = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> ArticleReader.read(entry, cut, w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not valid gzip");
        assertThatThrownBy(() -> ArticleReader.read(entry, PAGE.getBytes(StandardCharsets.UTF_8), w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not valid gzip");
    }
}
