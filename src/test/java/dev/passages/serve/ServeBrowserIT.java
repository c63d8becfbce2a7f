package dev.passages.serve;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page in a real browser (headless Chromium): a search typed and run, a speaker facet clicked, an article
 * opened, the back button, a CSV export; and a corpus of hostile titles, ids, outlets, URLs and texts whose
 * page runs none of their scripts. Leaves a screenshot in target/serve.png.
 */
class ServeBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @TempDir
    static Path sharedDir;
    /** One browser for the class (each test sets its window's size), and one server of the frozen corpus for the tests that only read it. */
    static ChromeDriver browser;
    static ServeFixture frozen;
    ServeFixture serve;

    /** The class's browser, at {@code width} x {@code height}. */
    private static ChromeDriver browser(int width, int height) {
        if (browser == null) {
            browser = BrowserSession.open(width, height);
        } else {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
            browser.get("about:blank");
        }
        return browser;
    }

    /** The server of the frozen corpus, started once. */
    private static ServeFixture frozen() {
        if (frozen == null) {
            frozen = ServeFixture.over(TestCorpus.FROZEN, sharedDir.resolve("idx"));
        }
        return frozen;
    }

    @AfterEach
    void close() {
        if (serve != null && serve != frozen) {
            serve.close();
        }
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (frozen != null) {
            frozen.close();
            frozen = null;
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Waits for the page to have drawn what its URL asks for. */
    private void settled() {
        waiting().until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return document.body.dataset.ready === 'true' && !document.getElementById('summary').textContent.startsWith('Searching') ? 'true' : 'false'")));
    }

    private void load(String pathAndQuery) {
        browser.executeScript("if (document.body) document.body.dataset.ready = ''");
        browser.get(serve.server.url() + pathAndQuery);
        settled();
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    @Test
    void searchFacetArticleBackAndExport() throws Exception {
        browser(1280, 900);
        serve = frozen();
        searchTypedAndRun();
        speakerFilterNarrowsTheFacets();
        Narrowed narrowed = speakerFacetNarrowsTheHits();
        articleOpensAndBackReturns(narrowed);
        timelineBarNarrowsTheDates();
        readableOnANarrowWindow();
        csvExportHoldsTheHits(narrowed.lastName());
    }

    /** The hits a speaker facet left, the page's URL then, and the last word of the speaker's name. */
    private record Narrowed(List<WebElement> hits, String url, String lastName) {
    }

    /** A search typed and run: the API's first hit first, highlighted, with a timeline of a bar per month; a screenshot. */
    private void searchTypedAndRun() throws Exception {
        JsonNode api = JSON.readTree(serve.get("/api/search?q=refugees&limit=1").body());
        load("");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("refugees", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("q=refugees"));
        settled();
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits > li.hit"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getAttribute("data-id")).isEqualTo(api.at("/hits/0/id").asText());
        assertThat(hits.get(0).findElement(By.cssSelector("h3")).getText()).isEqualTo(api.at("/hits/0/title").asText());
        assertThat(hits.get(0).findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(hits.get(0).findElement(By.tagName("mark")).getText().toLowerCase()).startsWith("refugee");
        assertThat(browser.findElements(By.cssSelector("#timeline .bars a"))).isNotEmpty();
        assertThat(browser.findElement(By.id("summary")).getText()).contains("passages match");
        Files.createDirectories(Path.of("target"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "serve.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // a bar per month from the first to the last, months without a match included
        assertThat(browser.findElements(By.cssSelector("#timeline .bars a"))).hasSizeGreaterThanOrEqualTo(
                JSON.readTree(serve.get("/api/histogram?q=refugees&by=month").body()).get("periods").size());
    }

    /** The filter box narrows the speaker list to the names holding what is typed, and clearing it brings all back. */
    private void speakerFilterNarrowsTheFacets() {
        List<WebElement> allFacets = browser.findElements(By.cssSelector("#speaker-facets li a"));
        String other = allFacets.get(allFacets.size() - 1).getText();
        browser.findElement(By.id("speaker-filter")).sendKeys(other);
        List<WebElement> filtered = browser.findElements(By.cssSelector("#speaker-facets li a"));
        assertThat(filtered).isNotEmpty().hasSizeLessThanOrEqualTo(allFacets.size());
        assertThat(filtered).allSatisfy(a -> assertThat(a.getText().toLowerCase()).contains(other.toLowerCase()));
        browser.findElement(By.id("speaker-filter")).clear();
        browser.findElement(By.id("speaker-filter")).sendKeys(" ", Keys.BACK_SPACE);
    }

    /** A speaker facet clicked narrows the results to that speaker's passages. */
    private Narrowed speakerFacetNarrowsTheHits() {
        WebElement facet = browser.findElement(By.cssSelector("#speaker-facets li a"));
        String speaker = facet.getText();
        facet.click();
        waiting().until(ExpectedConditions.urlContains("speaker="));
        settled();
        assertThat(browser.findElement(By.id("filters")).getText()).contains("speaker: " + speaker);
        List<WebElement> narrowed = browser.findElements(By.cssSelector("#hits > li.hit"));
        assertThat(narrowed).isNotEmpty();
        String lastName = speaker.substring(speaker.lastIndexOf(' ') + 1);
        for (WebElement hit : narrowed) {
            assertThat(hit.findElement(By.cssSelector(".speakers")).getText()).contains(lastName);
        }
        return new Narrowed(narrowed, browser.getCurrentUrl(), lastName);
    }

    /** The article of the first hit, opened by keyboard, with its paragraphs and their speakers; back, the same hits. */
    private void articleOpensAndBackReturns(Narrowed narrowed) {
        String title = narrowed.hits().get(0).findElement(By.cssSelector("h3")).getText();
        // by keyboard: Enter on the focused link
        narrowed.hits().get(0).findElement(By.cssSelector("h3 a")).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("view=article"));
        settled();
        WebElement doc = browser.findElement(By.id("document"));
        assertThat(doc.isDisplayed()).isTrue();
        assertThat(doc.findElement(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(doc.findElements(By.cssSelector("ol.paragraphs > li"))).hasSizeGreaterThan(1);
        assertThat(doc.findElements(By.cssSelector("ol.paragraphs .speakers"))).isNotEmpty();

        browser.navigate().back();
        waiting().until(ExpectedConditions.urlToBe(narrowed.url()));
        settled();
        assertThat(browser.findElement(By.id("results")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#hits > li.hit"))).hasSameSizeAs(narrowed.hits());
    }

    /** A bar of the timeline narrows the dates to its month. */
    private void timelineBarNarrowsTheDates() {
        browser.findElement(By.cssSelector("#timeline .bars a")).click();
        waiting().until(ExpectedConditions.urlContains("from="));
        settled();
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).matches("[0-9]{4}-[0-9]{2}");
    }

    /** On a narrow window nothing is wider than the window; the page the test was on is loaded again after. */
    private void readableOnANarrowWindow() {
        String here = browser.getCurrentUrl().substring(serve.server.url().length());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
        load("?q=refugees");
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        load(here);
    }

    /** The CSV export of the current results, fetched as the link would download it, holds the speaker's passages. */
    private void csvExportHoldsTheHits(String lastName) {
        String href = browser.findElement(By.id("export-csv")).getAttribute("href");
        assertThat(href).contains("format=csv");
        Object csv = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        // (the driver hands strings back with \n for the CSV's \r\n)
        assertThat((String) csv).startsWith("rank,id,date,source,title,paragraph,score,speakers,text,url")
                .containsPattern("\n1,[^\n]*" + java.util.regex.Pattern.quote(lastName));
    }

    @Test
    void aHostileCorpusRunsNoScript() throws Exception {
        browser(1024, 800);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String attack = "<img src=x onerror=\"window.__pwned=1;alert(1)\">";
        Files.writeString(corpus.resolve("wire.json"), JSON.writeValueAsString(List.of(
                Map.of("id", "x\"><script>window.__pwned=2</script>", "title", "<script>window.__pwned=3</script> Refugee talks " + attack,
                        "source", "<svg onload=\"window.__pwned=4\">Wire</svg>", "url", "javascript:window.__pwned=5",
                        "date", "2023-11-05",
                        "body", "Refugees crossed the border " + attack + ", the minister said.\n\n"
                                + "\"Refugees are welcome\", said Omar <b onmouseover=\"window.__pwned=6\">Haddad</b>.\n\n"
                                + "Refugees \\u003cscript\\u003e waited, according to </li><li onclick=window.__pwned=7>Amina."),
                Map.of("id", "second", "title", "Refugees in ' onfocus='window.__pwned=8", "source", "Desk",
                        "url", " JavaScript:window.__pwned=9", "date", "2023-11-06",
                        "body", "Refugees and the border, Omar Haddad said."))));
        serve = ServeFixture.over(corpus, dir.resolve("idx"));

        String reflected = java.net.URLEncoder.encode("<img src=x onerror=window.__pwned=10>\"'><script>window.__pwned=11</script>",
                java.nio.charset.StandardCharsets.UTF_8);
        for (String page : new String[] {"?q=refugees", "?q=refugees&speaker=Haddad", "?view=speaker&name=Haddad",
            "?q=" + reflected, "?q=refugees&speaker=" + reflected, "?view=speaker&name=" + reflected,
            "?view=article&id=" + reflected, "?view=passage&id=" + reflected, "?q=refugees&from=" + reflected}) {
            load(page);
            assertNothingRan(page);
        }
        load("?q=refugees");
        String text = browser.findElement(By.id("hits")).getText();
        assertThat(text).contains("<script>window.__pwned=3</script> Refugee talks").contains("onerror=");
        assertThat(browser.findElement(By.id("source-facets")).getText()).contains("<svg onload=");
        // the hostile URLs are shown, if at all, as text: no javascript: link anywhere
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript' i], a[href*='javascript:' i]"))).isEmpty();
        for (WebElement link : browser.findElements(By.cssSelector("#hits a"))) {
            link.sendKeys(Keys.chord(Keys.SHIFT)); // focus without following
            assertNothingRan("focus of " + link.getText());
        }
        List<WebElement> titles = browser.findElements(By.cssSelector("#hits h3 a"));
        assertThat(titles).isNotEmpty();
        for (int i = 0; i < titles.size(); i++) {
            load("?q=refugees");
            browser.findElements(By.cssSelector("#hits h3 a")).get(i).click();
            waiting().until(ExpectedConditions.urlContains("view=article"));
            settled();
            assertThat(browser.findElement(By.cssSelector("#document h2")).getText()).isNotEmpty();
            assertNothingRan("article " + i);
            load("?q=refugees");
            browser.findElements(By.cssSelector("#hits .actions a")).get(2 * i).click();
            waiting().until(ExpectedConditions.urlContains("view=passage"));
            settled();
            assertNothingRan("passage " + i);
        }
    }

    private void assertNothingRan(String where) {
        assertThatThrownBy(() -> browser.switchTo().alert()).as(where).isInstanceOf(NoAlertPresentException.class);
        assertThat(js("return typeof window.__pwned")).as(where).isEqualTo("undefined");
        assertThat(js("return document.scripts.length")).as(where + ": script elements").isEqualTo(1L);
        assertThat(js("return document.querySelectorAll('img, svg, iframe, object, embed').length")).as(where).isEqualTo(0L);
        assertThat(js("return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"))
                .as(where + ": event handler attributes").isEqualTo(0L);
    }

    /** A speaker's page names the posts articles give the speaker, linked to the organisation's page. */
    @Test
    void aSpeakersPageShowsItsPosts() throws Exception {
        browser(1280, 900);
        serve = frozen();
        JsonNode speakers = JSON.readTree(serve.get("/api/speakers?limit=1000").body()).get("speakers");
        JsonNode withPosts = null;
        for (JsonNode s : speakers) {
            if (s.path("affiliations").size() > 0) {
                withPosts = s;
                break;
            }
        }
        assertThat(withPosts).as("a speaker of the corpus with a post in an organisation").isNotNull();
        String name = withPosts.get("name").asText();
        JsonNode post = withPosts.get("affiliations").get(0);
        browser.get(serve.server.url() + "?view=speaker&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        waiting().until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.affiliations') ? 'true' : 'false'")));
        String shown = browser.findElement(By.cssSelector(".affiliations")).getText();
        assertThat(shown).contains(post.get("role").asText() + " of " + post.get("organisation").asText());
        assertThat(browser.findElement(By.cssSelector(".affiliations a")).getText()).isEqualTo(post.get("organisation").asText());
        // the post's link leads to the organisation's page, which holds the passages of the people in its posts
        browser.findElement(By.cssSelector(".affiliations a")).click();
        waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('#document h2') ? document.querySelector('#document h2').textContent : ''"))
                .equals(post.get("organisation").asText()));
        waiting().until(d -> ((Long) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('#document ol.hits > li').length")) > 0);
        // a speaker with no post: no word of the missing list
        JsonNode without = null;
        for (JsonNode s : speakers) {
            if (s.path("affiliations").size() == 0) {
                without = s;
                break;
            }
        }
        assertThat(without).isNotNull();
        browser.get(serve.server.url() + "?view=speaker&name=" + URLEncoder.encode(without.get("name").asText(), StandardCharsets.UTF_8));
        waiting().until(d -> ((Long) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('#document ol.hits > li').length")) > 0);
        assertThat(browser.findElement(By.id("document")).getText()).doesNotContain("null");
    }

    /** A note of one search goes with its hits: the next search shows its own notes only. */
    @Test
    void aSearchesNotesGoWithItsHitsAndTheLastPageOffersNoNext() throws Exception {
        browser(1280, 900);
        serve = frozen();
        load("?q=refugees&speaker=Nobody+Here");
        assertThat(js("return document.querySelectorAll('p.note').length")).isEqualTo(1L);
        load("?q=refugees");
        assertThat(js("return document.querySelectorAll('p.note').length")).isEqualTo(0L);
        // every passage listed: the last page, whatever copies the total counts, offers no next page
        load("?from=2000&page=10");
        assertThat(browser.findElement(By.id("pager")).getText()).doesNotContain("next");
    }
}
