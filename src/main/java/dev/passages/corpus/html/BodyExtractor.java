package dev.passages.corpus.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.function.Supplier;

/**
 * Extracts the article body of a prepared page. A first pass removes likely furniture before scoring,
 * weighs class names and cleans conditionally; when that leaves too little text, passes that trust the
 * page more follow, each on a fresh copy, and the longest result is kept.
 */
final class BodyExtractor {

    /** Text below this many characters sends the extraction to its next, more trusting pass. */
    private static final int ENOUGH_TEXT = 500;

    /**
     * The extracted body, the byline text found in the markup while scoring (or null), and the length of the
     * body's text ({@code content.text().length()}, measured once: the body does not change afterwards).
     */
    record Body(Element content, String byline, int textLength) {
    }

    private BodyExtractor() {
    }

    /** {@code pages} gives a freshly parsed and prepared page for each pass. */
    static Body extract(Supplier<Document> pages, Document first, String title) {
        boolean[][] passes = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        Body best = null;
        int bestLength = -1;
        for (int i = 0; i < passes.length; i++) {
            Document doc = i == 0 ? first : pages.get();
            boolean[] flags = passes[i];
            ContentScorer scorer = new ContentScorer(flags[0], flags[1], title);
            Element content = scorer.grab(doc.body());
            new BodyCleaner(flags[1], flags[2]).clean(content);
            int length = content.text().length();
            if (length >= ENOUGH_TEXT) {
                return new Body(content, scorer.byline(), length);
            }
            if (length > bestLength) {
                best = new Body(content, scorer.byline(), length);
                bestLength = length;
            }
        }
        return best;
    }
}
