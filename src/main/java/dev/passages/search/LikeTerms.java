package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "more like this" query of a paragraph for an index passages reads from afar: its words as the text field
 * indexes them, each weighted by frequency in the paragraph times rarity in the index (tf-idf, as Lucene's
 * MoreLikeThis weighs them, with the same limits as {@link SimilarPassages}), the best {@link #MAX_TERMS} as
 * optional clauses.
 */
public final class LikeTerms {

    /** The most words a similar-passages query keeps (Lucene's MoreLikeThis default). */
    public static final int MAX_TERMS = 25;
    /** A word in fewer paragraphs than this says nothing about other articles. */
    public static final int MIN_DOC_FREQ = 2;
    /** Tokens read from the paragraph at most (MoreLikeThis's default). */
    private static final int MAX_TOKENS = 5000;

    private LikeTerms() {
    }

    /** The words of {@code text} as {@code analyzer} indexes the text field, with how often each occurs, in order of first use. */
    public static Map<String, Integer> frequencies(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            int read = 0;
            while (ts.incrementToken() && read++ < MAX_TOKENS) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tf;
    }

    /**
     * The query of the best words of {@code tf}: each scored by its frequency times its idf among {@code numDocs}
     * paragraphs ({@code docFreq} gives the paragraphs holding each word); words in fewer than {@link #MIN_DOC_FREQ}
     * paragraphs left out. Null when no word is left.
     */
    public static Query query(Map<String, Integer> tf, Map<String, Long> docFreq, long numDocs) {
        ClassicSimilarity similarity = new ClassicSimilarity();
        record Scored(String word, float score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            long df = docFreq.getOrDefault(e.getKey(), 0L);
            if (df < MIN_DOC_FREQ) {
                continue;
            }
            scored.add(new Scored(e.getKey(), e.getValue() * similarity.idf(df, Math.max(numDocs, df))));
        }
        if (scored.isEmpty()) {
            return null;
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.score()).reversed().thenComparing(Scored::word));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Scored s : scored.subList(0, Math.min(MAX_TERMS, scored.size()))) {
            query.add(new TermQuery(new Term(Schema.TEXT, s.word())), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** The query over {@code text} with word counts from {@code docFreqs} (asked once for all words). */
    public static Query of(Analyzer analyzer, String text, Function<List<String>, Map<String, Long>> docFreqs, long numDocs) {
        Map<String, Integer> tf = frequencies(analyzer, text);
        return tf.isEmpty() ? null : query(tf, docFreqs.apply(List.copyOf(tf.keySet())), numDocs);
    }
}
