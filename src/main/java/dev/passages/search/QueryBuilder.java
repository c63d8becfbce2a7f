package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Analyzers;
import dev.passages.index.ArticleQuery;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import dev.passages.index.Acronyms;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
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
 * Turns a {@link SearchRequest} into Lucene queries: the user's text in the classic query syntax over
 * paragraph text and speaker names, with filters, to match and rank; and a second phase that rescores
 * the best hits by title words and, for plain multi-word queries, the words' proximity.
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

    /** Query syntax beyond plain words (a hyphen inside a word, as in Tehrik-i-Taliban, is no operator). */
    private static final Pattern SYNTAX = Pattern.compile("[\"():+*?~^\\[\\]{}\\\\/!]|(^|\\s)-|\\b(AND|OR|NOT|TO)\\b");
    /** The fields a query may name ({@code title:word}); the README lists them. */
    static final List<String> QUERY_FIELDS = List.of(Schema.TEXT, Schema.TITLE, Schema.SOURCE, Schema.ARTICLE, Schema.ID,
            Schema.SPEAKER);
    /** A field name as a user writes one: letters, digits and underscores after a letter. */
    private static final Pattern FIELD_NAME = Pattern.compile("\\p{L}[\\p{L}\\d_]*");
    /**
     * A slash inside a word ({@code 2-1/2}, {@code wheat/corn}, {@code U.S./Japan}, the keys of JSON collections
     * as in {@code id:reut2-001/1370#2}), which the syntax would take for the start of a regular expression.
     */
    private static final Pattern SLASH_IN_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}.])/(?=[\\p{L}\\p{N}])");
    /** A question or exclamation mark ending a word ({@code what?}, {@code oil!}): punctuation, not a wildcard or NOT. */
    private static final Pattern MARK_AFTER_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}])([?!]+)(?=\\s|\\)|$)");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"?\\s*(.*?)\"? at line");

    /** Speaker names count in ranking, less than the words of the paragraph itself. */
    static final float SPEAKER_BOOST = 0.5f;

    /** The spelling the user typed ranks a little above other spellings of the same name. */
    static final float EXACT_SPELLING_BONUS = 0.2f;
    /** Acronym expansions and synonyms widen the query; they weigh less than the user's own words (an acronym's long forms count once). */
    static final float EXPANSION_BOOST = 0.6f;
    static final float SYNONYM_BOOST = 0.25f;
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,7}\\b");
    /** A capitalised word of four letters or more, hyphenated parts included: a name, in news text. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}]{3,}(?:-\\p{L}+)*");
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|NOT)\\b|&&|(^|\\s)[+\\-!]");

    private final Analyzer analyzer;
    private final Function<String, Collection<String>> speakerKeys;
    private final Supplier<Acronyms> acronyms;
    private final Features features;
    private final ToLongFunction<Term> docFreq;
    private List<List<List<String>>> synonyms;

    public QueryBuilder() {
        this(Analyzers.forSchema(), name -> List.of(), Acronyms::empty, Features.ALL, t -> 0);
    }

    /**
     * @param speakerKeys the article-level speaker keys a {@code --speaker} name stands for (empty when none)
     * @param acronyms    the acronyms learned from the index, read when first needed
     */
    public QueryBuilder(Analyzer analyzer, Function<String, Collection<String>> speakerKeys, Supplier<Acronyms> acronyms,
                        Features features, ToLongFunction<Term> docFreq) {
        this.docFreq = docFreq;
        this.analyzer = analyzer;
        this.speakerKeys = speakerKeys;
        this.acronyms = acronyms;
        this.features = features;
    }

    /** A request's two phases: the query that matches and first scores, and the one that rescores the best hits (or null). */
    public record Plan(Query match, Query rescore) {
    }

    /** A request's phases, its names looked up once; the second only when {@code ranked} (an order by relevance). */
    public Plan plan(SearchRequest request, boolean ranked) {
        Map<String, String> names = namesOf(request.query());
        return new Plan(build(request, names), ranked ? rescoreQuery(request, names) : null);
    }

    /** The full query: text (if any) as the scoring part, filters as non-scoring clauses. */
    public Query build(SearchRequest request) {
        return build(request, namesOf(request.query()));
    }

    /** The names of a query whose spellings vary in the index (none without query text or variants). */
    private Map<String, String> namesOf(String text) {
        return text == null || text.isBlank() || !features.variants() ? Map.of() : names(FunctionWords.strip(text));
    }

    private Query build(SearchRequest request, Map<String, String> names) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean anything = false;
        if (request.hasQueryText()) {
            b.add(textQuery(request.query(), names), BooleanClause.Occur.MUST);
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
     * The user's text as matched and first scored: the parsed query over paragraph text and speaker
     * names, with spelling variants and expansions. Title words and proximity are scored in a second
     * phase, over the best {@link #RESCORE_DEPTH} hits only ({@link #rescoreQuery}).
     */
    public Query textQuery(String text) {
        return textQuery(text, namesOf(text));
    }

    private Query textQuery(String typed, Map<String, String> names) {
        String text = FunctionWords.strip(typed);
        Query parsed = spellingProof(parse(text, Schema.TEXT, Schema.SPEAKER), names, NameWords.stemmedAway(analyzer, docFreq, typed));
        boolean disjunctive = !OPERATORS.matcher(text).find();
        List<String> terms = analyze(Schema.TEXT, text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(parsed, disjunctive ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        if (disjunctive) {
            for (Query expansion : expansions(text, terms)) {
                b.add(expansion, BooleanClause.Occur.SHOULD);
            }
            if (plainWords(text)) {
                for (Query name : NameWords.phrases(analyzer, text, this::acronymsNamed)) {
                    b.add(name, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    /**
     * The second phase of ranking, added to the first-phase score of the best {@link #RESCORE_DEPTH}
     * hits: the query's words in the article's title (a lower weight than in the paragraph), and for a
     * plain multi-word query a proximity bonus. The bonus is the unordered-window feature of the
     * sequential dependence model: each pair of neighbouring query words found within a window of
     * {@value #PROXIMITY_SLOP} words adds a constant, so closeness lifts a passage above ones where the
     * words lie far apart, without rewarding an accidental exact adjacency more than a natural phrasing.
     * Scoring these over every match cost more than the rest of the query (positions, and then long title
     * postings, when every paragraph carried its title), for a change only at the top of the list.
     *
     * @return null when there is nothing to add (no query text)
     */
    public Query rescoreQuery(SearchRequest request) {
        return rescoreQuery(request, namesOf(request.query()));
    }

    private Query rescoreQuery(SearchRequest request, Map<String, String> names) {
        if (!request.hasQueryText()) {
            return null;
        }
        String text = FunctionWords.strip(request.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        Query title;
        try {
            title = titleWords(parse(text, Schema.TITLE));
        } catch (PassagesException nothingForTheTitle) {
            title = null; // a lone letter: the speaker field keeps it, the title's analysis drops it
        }
        if (title != null) {
            b.add(title, BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (plainWords(text)) {
            for (Query window : proximity(text.replaceAll(END_MARKS, ""), names)) {
                b.add(window, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (FunctionWords.asksForNumber(request.query())) {
            // "how many", "how much": a passage with a figure in it answers
            b.add(new BoostQuery(new ConstantScoreQuery(new org.apache.lucene.search.RegexpQuery(
                    new Term(Schema.TEXT, "[0-9].*"))), Ranking.NUMBER_BONUS), BooleanClause.Occur.SHOULD);
            any = true;
        }
        return any ? b.build() : null;
    }

    /** Question and exclamation marks ending words: writing, not syntax. */
    private static final String END_MARKS = "(?<=[\\p{L}\\p{N}])[?!]+(?=\\s|$)";

    /** Whether the text is words only, but for the marks that end a question or an exclamation. */
    private static boolean plainWords(String text) {
        return !SYNTAX.matcher(text.replaceAll(END_MARKS, "")).find();
    }

    /** How many first-phase hits the second phase rescores. */
    public static final int RESCORE_DEPTH = 30;

    /** The proximity windows of neighbouring words of a plain query, each a constant bonus. */
    private List<Query> proximity(String text, Map<String, String> names) {
        // a pair with a name in it is matched over skeletons, so that it is near in any spelling
        // ("Tehrik-i-Taliban hideouts"); other pairs over the stemmed words
        List<String[]> words = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            boolean name = NAME.matcher(raw).lookingAt();
            for (String exact : analyze(Schema.TEXT, raw)) {
                words.add(new String[] {exact, name ? names.get(exact) : null});
            }
        }
        List<Query> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String[] a = words.get(i);
            String[] c = words.get(i + 1);
            if (a[0].equals(c[0])) {
                continue;
            }
            Query window;
            if (a[1] != null && c[1] != null) {
                window = new PhraseQuery(PROXIMITY_SLOP, Schema.TEXT_VARIANTS, a[1], c[1]);
            } else if (a[1] != null || c[1] != null) {
                // the name by its skeleton, the other word as typed: the skeletons index only capitalised
                // words, so the other word is read from the text, whose positions are the same
                // in order within the slop, reversed within two less: the windows of a sloppy phrase
                window = new SpanOrQuery(
                        new SpanNearQuery(new SpanQuery[] {nearWord(a), nearWord(c)}, PROXIMITY_SLOP, true),
                        new SpanNearQuery(new SpanQuery[] {nearWord(c), nearWord(a)}, PROXIMITY_SLOP - 2, true));
            } else {
                window = new PhraseQuery(PROXIMITY_SLOP, Schema.TEXT, a[0], c[0]);
            }
            out.add(new BoostQuery(new ConstantScoreQuery(window), PROXIMITY_BONUS));
        }
        return out;
    }

    /** One word of a proximity window over the skeletons' positions: its skeleton, or its text term in their place. */
    private static SpanQuery nearWord(String[] word) {
        return word[1] != null ? new SpanTermQuery(new Term(Schema.TEXT_VARIANTS, word[1]))
                : new FieldMaskingSpanQuery(new SpanTermQuery(new Term(Schema.TEXT, word[0])), Schema.TEXT_VARIANTS);
    }

    /**
     * The title clauses of a query parsed over the title, as a bonus: every positive clause may add,
     * none is required, and negative ones (already applied to the match) and clauses on other fields
     * (named by the user, {@code text:x}) are left out. Null when nothing is left.
     */
    private static Query titleWords(Query q) {
        if (q instanceof BoostQuery boost) {
            Query inner = titleWords(boost.getQuery());
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = 0;
            for (BooleanClause c : bq.clauses()) {
                if (c.isProhibited() || c.getOccur() == BooleanClause.Occur.FILTER) {
                    continue;
                }
                Query sub = titleWords(c.getQuery());
                if (sub != null) {
                    b.add(sub, BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : b.build();
        }
        return q instanceof ArticleQuery a && Schema.TITLE.equals(fieldOf(a.firstParagraphs())) ? q : null;
    }

    /** The one field a leaf query of the classic parser searches, or null. */
    private static String fieldOf(Query q) {
        return q instanceof TermQuery t ? t.getTerm().field()
                : q instanceof PhraseQuery p ? p.getField()
                : q instanceof org.apache.lucene.search.MultiTermQuery m ? m.getField()
                : q instanceof org.apache.lucene.search.SynonymQuery sq ? sq.getField()
                : q instanceof org.apache.lucene.search.MultiPhraseQuery mp && mp.getTermArrays().length > 0
                        && mp.getTermArrays()[0].length > 0 ? mp.getTermArrays()[0][0].field() : null;
    }

    /**
     * Each clause on the title, which only an article's first paragraph carries, widened to every paragraph
     * of the article ({@link ArticleQuery}); the structure around it is kept.
     */
    private static Query wholeArticles(Query q) {
        return mapLeaves(q, leaf -> Schema.TITLE.equals(fieldOf(leaf)) ? new ArticleQuery(leaf) : leaf);
    }

    /** {@code q} with each leaf query (not a Boolean or boost) replaced by {@code f} of it, its structure kept. */
    private static Query mapLeaves(Query q, java.util.function.UnaryOperator<Query> f) {
        if (q instanceof BoostQuery boost) {
            return new BoostQuery(mapLeaves(boost.getQuery(), f), boost.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                b.add(mapLeaves(c.getQuery(), f), c.getOccur());
            }
            return b.build();
        }
        return f.apply(q);
    }

    /** The text-field terms of the capitalised words of the query, mapped to their skeletons: the names in it. */
    private Map<String, String> names(String text) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // a word and its skeleton are at one position (the skeletons skip lower-case particles: ul, e)
            Map<Integer, String> skeletons = new java.util.HashMap<>();
            for (At s : positioned(Schema.TEXT_VARIANTS, m.group())) {
                if (s.term().length() > 1) {
                    skeletons.put(s.position(), s.term());
                }
            }
            for (At exact : positioned(Schema.TEXT, m.group())) {
                String skeleton = skeletons.get(exact.position());
                if (skeleton == null) {
                    continue;
                }
                // only where the index spells the name more than one way (Tehrik and Tehreek), not Afghans
                long spelled = docFreq.applyAsLong(new Term(Schema.TEXT, exact.term()));
                long anySpelling = docFreq.applyAsLong(new Term(Schema.TEXT_VARIANTS, skeleton));
                if (anySpelling > spelled + Math.max(1, spelled / 2)) {
                    out.put(exact.term(), skeleton);
                }
            }
        }
        return out;
    }

    /**
     * Names are where transliterations differ (Tehrik/Tehreek, Anwaar/Anwar): a name's word is scored
     * by its skeleton, so that every spelling weighs the same, plus a small constant for the spelling typed.
     */
    private Query spellingProof(Query q, Map<String, String> names, Map<String, String> stemmedAway) {
        if (names.isEmpty() && stemmedAway.isEmpty()) {
            return q;
        }
        return mapLeaves(q, leaf -> {
            if (leaf instanceof TermQuery t && t.getTerm().field().equals(Schema.TEXT) && stemmedAway.containsKey(t.getTerm().text())) {
                // a name that stemming made a common word: its own spellings only
                return new TermQuery(new Term(Schema.TEXT_VARIANTS, stemmedAway.get(t.getTerm().text())));
            }
            if (leaf instanceof TermQuery t && t.getTerm().field().equals(Schema.TEXT) && names.containsKey(t.getTerm().text())) {
                return new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.TEXT_VARIANTS, names.get(t.getTerm().text()))), BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(t), EXACT_SPELLING_BONUS), BooleanClause.Occur.SHOULD)
                        .build();
            }
            return leaf;
        });
    }

    /** Acronyms and their long forms both ways, and concept synonyms, as extra clauses of lower weight. */
    List<Query> expansions(String text, List<String> terms) {
        List<Query> out = new ArrayList<>();
        if (features.acronyms()) {
            Acronyms known = acronyms.get();
            Matcher m = ACRONYM.matcher(text);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                if (!seen.add(m.group())) {
                    continue;
                }
                List<Acronyms.Definition> defs = known.longForms(m.group());
                List<String> longForms = new ArrayList<>();
                for (int i = 0; i < Math.min(3, defs.size()); i++) {
                    longForms.add(defs.get(i).longForm());
                }
                addPhrase(out, longForms, m.group().toLowerCase(Locale.ROOT), EXPANSION_BOOST);
            }
            List<String> querySkeletons = Acronyms.skeletonWords(text);
            List<String> queryWords = Acronyms.words(text);
            for (int i = 0; i + 1 < querySkeletons.size(); i++) {
                for (Acronyms.Definition d : known.byOpening(querySkeletons.get(i) + " " + querySkeletons.get(i + 1))) {
                    if (!seen.add(d.acronym())) {
                        continue;
                    }
                    // only for paragraphs that say the acronym and not the long form the user typed
                    BooleanQuery.Builder only = new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.TEXT, d.acronym().toLowerCase(Locale.ROOT))), BooleanClause.Occur.MUST);
                    Query said = text.indexOf('"') >= 0
                            // words in quotes match as spelled: so is the long form they say left out
                            ? phrase(Schema.TEXT, positioned(Schema.TEXT, queryWords.get(i) + " " + queryWords.get(i + 1)))
                            : phrase(Schema.TEXT_VARIANTS, first(positioned(Schema.TEXT_VARIANTS, d.longForm()), 2));
                    if (said != null) {
                        only.add(said, BooleanClause.Occur.MUST_NOT);
                    }
                    out.add(new BoostQuery(new ConstantScoreQuery(only.build()), EXPANSION_BOOST));
                }
            }
        }
        if (features.synonyms()) {
            for (List<List<String>> group : synonymGroups()) {
                boolean present = group.stream().anyMatch(member -> !member.isEmpty() && Collections.indexOfSubList(terms, member) >= 0);
                if (!present) {
                    continue;
                }
                for (List<String> member : group) {
                    if (Collections.indexOfSubList(terms, member) < 0) {
                        out.add(new BoostQuery(new ConstantScoreQuery(member.size() == 1
                                ? new TermQuery(new Term(Schema.TEXT, member.get(0)))
                                : new PhraseQuery(1, Schema.TEXT, member.toArray(new String[0]))), SYNONYM_BOOST));
                    }
                }
            }
        }
        return out;
    }

    /** The learned acronyms (as text-field terms) whose long form opens with the first two words of {@code name}. */
    private Collection<String> acronymsNamed(String name) {
        if (!features.acronyms()) {
            return List.of();
        }
        List<String> skeletons = Acronyms.skeletonWords(name);
        if (skeletons.size() < 2) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Acronyms.Definition d : acronyms.get().byOpening(skeletons.get(0) + " " + skeletons.get(1))) {
            out.add(d.acronym().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The long forms of an acronym, for paragraphs that say only a long form (in any spelling): one constant
     * however many of its long forms or spellings a paragraph says, so that it adds no more than one expansion.
     */
    private void addPhrase(List<Query> out, List<String> longForms, String acronym, float boost) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String words : longForms) {
            Query longForm = phrase(Schema.TEXT_VARIANTS, positioned(Schema.TEXT_VARIANTS, words));
            if (longForm != null) {
                any.add(longForm, BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        out.add(new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.TEXT, acronym)), BooleanClause.Occur.MUST_NOT)
                .build()), boost));
    }

    /** A term of an analysed text and its position. */
    record At(String term, int position) {
    }

    private List<At> positioned(String field, String text) {
        return positioned(analyzer, field, text);
    }

    /** The terms a field's analysis makes of {@code text}, with their positions (words dropped leave gaps). */
    static List<At> positioned(Analyzer analyzer, String field, String text) {
        List<At> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new At(term.toString(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    private static List<At> first(List<At> terms, int n) {
        return terms.subList(0, Math.min(n, terms.size()));
    }

    /**
     * The terms as a phrase at their own positions, one position of slack (a particle more or less:
     * {@code Tehrik Taliban}, {@code Tehreek-e-Taliban}); a term query for one term, null for none.
     */
    static Query phrase(String field, List<At> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(1);
        int base = terms.get(0).position();
        for (At t : terms) {
            b.add(new Term(field, t.term()), t.position() - base);
        }
        return b.build();
    }

    private synchronized List<List<List<String>>> synonymGroups() {
        if (synonyms == null) {
            List<List<List<String>>> groups = new ArrayList<>();
            for (List<String> group : Synonyms.load()) {
                List<List<String>> analysed = new ArrayList<>();
                group.forEach(member -> analysed.add(analyze(Schema.TEXT, member)));
                groups.add(analysed);
            }
            synonyms = groups;
        }
        return synonyms;
    }

    /** The user's text parsed in the classic syntax over text and speaker names: what the highlighter marks. */
    public Query parse(String text) {
        return spellingProof(parse(FunctionWords.strip(text), Schema.TEXT, Schema.SPEAKER), Map.of(),
                NameWords.stemmedAway(analyzer, docFreq, text));
    }

    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(Schema.TEXT, 1f, Schema.TITLE, TITLE_BOOST,
            Schema.SPEAKER, SPEAKER_BOOST);

    /** The text parsed in the classic syntax, plain words searched in {@code fields} with their weights. */
    private Query parse(String text, String... fields) {
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
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, FIELD_WEIGHTS) {
            // id:<article>#<n> names a paragraph, which has no id field of its own (Schema.paragraphQuery)
            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                field = canonical(field);
                if (!known(field)) {
                    // not a field but words with a colon between them ("10:30"): the words
                    return super.getFieldQuery(null, field + " " + queryText, quoted);
                }
                return Schema.ID.equals(field) ? paragraph(queryText) : super.getFieldQuery(field, queryText, quoted);
            }

            @Override
            protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
                field = canonical(field);
                if (!known(field)) {
                    return super.getFieldQuery(null, field + " " + queryText, slop);
                }
                return Schema.ID.equals(field) ? paragraph(queryText) : super.getFieldQuery(field, queryText, slop);
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

            @Override
            protected Query getRegexpQuery(String field, String termStr) throws ParseException {
                return super.getRegexpQuery(wholeId(field), termStr);
            }

            @Override
            protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                          boolean endInclusive) throws ParseException {
                return super.getRangeQuery(wholeId(field), part1, part2, startInclusive, endInclusive);
            }

            /**
             * Whether {@code field} (null: the default fields) is one to search. A word written as a field that
             * is meant as one, a date or a near miss of a field ({@code date:}, {@code titel:}, {@code Speaker:}),
             * is refused rather than matching nothing unsaid; any other ({@code Note: oil}, {@code 10:30}) is
             * words, searched as such.
             */
            /** A query field named in capitals ({@code TEXT:}, {@code Speaker:}) as the field; any other name as it is. */
            private String canonical(String field) {
                return field != null && QUERY_FIELDS.contains(field.toLowerCase(Locale.ROOT)) ? field.toLowerCase(Locale.ROOT) : field;
            }

            private boolean known(String field) throws ParseException {
                if (field == null || field.equals("*") || QUERY_FIELDS.contains(field) || List.of(fields).contains(field)) {
                    return true;
                }
                if (!FIELD_NAME.matcher(field).matches()) {
                    return false;
                }
                String lower = field.toLowerCase(Locale.ROOT);
                boolean date = lower.equals("date") || lower.equals("from") || lower.equals("to");
                String near = nearestField(lower);
                if (!date && near == null) {
                    return false;
                }
                throw new ParseException("no field '" + field + ":' to search ("
                        + (date ? "dates go in --from and --to" : "did you mean " + near + ":?")
                        + "); the fields are " + String.join(", ", QUERY_FIELDS) + " (quote the words to search them as written)");
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
        };
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        Query parsed;
        try {
            parsed = wholeArticles(parser.parse(literalPunctuation(text)));
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
                    "query '" + Sanitize.oneLine(shorten(text)) + "' has no searchable words (only stop words or punctuation)");
        }
        QueryLimits.checkPatterns(parsed);
        return parsed;
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

    /** The paragraph with this id, or none when it is not an id as passages writes them. */
    private static Query paragraph(String id) {
        Query q = Schema.paragraphQuery(id.strip());
        return q == null ? new MatchNoDocsQuery("not a paragraph id: " + id) : new ConstantScoreQuery(q);
    }

    private List<Query> filters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (!request.speakers().isEmpty()) {
            QueryLimits.checkSpeakers(request.speakers());
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
        return analyze(analyzer, field, text);
    }

    /** The terms a field's analysis makes of {@code text}. */
    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        for (At t : positioned(analyzer, field, text)) {
            out.add(t.term());
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
