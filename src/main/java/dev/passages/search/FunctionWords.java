package dev.passages.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drops the question and function words of a plain query, which are no evidence of what a passage is about. */
final class FunctionWords {

    private FunctionWords() {
    }

    /**
     * Question words, auxiliaries, pronouns, determiners and prepositions that English stop words leave in.
     * General English only; words that carry meaning in news questions ({@code say}, {@code not}) stay.
     */
    static final Set<String> WORDS = Set.of(
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "do", "does", "did", "done", "doing", "have", "has", "had", "having", "am", "is", "are", "was", "were",
            "be", "been", "being", "can", "could", "shall", "should", "will", "would", "might", "must",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "its", "they",
            "them", "their", "from", "about", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with",
            "into", "onto", "than", "that", "this", "these", "those", "there", "any", "some", "many", "much");

    /** Syntax that makes the query more than words: then it is left as written. Quotes and end marks are allowed. */
    private static final Pattern SYNTAX = Pattern.compile("[():+*~^\\[\\]{}\\\\/]|(^|\\s)[-!]|\\b(AND|OR|NOT|TO)\\b|&&|\\|\\|");
    /** A word and the punctuation of writing after it ({@code demand?}, {@code Taliban,}). */
    private static final Pattern WORD = Pattern.compile("(\\p{L}+)[?!.,;]*");

    /**
     * The query without its function words: a word of {@link #WORDS} outside quotes, written in lower case
     * or, as the first word, capitalised ({@code What}); an acronym in capitals ({@code WHO}) and a
     * capitalised word inside the query ({@code May}) are kept. A query with operators or fields, or of
     * function words only, is returned as it is.
     */
    static String strip(String query) {
        if (query == null || SYNTAX.matcher(query).find()) {
            return query;
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        boolean content = false;
        for (String token : query.trim().split("\\s+")) {
            boolean inQuotes = quoted || token.startsWith("\"");
            quoted ^= (token.chars().filter(c -> c == '"').count() % 2) == 1;
            if (!inQuotes && function(token, first)) {
                first = false;
                continue;
            }
            first = false;
            content = true;
            out.append(out.isEmpty() ? "" : " ").append(token);
        }
        return content ? out.toString() : query;
    }

    /** Whether a plain query asks for a quantity ({@code how many}, {@code how much}), which a figure answers. */
    static boolean asksForNumber(String query) {
        return query != null && HOW_MANY.matcher(query).lookingAt() && !SYNTAX.matcher(query).find();
    }

    /**
     * The word a plain {@code how many} or {@code how much} question counts ({@code Afghans} in {@code how many
     * Afghans were deported?}), as typed; null when the question has none ({@code how much did they pay}) or is
     * no such question.
     */
    static String counted(String query) {
        if (!asksForNumber(query)) {
            return null;
        }
        Matcher m = COUNTED.matcher(query);
        return m.lookingAt() && !WORDS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(1) : null;
    }

    /** Whether a plain query asks for a cause ({@code why}), which a passage that gives one answers. */
    static boolean asksForReason(String query) {
        return query != null && WHY.matcher(query).lookingAt() && !SYNTAX.matcher(query).find();
    }

    private static final Pattern WHY = Pattern.compile("\\s*why\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COUNTED = Pattern.compile("\\s*how\\s+(?:many|much)\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern HOW_MANY = Pattern.compile("\\s*how\\s+(many|much)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean function(String token, boolean first) {
        Matcher m = WORD.matcher(token);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean written = word.equals(lower)
                || (first && word.length() > 1 && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT)));
        return written && WORDS.contains(lower);
    }
}
