package dev.passages.cli;

import dev.passages.search.ArticleView;
import dev.passages.search.Hit;
import dev.passages.search.Sanitize;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an article, or a window of its paragraphs, in the chosen format: what {@code show} and {@code article} print. */
final class ArticlePrinter {

    /** The fields of each paragraph object in json and jsonl. */
    private static final List<String> PARAGRAPH_FIELDS = List.of("id", "article", "paragraph", "date", "title", "source",
            "url", "byline", "text", "speakers");

    private final PrintWriter out;
    private final OutputFormat format;

    /** The terminal's width for text output (0: lines as long as they are). */
    private int width;

    ArticlePrinter(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    /**
     * Prints {@code view}; {@code focus} is the id of the paragraph asked for (marked in text, {@code "focus": true}
     * in JSON), or null for a whole article.
     */
    /** With a terminal's {@code columns}, text output wraps paragraphs with a hanging indent. */
    ArticlePrinter withWidth(int columns) {
        this.width = columns;
        return this;
    }

    void print(ArticleView view, String focus) {
        Json json = new Json();
        switch (format) {
            case JSON -> out.println(json.write(object(view, focus)));
            case JSONL -> view.paragraphs().forEach(p -> out.println(json.write(paragraph(p, focus))));
            case TSV -> printTsv(view);
            case TEXT -> printText(view, focus);
        }
        out.flush();
    }

    static Map<String, Object> object(ArticleView view, String focus) {
        Map<String, Object> m = Json.object();
        if (focus != null) {
            m.put("id", focus);
        }
        m.put("article", view.article());
        m.put("title", view.title());
        m.put("date", Json.isoDate(view.date()));
        Json.putOrigin(m, view.source(), view.url(), view.byline());
        m.put("paragraph_count", view.paragraphCount());
        m.put("paragraphs", view.paragraphs().stream().map(p -> paragraph(p, focus)).toList());
        return m;
    }

    private static Map<String, Object> paragraph(Hit p, String focus) {
        Map<String, Object> m = Json.hit(p, PARAGRAPH_FIELDS);
        if (focus != null) {
            m.put("focus", p.id().equals(focus));
        }
        return m;
    }

    private void printText(ArticleView view, String focus) {
        out.println(Sanitize.oneLine(view.title()));
        StringBuilder line = new StringBuilder(view.date() == null ? "(no date)" : view.date().toString());
        line.append(HitPrinter.sourceAndByline(view.source(), view.byline()));
        out.println(line);
        if (view.url() != null) {
            out.println(Sanitize.oneLine(view.url()));
        }
        List<Hit> ps = view.paragraphs();
        String which = focus == null ? view.paragraphCount() + " paragraph" + (view.paragraphCount() == 1 ? "" : "s")
                : String.format(Locale.ROOT, "paragraphs %d-%d of %d", ps.get(0).paragraph(),
                        ps.get(ps.size() - 1).paragraph(), view.paragraphCount());
        out.println(Sanitize.oneLine(view.article()) + " (" + which + ")");
        for (Hit p : ps) {
            out.println();
            boolean marked = p.id().equals(focus);
            out.println((marked ? "> " : "  ") + "¶" + p.paragraph() + "  " + Sanitize.oneLine(p.id()));
            if (!p.speakers().isEmpty()) {
                out.println(TextWrap.wrap("    speakers: " + String.join("; ", p.speakers().stream()
                        .map(s -> Sanitize.oneLine(s.name()) + " (" + Sanitize.oneLine(s.type()) + HitPrinter.posts(s) + ", "
                                + Sanitize.oneLine(s.cue()) + ": \"" + Sanitize.oneLine(s.trigger()) + "\")")
                        .toList()), width, "    "));
            }
            out.println(TextWrap.wrap("    " + Sanitize.oneLine(p.text()), width, "    "));
        }
    }

    private void printTsv(ArticleView view) {
        out.println("id\tparagraph\tdate\tsource\ttitle\tspeakers\ttext\tbyline");
        for (Hit p : view.paragraphs()) {
            out.println(String.join("\t", Sanitize.tsvCell(p.id()), String.valueOf(p.paragraph()),
                    p.date() == null ? "" : p.date().toString(), Sanitize.tsvCell(p.source()), Sanitize.tsvCell(p.title()),
                    Sanitize.tsvCell(String.join("; ", p.speakers().stream().map(Hit.SpeakerRef::name).toList())),
                    Sanitize.tsvCell(p.text()), Sanitize.tsvCell(p.byline())));
        }
    }
}
