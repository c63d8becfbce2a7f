package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Acronyms;
import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the user's text in the classic query syntax
 * ({@link QuerySyntax}) over paragraph text and speaker names, with its names' other spellings
 * ({@link SpellingVariants}), its expansions ({@link Expansions}) and its filters ({@link Filters}), to match
 * and first score; and the {@link SecondPhase} that rescores the best hits. The one place where query
 * semantics are put together, so that another backend can reuse them.
 */
public final class QueryBuilder {

    /** An operator that makes the words' combination explicit: no expansion is added beside it. */
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|NOT)\\b|&&|(^|\\s)[+\\-!]");

    private final Analyzer analyzer;
    private final SpeakerKeys speakerKeys;
    private final Features features;
    private final ToLongFunction<Term> docFreq;
    private final SpellingVariants variants;
    private final Expansions expansions;
    private final SecondPhase secondPhase;

    public QueryBuilder() {
        this(Analyzers.forSchema(), (name, affiliated) -> List.of(), Acronyms::empty, Features.ALL, t -> 0);
    }

    /**
     * @param speakerKeys the article-level speaker keys a {@code --speaker} name stands for (empty when none), with or
     *                    without the organisation's affiliated people
     * @param acronyms    the acronyms learned from the index, read when first needed
     * @param docFreq     how many paragraphs hold a term (to tell a name's spellings apart)
     */
    public QueryBuilder(Analyzer analyzer, SpeakerKeys speakerKeys, Supplier<Acronyms> acronyms,
                        Features features, ToLongFunction<Term> docFreq) {
        this.analyzer = analyzer;
        this.speakerKeys = speakerKeys;
        this.features = features;
        this.docFreq = docFreq;
        this.variants = new SpellingVariants(analyzer, docFreq);
        this.expansions = new Expansions(analyzer, acronyms, features);
        this.secondPhase = new SecondPhase(analyzer);
    }

    /**
     * A request's two phases and its order: the query that matches and first scores, the one that rescores the
     * best hits (null when the order is not by relevance, or there is nothing to add), and the order the hits
     * come in.
     */
    public record Plan(Query match, Query rescore, SortOrder order) {
    }

    /**
     * A request's phases, its text parsed once and its names looked up once. A request with no words to rank
     * by, none typed ({@code --speaker X} alone) or only words left out ({@code NOT refugees}), asked in order of
     * relevance, comes in date order, oldest first, as a listing does; the second phase only for an order by
     * relevance.
     */
    public Plan plan(SearchRequest request) {
        Map<String, String> names = namesOf(request.query());
        ParsedQuery parsed = parsed(request);
        boolean listing = parsed == null || !parsed.ranksByWords();
        SortOrder order = listing && request.sort() == SortOrder.RELEVANCE ? SortOrder.CHRONOLOGICAL : request.sort();
        return new Plan(build(request, names, parsed),
                order == SortOrder.RELEVANCE ? secondPhase.of(request, names, parsed) : null, order);
    }

    /** The full query: text (if any) as the scoring part, filters as non-scoring clauses. */
    public Query build(SearchRequest request) {
        return build(request, namesOf(request.query()), parsed(request));
    }

    /** The request's text parsed for both phases, its function words dropped; null without query text. */
    private ParsedQuery parsed(SearchRequest request) {
        return request.hasQueryText() ? parsed(request.query()) : null;
    }

    private ParsedQuery parsed(String typed) {
        return QuerySyntax.parseForPhases(analyzer, FunctionWords.strip(typed), typed);
    }

    /** The names of a query whose spellings vary in the index (none without query text or variants). */
    private Map<String, String> namesOf(String text) {
        return text == null || text.isBlank() || !features.variants() ? Map.of() : variants.names(FunctionWords.strip(text));
    }

    private Query build(SearchRequest request, Map<String, String> names, ParsedQuery parsed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean anything = false;
        if (request.hasQueryText()) {
            b.add(textQuery(request.query(), names, parsed), BooleanClause.Occur.MUST);
            anything = true;
        }
        for (Query filter : Filters.of(request, speakerKeys)) {
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
     * The user's text as matched and first scored: the parsed query over paragraph text and speaker
     * names, with spelling variants and expansions. Title words and proximity are scored in a second
     * phase, over the best {@link Ranking#RESCORE_DEPTH} hits only ({@link #rescoreQuery}).
     */
    public Query textQuery(String text) {
        return textQuery(text, namesOf(text), parsed(text));
    }

    private Query textQuery(String typed, Map<String, String> names, ParsedQuery phases) {
        String text = FunctionWords.strip(typed);
        Query parsed = SpellingVariants.spellingProof(phases.match(), names, NameWords.stemmedAway(analyzer, docFreq, typed));
        boolean disjunctive = !OPERATORS.matcher(text).find();
        List<String> terms = QueryTerms.analyze(analyzer, Schema.TEXT, text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(parsed, disjunctive ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        if (disjunctive) {
            for (Query expansion : expansions.of(text, terms)) {
                b.add(expansion, BooleanClause.Occur.SHOULD);
            }
            if (QuerySyntax.plainWords(text)) {
                for (Query name : NameWords.phrases(analyzer, text, expansions::acronymsNamed)) {
                    b.add(name, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    /** The second phase of {@code request} (see {@link SecondPhase}); null when there is nothing to add. */
    public Query rescoreQuery(SearchRequest request) {
        return secondPhase.of(request, namesOf(request.query()), parsed(request));
    }

    /** The user's text parsed in the classic syntax over text and speaker names, its function words dropped. */
    public Query parse(String text) {
        return SpellingVariants.spellingProof(QuerySyntax.parseForPhases(analyzer, FunctionWords.strip(text), text).match(),
                Map.of(), NameWords.stemmedAway(analyzer, docFreq, text));
    }
}
