package dev.passages.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.passages.cli.JsonObjects;
import dev.passages.search.Hit;
import dev.passages.backend.Backend;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A result set sent as CSV or JSONL while it is read, a page of hits at a time: at most {@value #MAX_ROWS}
 * rows, in the order of the search, from its offset on.
 */
final class Export {

    /** The most rows one export sends. */
    static final int MAX_ROWS = 10_000;
    /** Hits read per search: pages of this size keep the memory of an export small. */
    static final int PAGE = 500;

    /** The formats, with their media types and file name endings. */
    enum Format {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String type;
        final String ending;

        Format(String type, String ending) {
            this.type = type;
            this.ending = ending;
        }
    }

    /** The CSV columns, as the CLI's TSV, and the URL. */
    static final List<String> CSV_COLUMNS = List.of("rank", "id", "date", "source", "title", "paragraph", "score",
            "speakers", "text", "url");

    private final Backend searcher;
    private final SearchRequest request;
    private final Format format;
    private final int rows;
    private final JsonObjects json = new JsonObjects();

    Export(Backend searcher, SearchRequest request, Format format, int rows) {
        this.searcher = searcher;
        this.request = request;
        this.format = format;
        this.rows = rows;
    }

    /**
     * The export asked for by {@code ?format=} (csv, jsonl; json or none: not an export), else by the
     * {@code Accept} header (text/csv, application/x-ndjson or application/jsonl); null for JSON.
     */
    static Format format(String param, String accept) {
        if (param != null) {
            return switch (param.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "jsonl", "ndjson" -> Format.JSONL;
                case "json" -> null;
                default -> throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                        "format must be json, csv or jsonl, not '" + param + "'");
            };
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.startsWith("text/csv")) {
            return Format.CSV;
        }
        if (a.startsWith("application/x-ndjson") || a.startsWith("application/jsonl")) {
            return Format.JSONL;
        }
        return null;
    }

    /**
     * Sends the export. The first page is searched before the answer starts, so that a bad query is still a
     * JSON error; the rest follow as they are read (chunked).
     */
    void send(HttpExchange ex) throws IOException {
        SearchResult first = page(request.offset(), Math.min(PAGE, rows));
        ex.getResponseHeaders().set("Content-Type", format.type);
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"passages." + format.ending + "\"");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(200, 0);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ex.getResponseBody(), StandardCharsets.UTF_8))) {
            if (format == Format.CSV) {
                out.write(String.join(",", CSV_COLUMNS) + "\r\n");
            }
            int sent = 0;
            SearchResult page = first;
            while (true) {
                for (Hit h : page.hits()) {
                    out.write(format == Format.CSV ? csvRow(h) : json.write(JsonObjects.hit(h)) + "\n");
                }
                sent += page.hits().size();
                if (page.hits().size() < PAGE || sent >= rows || page.partial()) {
                    break;
                }
                page = page(request.offset() + sent, Math.min(PAGE, rows - sent));
            }
        }
        ex.close();
    }

    private SearchResult page(int offset, int limit) {
        return searcher.search(request.withOffset(offset).withLimit(limit), QueryBudget.of(QueryBudget.DEFAULT));
    }

    static String csvRow(Hit h) {
        return String.join(",", String.valueOf(h.rank()), cell(h.id()), h.date() == null ? "" : h.date().toString(),
                cell(h.source()), cell(h.title()), String.valueOf(h.paragraph()),
                h.score() == null ? "" : String.format(Locale.ROOT, "%.4f", h.score()),
                cell(String.join("; ", h.speakers().stream().map(Hit.SpeakerRef::name).toList())), cell(h.text()),
                cell(h.url())) + "\r\n";
    }

    /**
     * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A cell that
     * starts as a spreadsheet formula would ({@code = + - @}, tab, carriage return) gets a leading
     * apostrophe, so that opening the file runs nothing.
     */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
