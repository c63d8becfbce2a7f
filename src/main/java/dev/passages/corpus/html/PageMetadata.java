package dev.passages.corpus.html;

import dev.passages.corpus.Paragraphs;
import dev.passages.corpus.SourceNames;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header facts a page gives about its article, each taken from the best source the page has:
 * JSON-LD first, then {@code <meta>} tags, then the markup itself. Null where the page has none; the dates as every
 * source gives them, best first, for the reader to take the first that is a date.
 */
record PageMetadata(String title, List<String> dateTexts, String source, String url, String byline) {

    /** Meta names of the title, best first. */
    private static final String[] TITLE_NAMES = {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
            "weibo:webpage:title", "title", "twitter:title", "parsely-title"};
    /** Meta names of the author, best first. */
    private static final String[] AUTHOR_NAMES = {"dc:creator", "dcterm:creator", "author", "parsely-author",
            "article:author", "sailthru.author", "byl"};
    /** Meta names of the publication date, best first. */
    private static final String[] DATE_NAMES = {"article:published_time", "parsely-pub-date", "og:published_time",
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc:date", "dc:date:issued",
            "dcterms:date", "dcterms:created", "dcterms:issued", "dc:date:created", "sailthru.date",
            "citation_publication_date", "article:published", "datepublished", "article.published",
            "originalpublicationdate", "displaydate"};
    private static final String[] SITE_NAMES = {"og:site_name", "application-name", "twitter:site_name"};
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\n\\r]+\\s*|\\s{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    /** "... by Name": what precedes the by is a section or a label. */
    private static final Pattern INNER_BY = Pattern.compile("(?i)^.{1,40}?\\sby\\s+(?=\\p{Lu})");
    /** A date or time after the name: a number, or a month name before one. */
    private static final Pattern DATE_AFTER_NAME = Pattern.compile("(?i)[\\s,|•·–—-]*(?:\\b(?:jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?\\d");
    private static final Evaluator CANONICAL = PageElements.selector("link[rel~=(?i)^canonical$]");
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://.*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s|,;:·•–—-]+|[\\s|,;:·•–—-]+$");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)[\\s:]+");

    /** Reads the facts of a page from its elements (before scripts are removed: JSON-LD lives in them). */
    static PageMetadata of(PageElements page, String pageUrl) {
        JsonLd ld = JsonLd.of(page);
        Map<String, String> meta = metaValues(page);
        String headline = TitleCleaner.headline(page);

        String title = null;
        if (ld.name() != null && ld.headline() != null && !ld.name().equals(ld.headline())) {
            boolean headlineMatches = TitleCleaner.similarity(ld.headline(), headline) > 0.75;
            boolean nameMatches = TitleCleaner.similarity(ld.name(), headline) > 0.75;
            title = headlineMatches && !nameMatches ? ld.headline() : ld.name();
        } else {
            title = ld.headline() != null ? ld.headline() : ld.name();
        }
        title = first(title, meta, TITLE_NAMES);
        if (blank(title)) {
            title = headline;
        }
        if (blank(title)) {
            Element h1 = page.headings().stream().filter(h -> h.normalName().equals("h1")).findFirst().orElse(null);
            title = h1 == null ? null : h1.text();
        }

        String byline = first(ld.byline(), meta, AUTHOR_NAMES);
        if (byline != null && ADDRESS.matcher(byline).matches()) {
            byline = null;
        }
        List<String> dates = all(ld.datePublished(), meta, DATE_NAMES);
        String site = first(ld.publisher(), meta, SITE_NAMES);

        Element canonical = PageElements.first(page.links(), CANONICAL);
        String url = absolute(canonical == null ? null : canonical.attr("href"), pageUrl);
        if (url == null) {
            url = absolute(meta.get("og:url"), pageUrl);
        }
        if (url == null && !blank(pageUrl)) {
            url = pageUrl.strip();
        }
        if (blank(site)) {
            site = host(url != null ? url : pageUrl);
        }
        return new PageMetadata(clean(title), dates, SourceNames.tidy(site), url, cleanByline(byline));
    }

    /** The page's meta values by lower-cased name or property (the last of a name counts, as browsers do). */
    private static Map<String, String> metaValues(PageElements page) {
        Map<String, String> values = new HashMap<>();
        for (Element m : page.metas()) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
                for (String k : WHITE_SPACE.split(key)) {
                    if (!k.isEmpty()) {
                        values.put(k.toLowerCase(Locale.ROOT).replace('.', ':'), content);
                    }
                }
            }
        }
        return values;
    }

    /** Each value of {@code best} and of the meta {@code names}, in that order, blank ones left out. */
    private static List<String> all(String best, Map<String, String> meta, String[] names) {
        List<String> out = new java.util.ArrayList<>();
        if (!blank(best)) {
            out.add(best);
        }
        for (String name : names) {
            String v = meta.get(name.replace('.', ':'));
            if (!blank(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String first(String best, Map<String, String> meta, String[] names) {
        if (!blank(best)) {
            return best;
        }
        for (String name : names) {
            String v = meta.get(name.replace('.', ':'));
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }

    /** {@code href} made absolute against the page's address; null when it cannot be. */
    private static String absolute(String href, String base) {
        if (blank(href)) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && !blank(base)) {
                uri = new URI(base.strip()).resolve(uri);
            }
            return uri.isAbsolute() && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The host of an address without its {@code www.}, or null. */
    static String host(String url) {
        if (blank(url)) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A byline without what often shares its block: a "By" and what comes before it, a date or time
     * after the name, and surrounding punctuation.
     */
    static String cleanByline(String byline) {
        if (blank(byline)) {
            return null;
        }
        String b = Paragraphs.tidy(byline);
        Matcher by = INNER_BY.matcher(b);
        if (by.find()) {
            b = b.substring(by.end());
        }
        b = BY.matcher(b).replaceFirst("");
        Matcher date = DATE_AFTER_NAME.matcher(b);
        if (date.find() && date.start() > 0) {
            b = b.substring(0, date.start());
        }
        b = EDGE_PUNCTUATION.matcher(b).replaceAll("");
        return b.isEmpty() || b.length() > 200 ? null : b;
    }

    /** One line as written: line breaks and runs of white space become one space, controls go. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = CONTROLS.matcher(Paragraphs.withoutEscapes(s)).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
