package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import dev.passages.corpus.Paragraphs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the article of one web page: its title and its text paragraphs. */
public final class HtmlArticles {

    private HtmlArticles() {
    }

    /**
     * The article of one web page, or empty (after a warning on warn) when the page has no findable
     * article body. charset: the transport's charset (an HTTP Content-Type header) or null; url: where the
     * page came from, or null; fallbackDate: the last-resort date (e.g. a crawl date), or null.
     */
    public static Optional<Article> read(String id, String file, byte[] bytes, String charset, String url,
                                         LocalDate fallbackDate, Consumer<String> warn) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), known(charset), url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream over bytes in memory does not fail
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : page.select("p")) {
            String text = Paragraphs.tidy(p.text());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            warn.accept("no article text found in the page");
            return Optional.empty();
        }
        String title = Paragraphs.tidy(page.title());
        return Optional.of(new Article(id, file, title.isEmpty() ? paragraphs.get(0) : title, fallbackDate, null, url,
                null, paragraphs));
    }

    /** The charset's name when this JVM knows it; otherwise null, and the page's own declaration decides. */
    private static String known(String charset) {
        if (charset == null) {
            return null;
        }
        try {
            return Charset.isSupported(charset) ? charset : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
