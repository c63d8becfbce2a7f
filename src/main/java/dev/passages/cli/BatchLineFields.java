package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.PassagesException;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The fields of one JSON line of a batch, each read as the JSON type it must have (a string where text or a date
 * goes, a whole number for a count...), a wrong one refused in a message that names the line and the field.
 * A field given as null counts as not given.
 */
final class BatchLineFields {

    /** The fields a line may give, in the order messages name them; any other is refused. */
    static final List<String> FIELDS = List.of("id", "query", "speaker", "speakers", "with_spokespeople", "from", "to",
            "limit", "offset", "sort");
    static final Set<String> KEYS = Set.copyOf(FIELDS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode node;
    private final int lineNumber;
    private final RequestParts parts;

    private BatchLineFields(JsonNode node, int lineNumber) {
        this.node = node;
        this.lineNumber = lineNumber;
        this.parts = RequestParts.batchLine(lineNumber);
    }

    /** Line {@code lineNumber}, which must be one JSON object. */
    static BatchLineFields parse(String line, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "line " + lineNumber + ": malformed JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new PassagesException(PassagesException.Kind.USAGE, "line " + lineNumber + ": not a JSON object");
        }
        return new BatchLineFields(node, lineNumber);
    }

    /**
     * The line's {@code id} as text, or {@code otherwise} when it gives none or none of the right type (which
     * {@link #request} refuses): what the record of the line's answer, or of its error, names it by.
     */
    String id(String otherwise) {
        JsonNode id = given("id");
        return id != null && idType(id) ? id.asText() : otherwise;
    }

    /** The line's query text, or "" when it gives none or none of the right type (which {@link #request} refuses). */
    String query() {
        JsonNode q = given("query");
        return q != null && q.isTextual() ? q.asText() : "";
    }

    private static boolean idType(JsonNode id) {
        return id.isTextual() || id.isNumber();
    }

    /** Refuses a field no query takes. */
    private void checkKeys() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new PassagesException(PassagesException.Kind.USAGE, "line " + lineNumber + ": unknown field '"
                        + key + "' (known: " + String.join(", ", FIELDS) + ")");
            }
        }
    }

    /**
     * The search the line asks for, each option it leaves out taken from {@code defaults} (the command line's),
     * the limit from {@code defaultLimit} (null: the default for a query or a listing); the command line's
     * {@code --mode} ranks every line.
     */
    SearchRequest request(SearchRequest defaults, Integer defaultLimit) {
        checkKeys();
        JsonNode id = given("id");
        if (id != null && !idType(id)) {
            throw parts.wrongType("id", "a string or a number", id);
        }
        JsonNode query = given("query");
        if (query != null && !query.isTextual()) {
            throw parts.wrongType("query", "a string", query);
        }
        List<String> speakers = new ArrayList<>(defaults.speakers());
        speakers.addAll(names("speaker"));
        speakers.addAll(names("speakers"));
        JsonNode limit = given("limit");
        JsonNode offset = given("offset");
        boolean spokespeople = withSpokespeople(defaults.withSpokespeople());
        if (spokespeople && speakers.isEmpty()) {
            // as on the command line: the spokespeople of no organisation are nobody's
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "line " + lineNumber + ": with_spokespeople needs a speaker (an organisation)");
        }
        return parts.request(query(), speakers, date("from", defaults.from()), date("to", defaults.to()), sort(defaults),
                        limit == null ? defaultLimit : Integer.valueOf(parts.count("limit", limit)), defaults.allCopies(),
                        offset == null ? defaults.offset() : parts.count("offset", offset))
                .withMode(defaults.mode())
                .withSpokespeople(spokespeople);
    }

    /** The names of {@code key}: one name as a string, or an array of them. */
    private List<String> names(String key) {
        JsonNode value = given(key);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : value.isArray() ? value : List.of(value)) {
            if (!name.isTextual()) {
                throw parts.wrongType(key, "a name or a list of names", value);
            }
            names.add(name.asText());
        }
        return names;
    }

    /** A date field: a string (YYYY, YYYY-MM or YYYY-MM-DD) or a year as a whole number. */
    private LocalDate date(String key, LocalDate otherwise) {
        JsonNode value = given(key);
        if (value == null) {
            return otherwise;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw parts.wrongType(key, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", value);
        }
        return key.equals("from") ? parts.from(value.asText()) : parts.to(value.asText());
    }

    private SortOrder sort(SearchRequest defaults) {
        JsonNode value = given("sort");
        if (value == null) {
            return defaults.sort();
        }
        if (!value.isTextual()) {
            throw parts.wrongType("sort", "relevance, date or chronological", value);
        }
        return parts.sort(value.asText());
    }

    /** The line's {@code with_spokespeople}, true or false, or {@code otherwise} when it has none. */
    private boolean withSpokespeople(boolean otherwise) {
        JsonNode w = given("with_spokespeople");
        if (w == null) {
            return otherwise;
        }
        if (!w.isBoolean()) {
            throw parts.wrongType("with_spokespeople", "true or false", w);
        }
        return w.booleanValue();
    }

    /** The value of {@code key}, or null when the line gives none or gives null. */
    private JsonNode given(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }
}
