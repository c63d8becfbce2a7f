package dev.passages.cli;

import dev.passages.search.ArticleGroup;
import dev.passages.search.ArticleGroups;
import dev.passages.search.Hit;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a search grouped by article ({@code --group article}) in text, json or jsonl. */
final class GroupPrinter {

    private final HitPrinter hits;
    private final PrintWriter out;
    private final OutputFormat format;
    private final List<String> fields;

    /** @param fields the hit fields of each passage in json and jsonl (null: all) */
    GroupPrinter(HitPrinter hits, PrintWriter out, OutputFormat format, List<String> fields) {
        this.hits = hits;
        this.out = out;
        this.format = format;
        this.fields = fields;
    }

    void print(SearchRequest request, ArticleGroups.Result grouped) {
        Json json = new Json();
        switch (format) {
            case JSON -> out.println(json.write(result(request, grouped)));
            case JSONL -> {
                grouped.groups().forEach(g -> out.println(json.write(group(g))));
                Map<String, Object> summary = Json.summary(grouped.passages());
                summary.put("offset", request.offset());
                summary.put("returned", grouped.groups().size());
                out.println(json.write(summary));
            }
            case TEXT -> printText(request, grouped);
            case TSV -> throw new IllegalStateException("refused by OutputChecks");
        }
        out.flush();
    }

    private Map<String, Object> result(SearchRequest request, ArticleGroups.Result grouped) {
        Map<String, Object> m = Json.result(grouped.passages(), fields);
        m.remove("hits");
        m.put("group", "article");
        m.put("offset", request.offset());
        m.put("returned", grouped.groups().size());
        m.put("groups", grouped.groups().stream().map(this::group).toList());
        return m;
    }

    private Map<String, Object> group(ArticleGroup g) {
        Hit best = g.best();
        Map<String, Object> m = Json.object();
        m.put("rank", g.rank());
        m.put("article", g.article());
        m.put("date", Json.isoDate(best.date()));
        m.put("title", best.title());
        Json.putOrigin(m, best.source(), best.url(), best.byline());
        m.put("score", best.score());
        m.put("passages", g.passages().stream().map(h -> Json.hit(h, fields)).toList());
        return m;
    }

    private void printText(SearchRequest request, ArticleGroups.Result grouped) {
        SearchResult passages = grouped.passages();
        long total = passages.total();
        int n = grouped.groups().size();
        String what = request.hasQueryText() ? " '" + Sanitize.oneLine(request.query()) + "'" : "";
        if (!request.speakers().isEmpty()) {
            what += " spoken by " + Sanitize.oneLine(String.join(" or ", request.speakers()))
                    + (request.withSpokespeople() ? " or people with a post in it" : "");
        }
        String shown = n == 0 ? (request.offset() > 0 ? "; no articles after the first " + request.offset() : "")
                : "; articles " + (request.offset() + 1) + "-" + (request.offset() + n) + " by their best passage";
        out.printf(Locale.ROOT, "%d%s passage%s match%s%s%s%n", total, passages.totalExact() ? "" : "+",
                total == 1 ? "" : "s", total == 1 ? "es" : "", what, shown);
        for (ArticleGroup g : grouped.groups()) {
            Hit best = g.best();
            out.println();
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%2d. ", g.rank()));
            head.append(best.date() == null ? "(no date)" : best.date().toString()).append("  ");
            head.append(Sanitize.oneLine(best.title()));
            head.append(HitPrinter.sourceAndByline(best.source(), best.byline()));
            out.println(head);
            out.println("    " + Sanitize.oneLine(g.article()));
            for (Hit h : g.passages()) {
                out.println("    ¶" + h.paragraph() + (h.score() == null ? ""
                        : String.format(Locale.ROOT, " (score %.2f)", h.score())) + "  " + hits.marked(h));
            }
        }
    }
}
