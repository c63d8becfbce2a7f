package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each header fact comes from the best source the page has, in the documented order. */
class PageMetadataPrecedenceTest {

    private static final String BODY = "<article>" + Pages.paragraphs(6) + "</article>";

    private static final String JSON_LD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"Headline From JSON-LD","datePublished":"2021-03-04T10:00:00Z",
             "author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bo Reporter"}],
             "publisher":{"@type":"Organization","name":"The Daily Example"}}</script>""";
    private static final String META = """
            <meta property="og:title" content="Title From Open Graph">
            <meta property="og:site_name" content="Example Site">
            <meta property="og:url" content="https://example.org/og-address">
            <meta property="article:published_time" content="2020-01-02">
            <meta name="author" content="Meta Author">
            <link rel="canonical" href="https://example.org/news/canonical-address">""";
    private static final String TITLE = "<title>Title From The Title Element | Example Site</title>";

    private static Article read(String head, String body) {
        return Pages.article(Pages.page(head, body));
    }

    @Test
    void jsonLdComesFirst() {
        Article a = read(JSON_LD + META + TITLE, BODY);
        assertThat(a.title()).isEqualTo("Headline From JSON-LD");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.source()).isEqualTo("The Daily Example");
        assertThat(a.byline()).isEqualTo("Ann Writer, Bo Reporter");
        assertThat(a.url()).isEqualTo("https://example.org/news/canonical-address");
    }

    @Test
    void metaTagsComeBeforeTheMarkup() {
        Article a = read(META + TITLE, "<time datetime=\"2019-05-06\">6 May</time>" + BODY);
        assertThat(a.title()).isEqualTo("Title From Open Graph");
        assertThat(a.date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(a.source()).isEqualTo("Example Site");
        assertThat(a.byline()).isEqualTo("Meta Author");
    }

    @Test
    void aSourceWhoseDateIsNoDateGivesWayToTheNextThatIsOne() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"yesterday\"}</script>";
        assertThat(read(ld + "<meta property=\"article:published_time\" content=\"2023-02-30\">"
                + "<meta name=\"date\" content=\"2021-05-08\">", BODY).date()).isEqualTo(LocalDate.of(2021, 5, 8));
        assertThat(read("<meta property=\"article:published_time\" content=\"soon\">",
                "<time datetime=\"2019-05-06\">6 May</time>" + BODY).date()).isEqualTo(LocalDate.of(2019, 5, 6));
    }

    @Test
    void theSiteNameLosesTerminalEscapesAsTheBylineDoes() {
        Article a = read("<meta property=\"og:site_name\" content=\"Out\u001B[5mlet\">"
                + "<meta name=\"author\" content=\"Jo\u001B[1mhn\">", BODY);
        assertThat(a.byline()).isEqualTo("John");
        assertThat(a.source()).isEqualTo("Outlet");
    }

    @Test
    void theTitleLosesItsTerminalEscapesWholeAndItsHeadingStaysOutOfTheText() {
        Article a = read("<title>Harbour \u001B[5mnews</title>", "<article><h1>Harbour \u001B[5mnews</h1>" + BODY + "</article>");
        assertThat(a.title()).isEqualTo("Harbour news");
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("Harbour news"));
    }

    @Test
    void theTitleElementLosesItsSiteName() {
        assertThat(read(TITLE, BODY).title()).isEqualTo("Title From The Title Element");
        assertThat(read("<title>Council Passes The Budget - Example News</title>", BODY).title())
                .isEqualTo("Council Passes The Budget");
        assertThat(read("", "<h1>Heading Of The Page</h1>" + BODY).title()).isEqualTo("Heading Of The Page");
    }

    @Test
    void datesFallBackThroughTimeTextAddressAndTheLastResort() {
        assertThat(read("<meta name=\"pubdate\" content=\"2018-07-08\">", BODY).date()).isEqualTo(LocalDate.of(2018, 7, 8));
        assertThat(read("", "<time datetime=\"2019-05-06T08:00\">6 May</time>" + BODY).date())
                .isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(read("", "<article><p>Published March 9, 2017. " + Pages.prose(0) + "</p>" + Pages.paragraphs(5)
                + "</article>").date()).isEqualTo(LocalDate.of(2017, 3, 9));
        byte[] page = Pages.page("", BODY).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlArticles.read("p", "p.html", page, null, "https://example.org/2016/02/03/story", null, w -> { })
                .orElseThrow().date()).isEqualTo(LocalDate.of(2016, 2, 3));
        assertThat(HtmlArticles.read("p", "p.html", page, null, null, LocalDate.of(2015, 1, 1), w -> { })
                .orElseThrow().date()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(HtmlArticles.read("p", "p.html", page, null, null, null, w -> { }).orElseThrow().date()).isNull();
    }

    @Test
    void theSourceFallsBackToTheHostAndTheUrlToTheArgument() {
        byte[] page = Pages.page("", BODY).getBytes(StandardCharsets.UTF_8);
        Article a = HtmlArticles.read("p", "p.html", page, null, "https://www.example.com/a/story.html", null, w -> { })
                .orElseThrow();
        assertThat(a.source()).isEqualTo("example.com");
        assertThat(a.url()).isEqualTo("https://www.example.com/a/story.html");
        byte[] og = Pages.page("<meta property=\"og:url\" content=\"https://news.example.net/x\">", BODY)
                .getBytes(StandardCharsets.UTF_8);
        Article b = HtmlArticles.read("p", "p.html", og, null, "https://mirror.example/x", null, w -> { }).orElseThrow();
        assertThat(b.url()).isEqualTo("https://news.example.net/x");
        assertThat(b.source()).isEqualTo("news.example.net");
    }

    @Test
    void bylinesComeFromMarkupWhenTheMetadataHasNone() {
        assertThat(read("", "<article><a rel=\"author\" href=\"/x\">By Carla Columnist</a>" + Pages.paragraphs(6)
                + "</article>").byline()).isEqualTo("Carla Columnist");
        assertThat(read("", "<article><div class=\"byline\">By Dan Desk, March 3, 2020</div>" + Pages.paragraphs(6)
                + "</article>").byline()).isEqualTo("Dan Desk");
        assertThat(read("", BODY).byline()).isNull();
    }

    @Test
    void aGraphIsSearchedAndMalformedJsonLdIsIgnored() {
        String graph = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"Site"},{"@type":"BlogPosting","headline":"From The Graph",
                 "author":{"@type":"Person","name":"Gail Graph"}}]}</script>""";
        Article a = read(graph + TITLE, BODY);
        assertThat(a.title()).isEqualTo("From The Graph");
        assertThat(a.byline()).isEqualTo("Gail Graph");
        String broken = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\", \"headline\": </script>";
        assertThat(read(broken + TITLE, BODY).title()).isEqualTo("Title From The Title Element");
    }
}
