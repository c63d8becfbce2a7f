package dev.passages.search;

import dev.passages.index.ArticleQuery;
import dev.passages.index.FigureNearQuery;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second phase of ranking: over the best first-phase hits only, the query's words in the article's
 * title, the proximity of its words (every pair of them in a question), a figure when the query asks how many
 * (more when it is beside the word counted), and a cause when it asks why.
 */
final class SecondPhase {

    /**
     * Words with which English gives a cause or a motive ("because", "in response to", "blamed on", "linked
     * to"): a passage that says one of them answers a "why" question.
     */
    private static final List<String> REASON_WORDS = List.of("because", "reason", "reasons", "response", "responded",
            "due", "owing", "result", "caused", "cause", "blamed", "linked", "motive", "aimed");

    private final Analyzer analyzer;
    /** {@link #REASON_WORDS} as one query, made once. */
    private final Query reasonWords;

    SecondPhase(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.reasonWords = reasonWords(analyzer);
    }

    /**
     * The second phase of ranking, added to the first-phase score of the best {@link Ranking#RESCORE_DEPTH}
     * hits: the query's words in the article's title (a lower weight than in the paragraph), and for a
     * plain multi-word query a proximity bonus. The bonus is the unordered-window feature of the
     * sequential dependence model: each pair of neighbouring query words found within a window of
     * {@value Ranking#PROXIMITY_SLOP} words adds a constant, so closeness lifts a passage above ones where the
     * words lie far apart, without rewarding an accidental exact adjacency more than a natural phrasing.
     * Scoring these over every match cost more than the rest of the query (positions, and then long title
     * postings, when every paragraph carried its title), for a change only at the top of the list.
     *
     * @param parsed the request's text as parsed for both phases; its title clauses are scored here
     * @return null when there is nothing to add (no query text)
     */
    Query of(SearchRequest request, Map<String, String> names, ParsedQuery parsed) {
        if (!request.hasQueryText()) {
            return null;
        }
        String text = FunctionWords.strip(request.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        // null for a lone letter: the speaker field keeps it, the title's analysis drops it
        Query title = parsed.title() == null ? null : titleWords(parsed.title());
        if (title != null) {
            b.add(title, BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (QuerySyntax.plainWords(text)) {
            boolean question = QuestionWords.isQuestion(request.query());
            for (Query window : proximity(text.replaceAll(QuerySyntax.END_MARKS, ""), names, question)) {
                b.add(window, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (FunctionWords.asksForNumber(request.query())) {
            // "how many", "how much": a passage with a figure in it answers
            b.add(new BoostQuery(new ConstantScoreQuery(new RegexpQuery(
                    new Term(Schema.TEXT, "[0-9].*"))), Ranking.NUMBER_BONUS), BooleanClause.Occur.SHOULD);
            any = true;
            Query counted = countedFigure(FunctionWords.counted(request.query()));
            if (counted != null) {
                // "how many Afghans": a figure beside the word counted answers best
                b.add(new BoostQuery(counted, Ranking.COUNTED_FIGURE_BONUS), BooleanClause.Occur.SHOULD);
            }
        }
        if (FunctionWords.asksForReason(request.query())) {
            // "why ...": a passage that gives a cause answers
            b.add(new BoostQuery(new ConstantScoreQuery(reasonWords), Ranking.REASON_BONUS), BooleanClause.Occur.SHOULD);
            any = true;
        }
        return any ? b.build() : null;
    }

    /** A figure within a few words of the word a question counts; null when there is none or it analyses to no one term. */
    private Query countedFigure(String word) {
        List<String> terms = word == null ? List.of() : QueryTerms.analyze(analyzer, Schema.TEXT, word);
        return terms.size() == 1 ? new FigureNearQuery(Schema.TEXT, terms.get(0), Ranking.COUNTED_FIGURE_WORDS) : null;
    }

    /** Any of {@link #REASON_WORDS} as the text field analyses them, each term once. */
    private static Query reasonWords(Analyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : REASON_WORDS) {
            terms.addAll(QueryTerms.analyze(analyzer, Schema.TEXT, word));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            any.add(new TermQuery(new Term(Schema.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The proximity windows of neighbouring words of a plain query, each a constant bonus; of a question of at most
     * {@link Ranking#QUESTION_PAIR_WORDS} words, also those of its other pairs, at a lower one.
     */
    private List<Query> proximity(String text, Map<String, String> names, boolean question) {
        // a pair with a name in it is matched over skeletons, so that it is near in any spelling
        // ("Tehrik-i-Taliban hideouts"); other pairs over the stemmed words
        List<String[]> words = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            boolean name = SpellingVariants.NAME.matcher(raw).lookingAt();
            for (String exact : QueryTerms.analyze(analyzer, Schema.TEXT, raw)) {
                words.add(new String[] {exact, name ? names.get(exact) : null});
            }
        }
        boolean allPairs = question && words.size() <= Ranking.QUESTION_PAIR_WORDS;
        List<Query> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            for (int k = i + 1; k < (allPairs ? words.size() : i + 2); k++) {
                if (!words.get(i)[0].equals(words.get(k)[0])) {
                    out.add(new BoostQuery(new ConstantScoreQuery(window(words.get(i), words.get(k))),
                            k == i + 1 ? Ranking.PROXIMITY_BONUS : Ranking.QUESTION_PAIR_BONUS));
                }
            }
        }
        return out;
    }

    /** The window of two words within {@link Ranking#PROXIMITY_SLOP} of each other, in any spelling of a name. */
    private static Query window(String[] a, String[] c) {
        if (a[1] != null && c[1] != null) {
            return new PhraseQuery(Ranking.PROXIMITY_SLOP, Schema.TEXT_VARIANTS, a[1], c[1]);
        }
        if (a[1] != null || c[1] != null) {
            // the name by its skeleton, the other word as typed: the skeletons index only capitalised
            // words, so the other word is read from the text, whose positions are the same
            // in order within the slop, reversed within two less: the windows of a sloppy phrase
            return new SpanOrQuery(
                    new SpanNearQuery(new SpanQuery[] {nearWord(a), nearWord(c)}, Ranking.PROXIMITY_SLOP, true),
                    new SpanNearQuery(new SpanQuery[] {nearWord(c), nearWord(a)}, Ranking.PROXIMITY_SLOP - 2, true));
        }
        return new PhraseQuery(Ranking.PROXIMITY_SLOP, Schema.TEXT, a[0], c[0]);
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
    static Query titleWords(Query q) {
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
        return q instanceof ArticleQuery a && Schema.TITLE.equals(QueryTerms.fieldOf(a.firstParagraphs())) ? q : null;
    }
}
