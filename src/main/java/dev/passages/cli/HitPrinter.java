package dev.passages.cli;

import dev.passages.search.Hit;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints search results in the chosen format; text marks matches in bold on a terminal, else with [[...]]. */
final class HitPrinter {

    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean color;
    private Json json;

    private final List<String> fields;
    private boolean summary;
    /** The terminal's width for text output (0: lines as long as they are, for a pipe or a file). */
    private int width;

    HitPrinter(PrintWriter out, OutputFormat format, boolean color) {
        this(out, format, color, null);
    }

    /** @param fields the hit fields to print in json, jsonl and tsv (null: all) */
    HitPrinter(PrintWriter out, OutputFormat format, boolean color, List<String> fields) {
        this.out = out;
        this.format = format;
        this.color = color;
        this.fields = fields;
    }

    /**
     * With {@code true}, jsonl ends with a summary object and tsv with a {@code #total} line: the total a
     * page of hits ({@code --offset}) comes from. Off by default, so that every jsonl line is a hit and
     * every tsv line after the header a row.
     */
    HitPrinter withSummary(boolean on) {
        this.summary = on;
        return this;
    }

    /** With a terminal's {@code columns}, text output wraps paragraphs with a hanging indent and shortens long titles. */
    HitPrinter withWidth(int columns) {
        this.width = columns;
        return this;
    }

    void print(SearchResult result) {
        if (format == OutputFormat.JSON || format == OutputFormat.JSONL) {
            json = json == null ? new Json() : json;
        }
        switch (format) {
            case JSON -> out.println(json.write(Json.result(result, fields)));
            case JSONL -> {
                result.hits().forEach(h -> out.println(json.write(Json.hit(h, fields))));
                if (summary) {
                    out.println(json.write(Json.summary(result)));
                }
            }
            case TSV -> printTsv(result);
            case TEXT -> printText(result);
        }
        out.flush();
    }

    private void printText(SearchResult result) {
        long total = result.total();
        String what = result.request().hasQueryText() ? " '" + Sanitize.oneLine(result.request().query()) + "'" : "";
        if (!result.request().speakers().isEmpty()) {
            what += " spoken by " + Sanitize.oneLine(String.join(" or ", result.request().speakers()))
                    + (result.request().withSpokespeople() ? " or people with a post in it" : "");
        }
        out.printf(Locale.ROOT, "%d%s passage%s match%s%s%s%n", total, result.totalExact() ? "" : "+",
                total == 1 ? "" : "s", total == 1 ? "es" : "",
                what, shown(result));
        for (Hit hit : result.hits()) {
            out.println();
            StringBuilder head = new StringBuilder();
            head.append(String.format(Locale.ROOT, "%2d. ", hit.rank()));
            head.append(hit.date() == null ? "(no date)" : hit.date().toString()).append("  ");
            String title = Sanitize.oneLine(hit.title());
            String tail = sourceAndByline(hit.source(), hit.byline());
            String place = "  ¶" + hit.paragraph() + (hit.score() == null ? "" : String.format(Locale.ROOT, "  (score %.2f)", hit.score()));
            if (width >= TextWrap.MIN_WIDTH) {
                // title, then source and byline, give way, so that date, paragraph and score stay on the line
                int room = width - TextWrap.visible(head + place);
                if (!tail.isEmpty() && room - TextWrap.visible(tail) < 10) {
                    tail = TextWrap.shorten(tail, Math.max(11, room - 10));
                }
                title = TextWrap.shorten(title, Math.max(10, room - TextWrap.visible(tail)));
            }
            head.append(title).append(tail).append(place);
            out.println(color ? BOLD + head + RESET : head.toString());
            if (!hit.speakers().isEmpty()) {
                wrapped("    speakers: " + String.join("; ", hit.speakers().stream()
                        .map(s -> Sanitize.oneLine(s.name()) + " (" + Sanitize.oneLine(s.type()) + posts(s) + ", " + Sanitize.oneLine(s.cue())
                                + ": \"" + Sanitize.oneLine(s.trigger()) + "\")")
                        .toList()));
            }
            wrapped("    " + marked(hit));
            if (!hit.copies().isEmpty()) {
                wrapped("    also reported by: " + String.join("; ", hit.copies().stream()
                        .map(c -> Sanitize.oneLine(c.source() == null ? c.article() : c.source())
                                + (c.date() == null ? "" : " " + c.date()) + " (" + Sanitize.oneLine(c.id()) + ")").toList()));
            }
            String id = Sanitize.oneLine(hit.id());
            out.println("    " + (color ? DIM + id + RESET : id));
        }
    }

    /** A line of a hit, indented by four, wrapped to the terminal's width when there is one. */
    private void wrapped(String line) {
        out.println(TextWrap.wrap(line, width, "    "));
    }

    /**
     * What follows a title in text output: {@code  — Dawn · by Jane Roe}, {@code  — Dawn}, {@code  — by Jane Roe},
     * or nothing; sanitised.
     */
    static String sourceAndByline(String source, String byline) {
        if (source == null && byline == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(" — ");
        if (source != null) {
            b.append(Sanitize.oneLine(source));
        }
        if (byline != null) {
            b.append(source != null ? " · " : "").append("by ").append(Sanitize.oneLine(byline));
        }
        return b.toString();
    }

    /** Which of the matches are shown, when not all: {@code  (showing 10)}, or {@code  (showing 11-20)} after an offset. */
    private static String shown(SearchResult result) {
        int n = result.hits().size();
        int offset = result.request().offset();
        if (offset == 0) {
            return n < result.total() ? " (showing " + n + ")" : "";
        }
        return n == 0 ? " (none after the first " + offset + ")"
                : " (showing " + (offset + 1) + "-" + (offset + n) + ")";
    }

    /** The paragraph with its matched spans marked; control characters neutralised. */
    String marked(Hit hit) {
        String text = hit.text();
        String open = color ? BOLD : "[[";
        String close = color ? RESET : "]]";
        StringBuilder b = new StringBuilder(text.length() + hit.highlights().size() * 4);
        int at = 0;
        for (Hit.Span s : hit.highlights()) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            b.append(Sanitize.oneLine(text.substring(at, s.start())))
                    .append(open).append(Sanitize.oneLine(text.substring(s.start(), s.end()))).append(close);
            at = s.end();
        }
        b.append(Sanitize.oneLine(text.substring(at)));
        return b.toString();
    }

    private void printTsv(SearchResult result) {
        printTsvRows(result);
        if (!summary) {
            return;
        }
        // after the rows, as a comment line: readers that skip '#' lines (or grep -v '^#') see only rows
        out.println(String.format(Locale.ROOT, "#total\t%d\ttotal_exact\t%s\toffset\t%d\treturned\t%d",
                result.total(), result.totalExact(), result.request().offset(), result.hits().size()));
    }

    private void printTsvRows(SearchResult result) {
        if (fields != null) {
            out.println(String.join("\t", fields));
            for (Hit h : result.hits()) {
                Map<String, Object> m = Json.hit(h);
                out.println(String.join("\t", fields.stream().map(f -> tsvCell(f, m.get(f))).toList()));
            }
            return;
        }
        // byline last: the columns before it keep the places they always had
        out.println("rank\tid\tdate\tsource\ttitle\tparagraph\tscore\tspeakers\ttext\tbyline");
        for (Hit h : result.hits()) {
            out.println(String.join("\t", String.valueOf(h.rank()), tsv(h.id()),
                    h.date() == null ? "" : h.date().toString(), tsv(h.source()), tsv(h.title()),
                    String.valueOf(h.paragraph()), h.score() == null ? "" : String.format(Locale.ROOT, "%.4f", h.score()),
                    tsv(String.join("; ", h.speakers().stream().map(Hit.SpeakerRef::name).toList())), tsv(h.text()), tsv(h.byline())));
        }
    }

    private static String tsvCell(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.equals("speakers")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> speakers = (List<Map<String, Object>>) value;
            return tsv(String.join("; ", speakers.stream().map(s -> String.valueOf(s.get("name"))).toList()));
        }
        if (field.equals("highlights")) {
            @SuppressWarnings("unchecked")
            List<int[]> spans = (List<int[]>) value;
            return String.join(" ", spans.stream().map(s -> s[0] + "-" + s[1]).toList());
        }
        return tsv(String.valueOf(value));
    }

    /** A TSV cell: see {@link Sanitize#tsvCell}. */
    static String tsv(String s) {
        return Sanitize.tsvCell(s);
    }

    /** {@code , spokesperson of Harbour Council}: the posts a speaker's article gives it, or nothing. */
    static String posts(Hit.SpeakerRef s) {
        StringBuilder b = new StringBuilder();
        for (dev.passages.attribution.Affiliation a : s.affiliations()) {
            b.append(", ").append(Sanitize.oneLine(a.role())).append(" of ").append(Sanitize.oneLine(a.organisation()));
        }
        return b.toString();
    }
}
