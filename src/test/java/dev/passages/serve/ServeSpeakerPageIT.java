package dev.passages.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker's page in a real browser (headless Chromium) names the posts articles give the speaker, linked to the organisation's page. */
class ServeSpeakerPageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ChromeDriver browser;
    ServeFixture serve;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void aSpeakersPageShowsItsPosts() throws Exception {
        browser = BrowserSession.open(1280, 900);
        serve = ServeFixture.over(TestCorpus.FROZEN, dir.resolve("idx"));
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
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.affiliations') ? 'true' : 'false'")));
        String shown = browser.findElement(By.cssSelector(".affiliations")).getText();
        assertThat(shown).contains(post.get("role").asText() + " of " + post.get("organisation").asText());
        assertThat(browser.findElement(By.cssSelector(".affiliations a")).getText()).isEqualTo(post.get("organisation").asText());
    }
}
