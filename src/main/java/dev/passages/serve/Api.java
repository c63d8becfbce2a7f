package dev.passages.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.passages.PassagesException;
import dev.passages.cli.ExitCodes;
import dev.passages.cli.JsonObjects;
import dev.passages.attribution.Names;
import dev.passages.backend.Backend;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.search.ArticleLookup;
import dev.passages.search.DateBound;
import dev.passages.search.Facets;
import dev.passages.search.QueryBudget;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchMode;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP API under {@code /api/}: search, a passage with its neighbours, an article, speakers, similar
 * passages, a date histogram and facets, as JSON of the CLI's schema; a result set also as CSV or JSONL
 * ({@link Export}). A failure is a JSON error with the CLI's message and exit code.
 */
final class Api implements HttpHandler {

    /** The most hits one JSON answer holds, and the most skipped before them. */
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 100_000;
    /** The most paragraphs of context around a passage, and the most similar passages. */
    static final int MAX_CONTEXT = 50;
    /** Speakers and outlets a facet list holds at most, and speakers one listing returns at most. */
    static final int MAX_FACETS = 200;
    static final int MAX_SPEAKERS = 1000;

    private final SearcherPool pool;
    private final Consumer<String> log;
    private final ReplyCache cache = new ReplyCache();

    Api(SearcherPool pool, Consumer<String> log) {
        this.pool = pool;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getRawPath();
        int status = 200;
        boolean byId = false;
        try (SearcherPool.Lease lease = pool.lease()) {
            Params p = Params.parse(ex.getRequestURI().getRawQuery());
            Backend searcher = lease.backend();
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (path.equals("/api/search")) {
                Export.Format format = Export.format(p.nonBlank("format"), ex.getRequestHeaders().getFirst("Accept"));
                if (format != null) {
                    int rows = p.integer("limit", Export.MAX_ROWS, 0, Export.MAX_ROWS);
                    new Export(searcher, request(p, false, Export.MAX_ROWS), format, rows).send(ex);
                    return;
                }
            }
            Route route = route(path, p, searcher);
            if (route == null) {
                status = 404;
                Replies.error(ex, 404, "usage", "no such API endpoint: " + Params.decode(path)
                        + " (see docs/serve.md)", ExitCodes.USAGE);
                return;
            }
            // the id and parameters are valid: what fails from here on is the id's (404), not the request's (400)
            byId = route.byId();
            String key = path + "?" + Objects.toString(ex.getRequestURI().getRawQuery(), "");
            Object generation = lease.generation();
            byte[] reply = generation == null ? null : cache.get(generation, key);
            if (reply == null) {
                reply = Replies.bytes(route.answer().get());
                if (generation != null) {
                    cache.put(generation, key, reply);
                }
            }
            Replies.send(ex, 200, Replies.JSON_TYPE, reply);
        } catch (PassagesException e) {
            status = Replies.status(e, byId);
            Replies.failure(ex, e, byId);
        } catch (IOException e) {
            status = -1; // the client went away
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            status = 500;
            log.accept("internal error on " + Sanitize.oneLine(path) + ": " + Sanitize.oneLine(String.valueOf(e)));
            Replies.error(ex, 500, "internal", "internal error: " + e, ExitCodes.INTERNAL);
        } finally {
            log.accept(logLine(ex.getRequestMethod(), path, status, System.nanoTime() - start));
        }
    }

    /**
     * The request's log line, "GET /api/search 200 1.3 ms": put together by hand, as String.format took a fiftieth of
     * the server's time per search.
     */
    static String logLine(String method, String path, int status, long nanos) {
        long tenths = Math.max(0, (nanos + 50_000) / 100_000);
        return method + " " + Sanitize.oneLine(path) + " " + status + " " + tenths / 10 + "." + tenths % 10 + " ms";
    }

    /** An endpoint with its parameters read: whether it looks up an id, and how it answers. */
    private record Route(boolean byId, Supplier<Object> answer) {
    }

    /**
     * The endpoint of {@code path}, its id and parameters read (a bad one fails here, as the request's);
     * null for a path that is no endpoint.
     */
    private static Route route(String path, Params p, Backend searcher) {
        if (path.equals("/api/search")) {
            return new Route(false, () -> JsonObjects.result(searcher.search(request(p, false), budget())));
        } else if (path.startsWith("/api/passage/")) {
            String id = id(path, "/api/passage/");
            int context = p.integer("context", 2, 0, MAX_CONTEXT);
            return new Route(true, () -> JsonObjects.article(new ArticleLookup(searcher::article).paragraph(id, context), id));
        } else if (path.startsWith("/api/article/")) {
            String id = id(path, "/api/article/");
            return new Route(true, () -> JsonObjects.article(new ArticleLookup(searcher::article).article(id), null));
        } else if (path.startsWith("/api/similar/")) {
            String id = id(path, "/api/similar/");
            int limit = p.integer("limit", 10, 0, MAX_LIMIT);
            return new Route(true, () -> JsonObjects.result(searcher.similar(id, limit)));
        } else if (path.equals("/api/speakers")) {
            return new Route(false, () -> speakers(searcher, p));
        } else if (path.equals("/api/histogram")) {
            return new Route(false, () -> histogram(searcher, p));
        } else if (path.equals("/api/facets")) {
            return new Route(false, () -> facets(searcher, p));
        }
        return null;
    }

    /** The id after {@code prefix} in the raw path, percent-decoded ({@code %23} for the {@code #} of a paragraph id). */
    private static String id(String rawPath, String prefix) {
        String id = Params.decode(rawPath.substring(prefix.length()).replace("+", "%2B"));
        if (id.isEmpty()) {
            throw new PassagesException(PassagesException.Kind.USAGE, "an id is required after " + prefix + " (see docs/serve.md)");
        }
        return id;
    }

    private static QueryBudget budget() {
        return QueryBudget.of(QueryBudget.DEFAULT);
    }

    /**
     * The search the parameters ask for, read as {@code search} reads its options: {@code q}, {@code speaker}
     * (repeatable), {@code from}, {@code to}, {@code sort}, {@code limit}, {@code offset}, {@code copies=all},
     * {@code mode}, {@code with_spokespeople=1}.
     */
    static SearchRequest request(Params p, boolean filtersOnly) {
        return request(p, filtersOnly, MAX_LIMIT);
    }

    /** {@link #request(Params, boolean)} whose {@code limit} may be up to {@code maxLimit} (an export's rows). */
    static SearchRequest request(Params p, boolean filtersOnly, int maxLimit) {
        String q = p.get("q") == null ? "" : p.get("q");
        String from = p.nonBlank("from");
        String to = p.nonBlank("to");
        int limit = filtersOnly ? 0 : p.integer("limit", q.isBlank() ? 50 : 10, 0, maxLimit);
        int offset = filtersOnly ? 0 : p.integer("offset", 0, 0, MAX_OFFSET);
        return new SearchRequest(q, p.all("speaker"), from == null ? null : DateBound.start(from, "from"),
                to == null ? null : DateBound.end(to, "to"), sort(p.nonBlank("sort")), limit,
                allCopies(p.nonBlank("copies")), offset).withMode(mode(p.nonBlank("mode")))
                .withSpokespeople(spokespeople(p.nonBlank("with_spokespeople")));
    }

    /** {@code copies}: {@code all} for every copy of a report, absent for the copies folded into the best one. */
    private static boolean allCopies(String value) {
        if (value != null && !value.equals("all")) {
            throw new PassagesException(PassagesException.Kind.USAGE, "copies is all (every copy listed) or absent, not '"
                    + dev.passages.search.Sanitize.oneLine(value) + "'");
        }
        return value != null;
    }

    /** {@code with_spokespeople}: 1 or true to count an organisation's affiliated people as it, 0 or false (the default) not. */
    private static boolean spokespeople(String value) {
        if (value == null || value.equals("0") || value.equals("false")) {
            return false;
        }
        if (value.equals("1") || value.equals("true")) {
            return true;
        }
        throw new PassagesException(PassagesException.Kind.USAGE, "with_spokespeople must be 1 or 0, not '" + value + "'");
    }

    /** {@code mode}: bm25, semantic or hybrid; absent for the index's default (as {@code search --mode}). */
    private static SearchMode mode(String value) {
        if (value == null) {
            return null;
        }
        for (SearchMode m : SearchMode.values()) {
            if (m.label().equalsIgnoreCase(value.strip())) {
                return m;
            }
        }
        throw new PassagesException(PassagesException.Kind.USAGE,
                "mode must be bm25, semantic or hybrid, not '" + value + "'");
    }

    private static SortOrder sort(String value) {
        if (value == null) {
            return SortOrder.RELEVANCE;
        }
        for (SortOrder o : SortOrder.values()) {
            if (o.name().equalsIgnoreCase(value.strip())) {
                return o;
            }
        }
        throw new PassagesException(PassagesException.Kind.USAGE,
                "sort must be relevance, date or chronological, not '" + value + "'");
    }

    /** {@code speakers --format json}, narrowed to the speakers a word of whose name or aliases starts with {@code prefix}. */
    private static Map<String, Object> speakers(Backend searcher, Params p) {
        String prefix = p.nonBlank("prefix") == null ? "" : Names.fold(p.nonBlank("prefix").strip());
        int limit = p.integer("limit", 100, 0, MAX_SPEAKERS);
        List<SpeakerRegistry.Entry> matching = searcher.speakers().all().stream()
                .filter(e -> prefix.isEmpty() || startsAWord(e, prefix))
                .sorted(Comparator.comparingLong(SpeakerRegistry.Entry::paragraphs).reversed()
                        .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)))
                .toList();
        Map<String, Object> m = JsonObjects.object();
        m.put("total", matching.size());
        m.put("speakers", matching.stream().limit(limit).map(JsonObjects::speaker).toList());
        return m;
    }

    private static boolean startsAWord(SpeakerRegistry.Entry e, String prefix) {
        for (String name : e.aliases().isEmpty() ? List.of(e.name()) : e.aliases()) {
            String folded = Names.fold(name);
            if (folded.startsWith(prefix) || folded.contains(" " + prefix) || folded.contains("-" + prefix)) {
                return true;
            }
        }
        return Names.fold(e.name()).startsWith(prefix);
    }

    /** The query and filters of a counting answer, as a result set names them. */
    private static Map<String, Object> head(SearchRequest request, Facets.Counts counts) {
        Map<String, Object> m = JsonObjects.object();
        m.put("query", request.query());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("speakers", request.speakers());
        filters.put("with_spokespeople", request.withSpokespeople());
        filters.put("from", request.from() == null ? null : request.from().toString());
        filters.put("to", request.to() == null ? null : request.to().toString());
        m.put("filters", filters);
        m.put("total", counts.total());
        m.put("partial", counts.partial());
        return m;
    }

    private static Map<String, Object> histogram(Backend searcher, Params p) {
        String by = p.nonBlank("by") == null ? "month" : p.nonBlank("by").strip().toLowerCase(Locale.ROOT);
        Facets.Period period = switch (by) {
            case "day" -> Facets.Period.DAY;
            case "month" -> Facets.Period.MONTH;
            case "year" -> Facets.Period.YEAR;
            default -> throw new PassagesException(PassagesException.Kind.USAGE, "by must be day, month or year, not '" + by + "'");
        };
        SearchRequest request = request(p, true);
        Facets.Counts counts = searcher.facets(request, period, 0, budget());
        Map<String, Object> m = head(request, counts);
        m.put("by", by);
        m.put("undated", counts.undated());
        m.put("periods", counts.periods().entrySet().stream()
                .map(e -> JsonObjects.fields("period", e.getKey(), "count", e.getValue())).toList());
        return m;
    }

    private static Map<String, Object> facets(Backend searcher, Params p) {
        SearchRequest request = request(p, true);
        int top = p.integer("limit", 50, 0, MAX_FACETS);
        Facets.Counts counts = searcher.facets(request, Facets.Period.YEAR, top, budget());
        Map<String, Object> m = head(request, counts);
        m.put("speakers", counts.speakers().stream()
                .map(c -> JsonObjects.fields("key", c.key(), "name", c.name(), "count", c.count())).toList());
        m.put("sources", counts.sources().stream()
                .map(c -> JsonObjects.fields("name", c.name(), "count", c.count())).toList());
        return m;
    }
}
