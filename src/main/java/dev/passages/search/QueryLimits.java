package dev.passages.search;

import dev.passages.PassagesException;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The bounds on what one search may ask, checked before any work: each costs time in proportion to its
 * size before a single match is scored (a speaker's name is compared with every known name, each pattern
 * is matched against the whole term dictionary), so a time limit on scoring alone could not stop it.
 */
final class QueryLimits {

    /** The longest speaker name: the longest of a news corpus's names and titles is under a hundred characters. */
    static final int MAX_SPEAKER_CHARS = 200;
    /** The most speakers one search may name. */
    static final int MAX_SPEAKERS = 50;
    /**
     * The most fuzzy, wildcard, prefix, regular-expression and range terms in one query: each is matched
     * against the term dictionary of every field it searches (100 fuzzy terms took 8 s over Reuters-21578).
     */
    static final int MAX_PATTERNS = 32;

    private QueryLimits() {
    }

    /** The names of {@code --speaker}, refused when too many or one too long. */
    static void checkSpeakers(List<String> names) {
        if (names.size() > MAX_SPEAKERS) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--speaker given " + names.size() + " times; the limit is " + MAX_SPEAKERS);
        }
        for (String name : names) {
            if (name != null && name.length() > MAX_SPEAKER_CHARS) {
                throw new PassagesException(PassagesException.Kind.USAGE, "--speaker '" + Sanitize.oneLine(name.substring(0, 40))
                        + "...' is " + name.length() + " characters long; the limit is " + MAX_SPEAKER_CHARS);
            }
        }
    }

    /** A parsed query, refused when it holds more pattern terms than {@link #MAX_PATTERNS}. */
    static void checkPatterns(Query parsed) {
        Set<String> patterns = new HashSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                if (query instanceof MultiTermQuery m) {
                    patterns.add(m.toString(m.getField()));
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                // one pattern searched in several fields counts once
                patterns.add(query instanceof MultiTermQuery m ? m.toString(m.getField()) : query.toString(field));
            }
        });
        if (patterns.size() > MAX_PATTERNS) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY, "query has " + patterns.size()
                    + " fuzzy, wildcard, prefix, regular-expression or range terms; the limit is " + MAX_PATTERNS);
        }
    }
}
