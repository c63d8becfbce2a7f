package dev.passages.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** What a field's analysis makes of a text (terms, positions, phrases) and the rewriting of a parsed query's leaves. */
final class QueryTerms {

    private QueryTerms() {
    }

    /** A term of an analysed text and its position. */
    record At(String term, int position) {
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

    /** The terms a field's analysis makes of {@code text}. */
    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        for (At t : positioned(analyzer, field, text)) {
            out.add(t.term());
        }
        return out;
    }

    static List<At> first(List<At> terms, int n) {
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

    /** The one field a leaf query of the classic parser searches, or null. */
    static String fieldOf(Query q) {
        return q instanceof TermQuery t ? t.getTerm().field()
                : q instanceof PhraseQuery p ? p.getField()
                : q instanceof org.apache.lucene.search.MultiTermQuery m ? m.getField()
                : q instanceof org.apache.lucene.search.SynonymQuery sq ? sq.getField()
                : q instanceof org.apache.lucene.search.MultiPhraseQuery mp && mp.getTermArrays().length > 0
                        && mp.getTermArrays()[0].length > 0 ? mp.getTermArrays()[0][0].field() : null;
    }

    /** {@code q} with each leaf query (not a Boolean or boost) replaced by {@code f} of it, its structure kept. */
    static Query mapLeaves(Query q, UnaryOperator<Query> f) {
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
}
