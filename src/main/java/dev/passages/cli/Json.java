package dev.passages.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passages.search.Hit;
import dev.passages.search.SearchResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of passages' output; field names here are a contract (see the README). */
final class Json {

    /** Names the shape of every JSON object we print; bumped only when a field is renamed or removed. */
    static final String SCHEMA = "passages/1";

    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    static Map<String, Object> hit(Hit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("rank", hit.rank());
        m.put("id", hit.id());
        m.put("article", hit.article());
        m.put("paragraph", hit.paragraph());
        m.put("date", hit.date() == null ? null : hit.date().toString());
        m.put("title", hit.title());
        m.put("source", hit.source());
        m.put("url", hit.url());
        m.put("score", hit.score());
        m.put("text", hit.text());
        List<int[]> spans = new ArrayList<>();
        for (Hit.Span s : hit.highlights()) {
            spans.add(new int[] {s.start(), s.end()});
        }
        m.put("highlights", spans);
        m.put("speakers", hit.speakers().stream().map(Json::speaker).toList());
        return m;
    }

    static Map<String, Object> speaker(Hit.SpeakerRef s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("cue", s.cue());
        m.put("trigger", s.trigger());
        return m;
    }

    static Map<String, Object> result(SearchResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("query", result.request().query());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("speakers", result.request().speakers());
        filters.put("from", result.request().from() == null ? null : result.request().from().toString());
        filters.put("to", result.request().to() == null ? null : result.request().to().toString());
        m.put("filters", filters);
        m.put("sort", result.request().sort().name().toLowerCase(java.util.Locale.ROOT));
        m.put("total", result.total());
        m.put("returned", result.hits().size());
        m.put("hits", result.hits().stream().map(Json::hit).toList());
        m.put("notes", result.notes());
        return m;
    }
}
