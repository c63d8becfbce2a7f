package dev.passages.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A query's text parsed once for both phases of a search ({@link QuerySyntax#parseForPhases}): what matches
 * and is first scored, over paragraph text and speaker names, and the clauses on the title, which the second
 * phase scores ({@link SecondPhase}); the title's analysis is the text's, so each title clause stands beside
 * the text clause of the same words.
 *
 * @param match the query over text and speaker names, with the fields the user named
 * @param title the same query with words searched in every default field kept on the title alone (the fields
 *              the user named are kept too, for the second phase to choose from); null when no word is left
 */
record ParsedQuery(Query match, Query title) {

    /**
     * Whether the match has words to rank by: not when it only leaves words out ({@code NOT refugees}, which
     * {@link QuerySyntax#fromAllPassages} makes every passage but those) or matches every passage ({@code *:*}),
     * where every match scores the same.
     */
    boolean ranksByWords() {
        Query q = match instanceof BoostQuery boost ? boost.getQuery() : match;
        if (q instanceof MatchAllDocsQuery) {
            return false;
        }
        return !(q instanceof BooleanQuery bq) || bq.clauses().stream()
                .anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT && !(c.getQuery() instanceof MatchAllDocsQuery));
    }

    /**
     * {@code raw} with each of its {@code expansions} (the clauses that search words in every default field)
     * cut down to the fields {@code keep} accepts; null when nothing is left. Words searched in several
     * fields per term ("U.S.-Japan") come as one group of field clauses per term: a group left empty goes, and
     * one group left alone stands for the term itself, as a parse over those fields alone would give it.
     */
    static Query onFields(Query raw, Set<Query> expansions, Predicate<String> keep) {
        if (expansions.contains(raw)) {
            return expansion((BooleanQuery) raw, keep);
        }
        if (raw instanceof BoostQuery boost) {
            Query inner = onFields(boost.getQuery(), expansions, keep);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (raw instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            int n = 0;
            for (BooleanClause c : bq.clauses()) {
                Query sub = onFields(c.getQuery(), expansions, keep);
                if (sub != null) {
                    b.add(sub, c.getOccur());
                    n++;
                }
            }
            return n == 0 && !bq.clauses().isEmpty() ? null : b.build();
        }
        return raw;
    }

    /** One query over every default field, its clauses on other fields dropped. */
    private static Query expansion(BooleanQuery q, Predicate<String> keep) {
        List<Query> kept = new java.util.ArrayList<>();
        boolean groups = false;
        for (BooleanClause c : q.clauses()) {
            if (c.getQuery() instanceof BooleanQuery group) {
                groups = true;
                Query g = fieldClauses(group, keep);
                if (g != null) {
                    kept.add(g);
                }
            } else if (keep.test(fieldOf(c.getQuery()))) {
                kept.add(c.getQuery());
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (groups && kept.size() == 1) {
            return kept.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        kept.forEach(k -> b.add(k, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** The clauses of one term's group on the fields kept, or null for none. */
    private static Query fieldClauses(BooleanQuery group, Predicate<String> keep) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (BooleanClause c : group.clauses()) {
            if (keep.test(fieldOf(c.getQuery()))) {
                b.add(c.getQuery(), c.getOccur());
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    private static String fieldOf(Query q) {
        return QueryTerms.fieldOf(q instanceof BoostQuery boost ? boost.getQuery() : q);
    }
}
