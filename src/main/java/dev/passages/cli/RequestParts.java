package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passages.PassagesException;
import dev.passages.search.DateBound;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Builds and checks the {@link SearchRequest} of a command line or of a batch line, with one wording for each
 * bad part: the culprit is named as its source spells it ({@code --limit} on the command line, {@code limit}
 * in a batch line, after the line's number).
 */
final class RequestParts {

    /** Passages a listing without query text returns unless told otherwise: a listing is read whole, not skimmed. */
    static final int LISTING_LIMIT = 500;
    /** Passages a query returns unless told otherwise. */
    static final int QUERY_LIMIT = 10;
    /** Characters of a wrong JSON value a message shows: a batch line may be a megabyte long. */
    private static final int SHOWN_VALUE = 60;

    /** The parts of a command line's options. */
    static final RequestParts COMMAND_LINE = new RequestParts("", "--");

    private final String where;
    private final String prefix;

    private RequestParts(String where, String prefix) {
        this.where = where;
        this.prefix = prefix;
    }

    /** The parts of line {@code number} of a batch, JSON fields named as they are. */
    static RequestParts batchLine(int number) {
        return new RequestParts("line " + number + ": ", "");
    }

    /** The search these parts ask for; {@code limit} null takes the default for the query. */
    SearchRequest request(String query, List<String> speakers, LocalDate from, LocalDate to, SortOrder sort,
                          Integer limit, boolean allCopies, int offset) {
        for (String name : speakers == null ? List.<String>of() : speakers) {
            if (name == null || name.isBlank()) {
                throw usage(prefix + "speaker needs a name");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage(prefix + "from " + from + " is after " + prefix + "to " + to);
        }
        return new SearchRequest(query, speakers, from, to, sort, count("limit", limit(limit, query)), allCopies,
                count("offset", offset));
    }

    /** The limit given, else {@value #QUERY_LIMIT} for a query and {@value #LISTING_LIMIT} for a listing without query text. */
    static int limit(Integer given, String query) {
        return given != null ? given : query == null || query.isBlank() ? LISTING_LIMIT : QUERY_LIMIT;
    }

    /** A number of passages or paragraphs, which must be 0 or more. */
    int count(String name, long n) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw usage(prefix + name + " must be 0 or more, not " + n);
        }
        return (int) n;
    }

    /** A count given as a JSON value, which must be a whole number, 0 or more. */
    int count(String name, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(name, "a whole number, 0 or more", value);
        }
        return count(name, value.asInt());
    }

    /** The refusal of a JSON {@code value} of the wrong type or range for field {@code name}: it must be {@code what}. */
    PassagesException wrongType(String name, String what, JsonNode value) {
        String shown = value.toString();
        shown = shown.length() <= SHOWN_VALUE ? shown : shown.substring(0, SHOWN_VALUE - 3) + "...";
        return usage(prefix + name + " must be " + what + ", not " + Sanitize.oneLine(shown));
    }

    /** The first day of a {@code from} date. */
    LocalDate from(String value) {
        try {
            return DateBound.start(value, prefix + "from");
        } catch (PassagesException e) {
            throw usage(e.getMessage());
        }
    }

    /** The last day of a {@code to} date. */
    LocalDate to(String value) {
        try {
            return DateBound.end(value, prefix + "to");
        } catch (PassagesException e) {
            throw usage(e.getMessage());
        }
    }

    /** A sort order by its name, in any case. */
    SortOrder sort(String value) {
        try {
            return SortOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(prefix + "sort must be relevance, date or chronological, not '" + value + "'");
        }
    }

    private PassagesException usage(String message) {
        return new PassagesException(PassagesException.Kind.USAGE, where + message);
    }
}
