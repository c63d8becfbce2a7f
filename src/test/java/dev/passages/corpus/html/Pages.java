package dev.passages.corpus.html;

import dev.passages.corpus.Article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small web pages for the tests and reads them. */
final class Pages {

    private static final String[] SENTENCES = {
        "The council met on Tuesday evening to discuss the new budget, which has been delayed for months.",
        "Officials said the plan, if approved, would fund repairs to roads, bridges and schools across the region.",
        "Residents who attended the meeting asked whether the money would arrive before winter, when repairs stop.",
        "A spokeswoman for the mayor said the timetable depended on the vote, and on the state's own budget.",
    };

    private Pages() {
    }

    /** A paragraph of prose, different for each {@code n}, long enough to score as article text. */
    static String prose(int n) {
        return "Paragraph " + n + " opens here. " + SENTENCES[n % SENTENCES.length] + " "
                + SENTENCES[(n + 1) % SENTENCES.length];
    }

    /** {@code count} paragraphs of prose in {@code <p>} elements. */
    static String paragraphs(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            b.append("<p>").append(prose(i)).append("</p>\n");
        }
        return b.toString();
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static Optional<Article> read(String html) {
        return read(html.getBytes(StandardCharsets.UTF_8), null, new ArrayList<>());
    }

    static Optional<Article> read(byte[] bytes, String charset, List<String> warnings) {
        return HtmlArticles.read("page", "page.html", bytes, charset, null, null, warnings::add);
    }

    static Article article(String html) {
        return read(html).orElseThrow(() -> new AssertionError("no article read from the page"));
    }

    static String text(Article a) {
        return String.join("\n", a.paragraphs());
    }
}
