package dev.passages.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes for a query that reads one way and is searched another: a lower-case {@code and}, {@code or} or
 * {@code not} between words (a word, not an operator), a {@code speaker:} field beside other words
 * (one more word to match, not a filter as {@code --speaker} is), and a wildcard in a {@code speaker:} word.
 */
public final class QueryHints {

    /** A lower-case operator word between two other words, outside quotes (checked separately). */
    private static final Pattern LOWER_OPERATOR = Pattern.compile("(?<=\\S)\\s+(and|or|not)\\s+(?=\\S)");
    /** An operator in capitals, or a required or excluded word: the query says how its words combine. */
    private static final Pattern COMBINED = Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||(^|\\s)[+\\-!]");
    private static final Pattern SPEAKER_FIELD = Pattern.compile("(?i)(^|[\\s(+\\-])speaker:");
    /** A {@code speaker:} word with a wildcard in it. */
    private static final Pattern SPEAKER_PATTERN = Pattern.compile("(?i)(^|[\\s(+\\-])speaker:[^\\s\"()]*[*?]");

    private QueryHints() {
    }

    /** The notes for {@code query} (none for a query that means what it seems to). */
    public static List<String> of(String query) {
        List<String> notes = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return notes;
        }
        String unquoted = query.replaceAll("\"[^\"]*\"", "\"\"");
        Matcher m = LOWER_OPERATOR.matcher(unquoted);
        if (m.find()) {
            String word = m.group(1);
            notes.add("'" + word + "' in lower case is no operator (any of the words may match); write "
                    + word.toUpperCase(Locale.ROOT) + " to " + switch (word) {
                        case "and" -> "require both sides";
                        case "or" -> "say either side will do";
                        default -> "leave out what follows";
                    });
        }
        if (SPEAKER_FIELD.matcher(unquoted).find() && !COMBINED.matcher(unquoted).find()
                && unquoted.strip().split("\\s+").length > 1) {
            notes.add("speaker: in a query is one more word to match, so passages of other speakers match too;"
                    + " --speaker NAME keeps only that speaker's passages");
        }
        if (SPEAKER_PATTERN.matcher(unquoted).find()) {
            notes.add("a wildcard in speaker: matches no name (names are indexed by how they sound, so that spellings"
                    + " meet); write the name, any spelling, or NAME~ for one near it");
        }
        return notes;
    }
}
