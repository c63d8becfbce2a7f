package dev.passages.search;

import dev.passages.index.Schema;
import dev.passages.index.StemPatternQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classic parser with passages' fields: {@code id:<article>#<n>} names a paragraph (which has no id
 * field of its own), a field written in capitals is that field, a date field or a near miss of a field is
 * refused with a message, and words joined by a colon ({@code 10:30}) are words.
 */
final class FieldAwareParser extends MultiFieldQueryParser {

    /** A field name as a user writes one: letters, digits and underscores after a letter. */
    private static final Pattern FIELD_NAME = Pattern.compile("\\p{L}[\\p{L}\\d_]*");

    /** The queries that stand for words searched in every default field, by identity; null when not kept. */
    private final Set<Query> expansions;

    /** @param expansions receives each query that searches words in every default field ({@link ParsedQuery}); may be null */
    FieldAwareParser(String[] fields, Analyzer analyzer, Map<String, Float> weights, Set<Query> expansions) {
        super(fields, analyzer, weights);
        this.expansions = expansions;
    }

    @Override
    protected Query getMultiFieldQuery(List<Query> queries) throws ParseException {
        Query q = super.getMultiFieldQuery(queries);
        if (q != null && expansions != null) {
            expansions.add(q);
        }
        return q;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return fieldQuery(field, queryText, (f, text) -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return fieldQuery(field, queryText, (f, text) -> super.getFieldQuery(f, text, slop));
    }

    /** The classic parser's query for words in a field (null: the default fields), quoted or with a slop. */
    private interface WordsQuery {
        Query in(String field, String text) throws ParseException;
    }

    /**
     * {@code field:queryText} as {@code words} makes it, but for two cases: id:<article>#<n> names a paragraph,
     * which has no id field of its own (Schema.paragraphQuery), and a name that is no field is words.
     */
    private Query fieldQuery(String field, String queryText, WordsQuery words) throws ParseException {
        field = canonical(field);
        if (!known(field)) {
            // not a field but words with a colon between them ("10:30"): the words
            return words.in(null, field + " " + queryText);
        }
        return Schema.ID.equals(field) ? paragraph(queryText) : words.in(field, queryText);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(wholeId(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(wholeId(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(wholeId(field), termStr, minSimilarity);
    }

    /** The fields analysed as prose, which hold stems: patterns on them match words as written ({@link StemPatternQuery}). */
    private static final Set<String> STEMMED = Set.of(Schema.TEXT, Schema.TITLE);

    @Override
    protected Query newWildcardQuery(Term t) {
        return STEMMED.contains(t.field()) ? new StemPatternQuery(t, StemPatternQuery.Kind.WILDCARD) : super.newWildcardQuery(t);
    }

    @Override
    protected Query newPrefixQuery(Term prefix) {
        return STEMMED.contains(prefix.field()) ? new StemPatternQuery(prefix, StemPatternQuery.Kind.PREFIX)
                : super.newPrefixQuery(prefix);
    }

    /** Regular endings a word typed with a fuzzy mark may carry, which its stem in the index does not. */
    private static final List<String> FUZZY_ENDINGS = List.of("ing", "es", "ed", "s");

    /**
     * A fuzzy word on a stemmed field: the classic fuzzy query of the word, and, when it ends as an inflection does,
     * of the word without that ending ({@code refugess~1} finds {@code refugee} through {@code refuges~1}), each
     * keeping the closest spellings first and at most its fifty.
     */
    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        Query asTyped = super.newFuzzyQuery(term, minimumSimilarity, prefixLength);
        if (!STEMMED.contains(term.field())) {
            return asTyped;
        }
        String word = term.text();
        for (String ending : FUZZY_ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                Term stem = new Term(term.field(), word.substring(0, word.length() - ending.length()));
                return new BooleanQuery.Builder()
                        .add(asTyped, BooleanClause.Occur.SHOULD)
                        .add(super.newFuzzyQuery(stem, minimumSimilarity, prefixLength), BooleanClause.Occur.SHOULD)
                        .build();
            }
        }
        return asTyped;
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(wholeId(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        return super.getRangeQuery(wholeId(field), part1, part2, startInclusive, endInclusive);
    }

    /** A query field named in capitals ({@code TEXT:}, {@code Speaker:}) as the field; any other name as it is. */
    private String canonical(String field) {
        return field != null && QuerySyntax.QUERY_FIELDS.contains(field.toLowerCase(Locale.ROOT)) ? field.toLowerCase(Locale.ROOT) : field;
    }

    /**
     * Whether {@code field} (null: the default fields) is one to search. A word written as a field that
     * is meant as one, a date or a near miss of a field ({@code date:}, {@code titel:}, {@code Speaker:}),
     * is refused rather than matching nothing unsaid; any other ({@code Note: oil}, {@code 10:30}) is
     * words, searched as such.
     */
    private boolean known(String field) throws ParseException {
        if (field == null || field.equals("*") || QuerySyntax.QUERY_FIELDS.contains(field) || List.of(fields).contains(field)) {
            return true;
        }
        if (!FIELD_NAME.matcher(field).matches()) {
            return false;
        }
        String lower = field.toLowerCase(Locale.ROOT);
        boolean date = lower.equals("date") || lower.equals("from") || lower.equals("to");
        String near = QuerySyntax.nearestField(lower);
        if (!date && near == null) {
            return false;
        }
        throw new ParseException("no field '" + field + ":' to search ("
                + (date ? "dates go in --from and --to" : "did you mean " + near + ":?")
                + "); the fields are " + String.join(", ", QuerySyntax.QUERY_FIELDS) + " (quote the words to search them as written)");
    }

    /** {@code field}, unless it is the paragraph id (no terms for a pattern or range to expand), or null for words joined by a colon. */
    private String wholeId(String field) throws ParseException {
        field = canonical(field);
        if (!known(field)) {
            return null; // words with a colon between them: the pattern over the default fields
        }
        if (Schema.ID.equals(field)) {
            throw new ParseException("id: takes a whole paragraph id (<article>#<n>, as search prints it);"
                    + " for a pattern, use article:");
        }
        return field;
    }

    /** The paragraph with this id, or none when it is not an id as passages writes them. */
    private static Query paragraph(String id) {
        Query q = Schema.paragraphQuery(id.strip());
        return q == null ? new MatchNoDocsQuery("not a paragraph id: " + id) : new ConstantScoreQuery(q);
    }
}
