package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import dev.passages.corpus.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads a saved web page as one article: its body paragraphs, title, date, source, address and byline. */
public final class HtmlArticles {

    /** A body with more of its text in links than this is navigation, not an article. */
    static final double MAX_LINK_SHARE = 0.5;
    /** A title made from the first paragraph is cut to this many words. */
    private static final int TITLE_WORDS = 14;

    private HtmlArticles() {
    }

    /**
     * The article of one web page, or empty (after a warning on warn) when the page has no findable
     * article body. charset: the transport's charset (an HTTP Content-Type header) or null; url: where the
     * page came from, or null; fallbackDate: the last-resort date (e.g. a crawl date), or null.
     */
    public static Optional<Article> read(String id, String file, byte[] bytes, String charset, String url,
                                         LocalDate fallbackDate, Consumer<String> warn) {
        try {
            return extract(id, file, bytes, charset, url, fallbackDate, warn);
        } catch (RuntimeException | StackOverflowError e) {
            // a page jsoup or the scorer cannot digest is one unreadable page, never the end of a run
            warn.accept("no article body found (the page could not be read: " + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private static Optional<Article> extract(String id, String file, byte[] bytes, String charset, String url,
                                             LocalDate fallbackDate, Consumer<String> warn) {
        String html = PageDecoder.decode(bytes, charset, warn);
        String base = url == null ? "" : url;
        Document doc = Jsoup.parse(html, base);
        PageElements elements = PageElements.of(doc);
        PageMetadata meta = PageMetadata.of(elements, url);
        Optional<LocalDate> timeElement = PageDates.fromTimeElements(elements);
        PagePreparer.prepare(doc, elements);
        BodyExtractor.Body body = BodyExtractor.extract(() -> {
            Document again = Jsoup.parse(html, base);
            PagePreparer.prepare(again, PageElements.of(again));
            return again;
        }, doc, meta.title());
        if (body == null || !isProse(body.content(), body.textLength())) {
            warn.accept("no article body found");
            return Optional.empty();
        }
        List<String> paragraphs = ParagraphAssembler.paragraphs(body.content());
        if (paragraphs.isEmpty()) {
            warn.accept("no article body found");
            return Optional.empty();
        }
        // the best source that gives a date: a page's preferred one may hold none ("2023-02-30", "yesterday")
        LocalDate date = meta.dateTexts().stream().map(Dates::parse).flatMap(Optional::stream).findFirst()
                .or(() -> timeElement)
                .or(() -> PageDates.fromText(body.byline(), paragraphs))
                .or(() -> PageDates.fromUrl(meta.url()))
                .or(() -> PageDates.fromUrl(url))
                .orElse(fallbackDate);
        String title = meta.title() != null ? meta.title() : shortened(paragraphs.get(0));
        String byline = meta.byline() != null ? meta.byline() : PageMetadata.cleanByline(body.byline());
        return Optional.of(new Article(id, file, title, date, meta.source(), meta.url(), byline, paragraphs));
    }

    /** Whether the body (whose text has {@code length} characters) has text, most of it outside links. */
    private static boolean isProse(Element content, int length) {
        int links = 0;
        for (Element a : content.getElementsByTag("a")) {
            links += a.text().length();
        }
        return length > 0 && links <= length * MAX_LINK_SHARE;
    }

    private static String shortened(String paragraph) {
        String[] words = paragraph.split(" ");
        return words.length <= TITLE_WORDS ? paragraph
                : String.join(" ", List.of(words).subList(0, TITLE_WORDS)).replaceAll("[,;:]$", "") + "…";
    }
}
