package dev.passages.search;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a query is asked as a question ("why is Pakistan expelling Afghan migrants", "did the talks resume?"):
 * it ends with a question mark or begins with an English question word or auxiliary verb. Such a query describes
 * what it wants in words a passage need not repeat, where the vectors help most.
 */
final class QuestionWords {

    private static final Set<String> OPENERS = Set.of("what", "who", "whom", "whose", "which", "when", "where", "why",
            "how", "did", "do", "does", "is", "are", "was", "were", "can", "could", "will", "would", "should", "has",
            "have", "had");

    private QuestionWords() {
    }

    static boolean isQuestion(String query) {
        String q = query.strip();
        if (q.endsWith("?")) {
            return true;
        }
        int space = q.indexOf(' ');
        // one word alone is a name or a topic, even "will"
        return space > 0 && OPENERS.contains(q.substring(0, space).toLowerCase(Locale.ROOT));
    }
}
