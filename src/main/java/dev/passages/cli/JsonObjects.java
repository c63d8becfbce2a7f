package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.search.ArticleView;
import dev.passages.search.Hit;
import dev.passages.search.SearchResult;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON objects the commands print (result sets, hits, articles, speakers), built by the same code, for
 * other front ends ({@code serve}'s HTTP API): one schema, {@value Json#SCHEMA}, whatever asks.
 */
public final class JsonObjects {

    /** The schema tag every object carries. */
    public static final String SCHEMA = Json.SCHEMA;

    private final Json json = new Json();

    /** A new object of the output: its schema field first, then the fields in the order they are put. */
    public static Map<String, Object> object() {
        return Json.object();
    }

    /** A small object of the output without a schema field (a row inside another): names and values in turn. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** One object or value as one line of JSON, escaped as the commands escape it. */
    public String write(Object value) {
        return json.write(value);
    }

    /** {@code search --format json}. */
    public static Map<String, Object> result(SearchResult result) {
        return Json.result(result);
    }

    /** A line of {@code search --format jsonl}. */
    public static Map<String, Object> hit(Hit hit) {
        return Json.hit(hit);
    }

    /** {@code article --format json} (no {@code focus}), or {@code show --format json} around paragraph {@code focus}. */
    public static Map<String, Object> article(ArticleView view, String focus) {
        return ArticlePrinter.object(view, focus);
    }

    /** An entry of {@code speakers --format json}. */
    public static Map<String, Object> speaker(SpeakerRegistry.Entry entry) {
        return SpeakersCommand.map(entry);
    }

    /** The exit code the commands end with after {@code e}. */
    public static int exitCode(PassagesException e) {
        return ExitCodes.of(e.kind());
    }

    /** The kind of {@code e} as the JSON error objects name it: {@code bad_query}, {@code usage}, ... */
    public static String kind(PassagesException e) {
        return e.kind().name().toLowerCase(Locale.ROOT);
    }
}
