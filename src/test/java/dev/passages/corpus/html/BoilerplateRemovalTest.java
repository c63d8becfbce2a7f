package dev.passages.corpus.html;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The furniture around an article never reaches its paragraphs; the article's own text all does. */
class BoilerplateRemovalTest {

    private static final String PAGE = Pages.page("<title>Council Passes The Budget | Example News</title>", """
            <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
            <header class="site-header"><a href="/">Example News</a>
              <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
              <li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="layout">
              <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Sidebar story one</a></li>
                <li><a href="/2">Sidebar story two</a></li></ul></aside>
              <main><article class="story">
                <h1>Council Passes The Budget</h1>
                <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
                %s
                <figure><img src="a.jpg"><figcaption>Photo credit: Agency pictures</figcaption></figure>
                <p style="display:none">Hidden text that no reader sees.</p>
                <form><label>Subscribe to our newsletter</label><input type="email"><button>Sign up</button></form>
                <div class="related-links"><h4>Related</h4><ul><li><a href="/r1">Related story about parks</a></li>
                  <li><a href="/r2">Related story about schools</a></li></ul></div>
              </article></main>
              <section id="comments" class="comments"><h3>3 comments</h3>
                <div class="comment">First! Great article, thanks for sharing it with us all.</div></section>
            </div>
            <footer class="site-footer"><p>Copyright 2024 Example News. All rights reserved.</p>
              <a href="/privacy">Privacy policy</a></footer>
            """.formatted(Pages.paragraphs(6)));

    @Test
    void onlyTheArticleParagraphsRemain() {
        Article a = Pages.article(PAGE);
        assertThat(a.paragraphs()).containsExactly(Pages.prose(1), Pages.prose(2), Pages.prose(3), Pages.prose(4),
                Pages.prose(5), Pages.prose(6));
        String text = Pages.text(a);
        for (String furniture : new String[] {"cookies", "Politics", "Sidebar", "Share on", "Hidden text", "newsletter",
            "Related", "First!", "Copyright", "Privacy", "Photo credit"}) {
            assertThat(text).doesNotContain(furniture);
        }
        assertThat(a.title()).isEqualTo("Council Passes The Budget");
    }
}
