package dev.passages.corpus.html;

import dev.passages.corpus.Dates;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a page when its metadata names none: a {@code <time datetime>} (one marked as the
 * publication date first), a date written near the top of the article, a date in the page's address.
 */
final class PageDates {

    /** {@code /2015/01/31/}, {@code /2015-01-31}, {@code /20150131/} in an address path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Evaluator MARKED = PageElements.selector("time[itemprop~=(?i)datePublished][datetime],"
            + " time[pubdate][datetime], [itemprop~=(?i)datePublished][content]");
    private static final Evaluator TIME = PageElements.selector("time[datetime]");
    /** How many of the article's first paragraphs are searched for a written date. */
    private static final int TOP_PARAGRAPHS = 3;
    /** A written date is looked for among this many characters of each. */
    private static final int TOP_CHARS = 300;

    private PageDates() {
    }

    /** The datetime of the page's {@code <time>} elements, the one marked as the publication date first. */
    static Optional<LocalDate> fromTimeElements(PageElements page) {
        Element marked = PageElements.first(page.dated(), MARKED);
        if (marked != null) {
            Optional<LocalDate> d = Dates.parse(marked.hasAttr("datetime") ? marked.attr("datetime") : marked.attr("content"));
            if (d.isPresent()) {
                return d;
            }
        }
        Element time = PageElements.first(page.dated(), TIME);
        return time == null ? Optional.empty() : Dates.parse(time.attr("datetime"));
    }

    /** A date written in the byline block or near the start of the first paragraphs. */
    static Optional<LocalDate> fromText(String bylineBlock, List<String> paragraphs) {
        Optional<LocalDate> d = Dates.parse(bylineBlock);
        for (int i = 0; d.isEmpty() && i < Math.min(TOP_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            d = Dates.parse(p.length() > TOP_CHARS ? p.substring(0, TOP_CHARS) : p);
        }
        return d;
    }

    static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }
}
