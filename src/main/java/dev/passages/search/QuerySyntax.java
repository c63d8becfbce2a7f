package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.ArticleQuery;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic query syntax as passages reads it: bounds on a query's size and nesting, the fields a query
 * may name, the punctuation of ordinary writing taken literally, title clauses widened to whole articles,
 * and a one-line message for what cannot be parsed.
 */
final class QuerySyntax {

    private static final int MAX_QUERY_CHARS = 10_000;
    /** Deeper nesting than this is no real query, and the parser recurses once per level. */
    private static final int MAX_NESTING = 64;
    /** The fields a query may name ({@code title:word}); the README lists them. */
    static final List<String> QUERY_FIELDS = List.of(Schema.TEXT, Schema.TITLE, Schema.SOURCE, Schema.ARTICLE, Schema.ID,
            Schema.SPEAKER);
    /** Query syntax beyond plain words (a hyphen inside a word, as in Tehrik-i-Taliban, is no operator). */
    private static final Pattern SYNTAX = Pattern.compile("[\"():+*?~^\\[\\]{}\\\\/!]|(^|\\s)-|\\b(AND|OR|NOT|TO)\\b");
    /** Question and exclamation marks ending words: writing, not syntax. */
    static final String END_MARKS = "(?<=[\\p{L}\\p{N}])[?!]+(?=\\s|$)";
    /**
     * A slash inside a word ({@code 2-1/2}, {@code wheat/corn}, {@code U.S./Japan}, the keys of JSON collections
     * as in {@code id:reut2-001/1370#2}), which the syntax would take for the start of a regular expression.
     */
    private static final Pattern SLASH_IN_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}.])/(?=[\\p{L}\\p{N}])");
    /** A question or exclamation mark ending a word ({@code what?}, {@code oil!}): punctuation, not a wildcard or NOT. */
    private static final Pattern MARK_AFTER_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}])([?!]+)(?=\\s|\\)|$)");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"?\\s*(.*?)\"? at line");
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(Schema.TEXT, 1f, Schema.TITLE, Ranking.TITLE_BOOST,
            Schema.SPEAKER, Ranking.SPEAKER_BOOST);

    private QuerySyntax() {
    }

    /** The text parsed in the classic syntax, plain words searched in {@code fields} with their weights. */
    static Query parse(Analyzer analyzer, String text, String... fields) {
        return fromAllPassages(checked(text, wholeArticles(raw(analyzer, text, null, fields))));
    }

    /**
     * The text parsed once for both phases of a search ({@link ParsedQuery}): plain words searched in the
     * paragraph text, the speaker names and the title, then split into what matches (text and speakers, as
     * {@code parse(analyzer, text, TEXT, SPEAKER)} reads it) and what the title adds in the second phase.
     */
    static ParsedQuery parseForPhases(Analyzer analyzer, String text) {
        return parseForPhases(analyzer, text, text);
    }

    /**
     * {@link #parseForPhases(Analyzer, String)} of {@code text} (the words left of {@code typed} when its function
     * words are dropped), which the user typed as {@code typed}: a refusal quotes what was typed.
     */
    static ParsedQuery parseForPhases(Analyzer analyzer, String text, String typed) {
        Set<Query> expansions = Collections.newSetFromMap(new IdentityHashMap<>());
        Query raw = raw(analyzer, text, expansions, Schema.TEXT, Schema.SPEAKER, Schema.TITLE);
        Query match = ParsedQuery.onFields(raw, expansions, field -> !Schema.TITLE.equals(field));
        Query title = ParsedQuery.onFields(raw, expansions, Schema.TITLE::equals);
        return new ParsedQuery(fromAllPassages(checked(typed, match == null ? null : wholeArticles(match))),
                title == null ? null : wholeArticles(title));
    }

    /** The text as the parser reads it, within the bounds on length and nesting; a one-line message for what fails. */
    private static Query raw(Analyzer analyzer, String text, Set<Query> expansions, String... fields) {
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
        FieldAwareParser parser = new FieldAwareParser(fields, analyzer, FIELD_WEIGHTS, expansions);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(literalPunctuation(text));
        } catch (ParseException e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY, describe(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY, "query '" + Sanitize.oneLine(shorten(text))
                    + "' is too complex (" + (e.getMessage() == null ? "regular expression or wildcard" : Sanitize.oneLine(shorten(e.getMessage()))) + ")", e);
        }
    }

    /**
     * The refusal of a query that makes more clauses than Lucene takes: each word searched in each field, each of its
     * spellings and acronyms, and each word a wildcard or fuzzy word matches is one.
     */
    static PassagesException tooManyTerms(IndexSearcher.TooManyClauses e) {
        return new PassagesException(PassagesException.Kind.BAD_QUERY, "query expands to too many terms (limit "
                + IndexSearcher.getMaxClauseCount() + "): use fewer words, or wildcards and fuzzy words that match fewer", e);
    }

    /** {@code parsed}, refused when it has no words to search or too many patterns. */
    private static Query checked(String text, Query parsed) {
        if (parsed == null || (parsed instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query '" + Sanitize.oneLine(shorten(text)) + "' has no searchable words (only stop words or punctuation)");
        }
        QueryLimits.checkPatterns(parsed);
        return parsed;
    }

    /**
     * {@code q} with each group of clauses that only leaves words out ({@code NOT refugees}, {@code -a -b}, also
     * inside brackets) given a clause that matches every passage: such a group then matches the passages without
     * those words, where a Lucene boolean query of prohibited clauses alone matches none.
     */
    static Query fromAllPassages(Query q) {
        if (q instanceof BoostQuery boost) {
            return new BoostQuery(fromAllPassages(boost.getQuery()), boost.getBoost());
        }
        if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        boolean onlyExcluded = true;
        for (BooleanClause c : bq.clauses()) {
            b.add(fromAllPassages(c.getQuery()), c.getOccur());
            onlyExcluded &= c.getOccur() == BooleanClause.Occur.MUST_NOT;
        }
        if (onlyExcluded) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /** Whether the text is words only, but for the marks that end a question or an exclamation. */
    static boolean plainWords(String text) {
        return !SYNTAX.matcher(text.replaceAll(END_MARKS, "")).find();
    }

    /**
     * Each clause on the title, which only an article's first paragraph carries, widened to every paragraph
     * of the article ({@link ArticleQuery}); the structure around it is kept.
     */
    private static Query wholeArticles(Query q) {
        return QueryTerms.mapLeaves(q, leaf -> Schema.TITLE.equals(QueryTerms.fieldOf(leaf)) ? new ArticleQuery(leaf) : leaf);
    }

    /** The query field {@code lower} misspells (at most two edits, in a name of three letters or more), or null. */
    static String nearestField(String lower) {
        org.apache.lucene.search.spell.LevenshteinDistance distance = new org.apache.lucene.search.spell.LevenshteinDistance();
        for (String f : QUERY_FIELDS) {
            if (f.length() >= 3 && distance.getDistance(lower, f) >= 1f - 2f / Math.max(lower.length(), f.length())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The text with the punctuation of ordinary writing escaped where the syntax would read an operator into
     * it: slashes inside words ({@link #SLASH_IN_WORD}) and a question or exclamation mark ending a word.
     */
    static String literalPunctuation(String text) {
        String out = text.indexOf('/') < 0 ? text : SLASH_IN_WORD.matcher(text).replaceAll("\\\\/");
        if (out.indexOf('?') < 0 && out.indexOf('!') < 0) {
            return out;
        }
        Matcher m = MARK_AFTER_WORD.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1).replaceAll("(.)", "\\\\$1")));
        }
        m.appendTail(b);
        return b.toString();
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
        // the parser wraps its own exception, which knows the token, in one that only has the message
        ParseException inner = e.getCause() instanceof ParseException cause && cause.currentToken != null ? cause : e;
        org.apache.lucene.queryparser.classic.Token next = inner.currentToken == null ? null : inner.currentToken.next;
        if (next != null) {
            // the token the parser could not take, as the user wrote it, and where
            String what = next.kind == 0 ? "unexpected end of query" : "unexpected '" + Sanitize.oneLine(next.image) + "'";
            return "cannot parse query '" + shown + "': " + what + " at column " + (next.kind == 0 ? text.length() : next.beginColumn + 1)
                    + " (check brackets, quotes and AND/OR/NOT; put quotes around special characters)";
        }
        if (column.find()) {
            String what = encountered.find() && !encountered.group(1).contains("<EOF>")
                    ? "unexpected '" + encountered.group(1).replaceAll("^<[A-Z_]+>\\s*\"?", "").replace("\"", "") + "'"
                    : "unexpected end of query";
            return "cannot parse query '" + shown + "': " + what + " at column " + column.group(1)
                    + " (check brackets, quotes and AND/OR/NOT; put quotes around special characters)";
        }
        if (message.contains("not allowed as first character")) {
            return "cannot parse query '" + shown + "': a word cannot start with * or ? (to list passages without"
                    + " words, leave the query out and give --speaker, --from or --to)";
        }
        String first = message.lines().findFirst().orElse("syntax error").replaceFirst("^Cannot parse '.*?': ", "");
        return "cannot parse query '" + shown + "': " + first;
    }
}
