package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;

import java.util.List;
import java.util.function.Consumer;

/** An article's speakers as indexing writes them: its attribution, or none when attribution fails on it. */
public final class ArticleSpeakers {

    private ArticleSpeakers() {
    }

    /**
     * Who speaks in each paragraph of {@code article}; null without an attributor, and null with a warning
     * naming {@code file} when attribution fails: the failure costs that article its speakers, not the run.
     */
    public static List<List<Attribution>> of(Attributor attributor, Article article, String file, Consumer<String> warn) {
        if (attributor == null) {
            return null;
        }
        try {
            return attributor.attribute(article);
        } catch (RuntimeException e) {
            warn.accept(file + ": " + article.id() + ": speaker attribution failed (" + e + "); indexed without speakers");
            return null;
        }
    }
}
