package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the user's text in the classic query syntax
 * over paragraph text and title, a proximity boost for plain multi-word queries, and filters.
 * The one place where query semantics live, so that another backend can reuse them.
 */
public final class QueryBuilder {

    /** Title words count, but less than the paragraph's own words. */
    static final float TITLE_BOOST = 0.3f;
    /** Sequential-dependence-style proximity: words near each other in a paragraph score higher. */
    static final int PROXIMITY_SLOP = 8;
    static final float PROXIMITY_BONUS = 0.5f;
    private static final int MAX_QUERY_CHARS = 10_000;
    /** Deeper nesting than this is no real query, and the parser recurses once per level. */
    private static final int MAX_NESTING = 64;

    private static final Pattern SYNTAX = Pattern.compile("[\"():+\\-*?~^\\[\\]{}\\\\/!]|\\b(AND|OR|NOT|TO)\\b");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"?\\s*(.*?)\"? at line");

    /** Speaker names count in ranking, less than the words of the paragraph itself. */
    static final float SPEAKER_BOOST = 0.5f;

    private final Analyzer analyzer;
    private final Function<String, Collection<String>> speakerKeys;

    public QueryBuilder() {
        this(Analyzers.forSchema(), name -> List.of());
    }

    /**
     * @param speakerKeys the article-level speaker keys a {@code --speaker} name stands for (empty when none)
     */
    public QueryBuilder(Analyzer analyzer, Function<String, Collection<String>> speakerKeys) {
        this.analyzer = analyzer;
        this.speakerKeys = speakerKeys;
    }

    /** The full query: text (if any) as the scoring part, filters as non-scoring clauses. */
    public Query build(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean anything = false;
        if (request.hasQueryText()) {
            b.add(textQuery(request.query()), BooleanClause.Occur.MUST);
            anything = true;
        }
        for (Query filter : filters(request)) {
            b.add(filter, BooleanClause.Occur.FILTER);
            anything = true;
        }
        if (!anything) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "empty query: give query text, or a filter such as --from");
        }
        if (!request.hasQueryText()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /**
     * The user's text as scored: the parsed query, plus for plain multi-word queries a proximity
     * bonus. The bonus is the unordered-window feature of the sequential dependence model: each
     * pair of neighbouring query words found within a window of {@value #PROXIMITY_SLOP} words adds
     * a constant, so closeness lifts a passage above ones where the words lie far apart, without
     * rewarding an accidental exact adjacency more than a natural phrasing.
     */
    public Query textQuery(String text) {
        Query parsed = parse(text);
        if (SYNTAX.matcher(text).find()) {
            return parsed;
        }
        List<String> terms = analyze(Schema.TEXT, text);
        if (terms.size() < 2) {
            return parsed;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (terms.get(i).equals(terms.get(i + 1))) {
                continue;
            }
            PhraseQuery window = new PhraseQuery(PROXIMITY_SLOP, Schema.TEXT, terms.get(i), terms.get(i + 1));
            b.add(new BoostQuery(new ConstantScoreQuery(window), PROXIMITY_BONUS), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The user's text parsed in the classic syntax over text and title: what the highlighter marks. */
    public Query parse(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query is " + text.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
        }
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.max(deepest, depth);
        }
        if (deepest > MAX_NESTING) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query nests brackets " + deepest + " deep; the limit is " + MAX_NESTING);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TEXT, Schema.TITLE, Schema.SPEAKER},
                analyzer, Map.of(Schema.TEXT, 1f, Schema.TITLE, TITLE_BOOST, Schema.SPEAKER, SPEAKER_BOOST));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        Query parsed;
        try {
            parsed = parser.parse(text);
        } catch (ParseException e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY, describe(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query has too many terms (limit " + IndexSearcher.getMaxClauseCount() + ")", e);
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY, "query '" + Sanitize.oneLine(shorten(text))
                    + "' is too complex (" + (e.getMessage() == null ? "regular expression or wildcard" : Sanitize.oneLine(shorten(e.getMessage()))) + ")", e);
        }
        if (parsed == null || (parsed instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query '" + Sanitize.oneLine(text) + "' has no searchable words (only stop words or punctuation)");
        }
        return parsed;
    }

    private List<Query> filters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (!request.speakers().isEmpty()) {
            Set<BytesRef> keys = new LinkedHashSet<>();
            for (String name : request.speakers()) {
                if (name == null || name.isBlank()) {
                    throw new PassagesException(PassagesException.Kind.USAGE, "--speaker needs a name");
                }
                speakerKeys.apply(name).forEach(k -> keys.add(new BytesRef(k)));
            }
            filters.add(keys.isEmpty() ? new MatchNoDocsQuery("no such speaker") : new TermInSetQuery(Schema.SPEAKER_KEY, keys));
        }
        if (request.from() != null || request.to() != null) {
            LocalDate from = request.from() == null ? LocalDate.MIN : request.from();
            LocalDate to = request.to() == null ? LocalDate.MAX : request.to();
            if (from.isAfter(to)) {
                throw new PassagesException(PassagesException.Kind.USAGE,
                        "--from " + from + " is after --to " + to);
            }
            filters.add(LongField.newRangeQuery(Schema.DATE, from.toEpochDay(), to.toEpochDay()));
        }
        return filters;
    }

    private List<String> analyze(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** One line: what is wrong and where, without the parser's grammar dump. */
    static String describe(String text, ParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String shown = Sanitize.oneLine(shorten(text));
        Matcher column = COLUMN.matcher(message);
        Matcher encountered = ENCOUNTERED.matcher(message);
        if (column.find()) {
            String what = encountered.find() && !encountered.group(1).contains("<EOF>")
                    ? "unexpected '" + encountered.group(1).replaceAll("^<[A-Z_]+>\\s*\"?", "").replace("\"", "") + "'"
                    : "unexpected end of query";
            return "cannot parse query '" + shown + "': " + what + " at column " + column.group(1)
                    + " (check brackets, quotes and AND/OR/NOT; put quotes around special characters)";
        }
        String first = message.lines().findFirst().orElse("syntax error").replaceFirst("^Cannot parse '.*?': ", "");
        return "cannot parse query '" + shown + "': " + first;
    }
}
