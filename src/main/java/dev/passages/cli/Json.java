package dev.passages.cli;

import dev.passages.attribution.Affiliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passages.search.Hit;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of passages' output; field names here are a contract (see the README). */
final class Json {

    /** Names the shape of every JSON object we print; bumped only when a field is renamed or removed. */
    static final String SCHEMA = "passages/1";

    private final ObjectMapper mapper = mapper();

    /** A new object of our output: its schema field first, then the fields in the order they are put. */
    static Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        return m;
    }

    /** A date as our JSON writes it: ISO {@code yyyy-mm-dd}, or null when the article has none. */
    static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Puts where an article comes from, in the order every article object lists it: source, url, byline. */
    static void putOrigin(Map<String, Object> m, String source, String url, String byline) {
        m.put("source", source);
        m.put("url", url);
        m.put("byline", byline);
    }

    /**
     * Jackson escapes C0 controls as JSON requires; DEL, the C1 controls, the bidirectional controls and
     * the line and paragraph separators (those {@link Sanitize#unsafe} names) are escaped too, as
     * {@code \}{@code uHHHH}: JSON read by a program gives the same strings, and JSON shown on a terminal
     * (a pager, {@code cat}) cannot act on it.
     */
    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        m.getFactory().setCharacterEscapes(TerminalSafeEscapes.INSTANCE);
        return m;
    }

    /** The escapes of {@link #mapper()}. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        private TerminalSafeEscapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xFFFF && Sanitize.unsafe((char) ch)
                    ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    static Map<String, Object> hit(Hit hit) {
        Map<String, Object> m = object();
        m.put("rank", hit.rank());
        m.put("id", hit.id());
        m.put("article", hit.article());
        m.put("paragraph", hit.paragraph());
        m.put("date", isoDate(hit.date()));
        m.put("title", hit.title());
        putOrigin(m, hit.source(), hit.url(), hit.byline());
        m.put("score", hit.score());
        m.put("text", hit.text());
        List<int[]> spans = new ArrayList<>();
        for (Hit.Span s : hit.highlights()) {
            spans.add(new int[] {s.start(), s.end()});
        }
        m.put("highlights", spans);
        m.put("speakers", hit.speakers().stream().map(Json::speaker).toList());
        m.put("also_reported_by", hit.copies().stream().map(c -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("id", c.id());
            copy.put("article", c.article());
            copy.put("source", c.source());
            copy.put("date", isoDate(c.date()));
            return copy;
        }).toList());
        if (hit.foundBy() != null) {
            m.put("found_by", hit.foundBy());
        }
        return m;
    }

    static Map<String, Object> speaker(Hit.SpeakerRef s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("cue", s.cue());
        m.put("trigger", s.trigger());
        m.put("affiliations", affiliations(s.affiliations()));
        return m;
    }

    /** A speaker's posts as its article states them: role and organisation. */
    static List<Map<String, Object>> affiliations(List<Affiliation> posts) {
        return posts.stream().map(a -> JsonObjects.fields("role", a.role(), "organisation", a.organisation())).toList();
    }

    /** Names of the fields of a hit object, in order: what {@code --fields} may choose from. */
    static final List<String> HIT_FIELDS = List.of("rank", "id", "article", "paragraph", "date", "title", "source",
            "url", "byline", "score", "text", "highlights", "speakers", "also_reported_by", "found_by");

    /** A hit with only the chosen fields (all when {@code fields} is null); {@code schema} always. */
    static Map<String, Object> hit(Hit hit, List<String> fields) {
        Map<String, Object> all = hit(hit);
        if (fields == null) {
            return all;
        }
        Map<String, Object> m = object();
        fields.forEach(f -> m.put(f, all.get(f)));
        return m;
    }

    /**
     * The last line of {@code search --format jsonl}: what the hits before it were taken from, told from a hit
     * by its {@code summary} field.
     */
    static Map<String, Object> summary(SearchResult result) {
        Map<String, Object> m = object();
        m.put("summary", true);
        m.put("query", result.request().query());
        m.put("total", result.total());
        m.put("total_exact", result.totalExact());
        m.put("partial", result.partial());
        m.put("offset", result.request().offset());
        m.put("returned", result.hits().size());
        return m;
    }

    static Map<String, Object> error(String id, String query, dev.passages.PassagesException e) {
        Map<String, Object> m = object();
        m.put("id", id);
        m.put("query", query);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        error.put("message", e.getMessage());
        m.put("error", error);
        return m;
    }

    static Map<String, Object> result(SearchResult result) {
        return result(result, null);
    }

    static Map<String, Object> result(SearchResult result, List<String> fields) {
        Map<String, Object> m = object();
        m.put("query", result.request().query());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("speakers", result.request().speakers());
        filters.put("with_spokespeople", result.request().withSpokespeople());
        filters.put("from", result.request().from() == null ? null : result.request().from().toString());
        filters.put("to", result.request().to() == null ? null : result.request().to().toString());
        m.put("filters", filters);
        m.put("sort", result.request().sort().name().toLowerCase(java.util.Locale.ROOT));
        m.put("total", result.total());
        m.put("total_exact", result.totalExact());
        m.put("partial", result.partial());
        m.put("offset", result.request().offset());
        m.put("returned", result.hits().size());
        m.put("hits", result.hits().stream().map(h -> hit(h, fields)).toList());
        m.put("notes", result.notes());
        m.put("suggestion", result.suggestion());
        return m;
    }
}
