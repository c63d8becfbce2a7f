package dev.passages.backend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passages.index.ArticleQuery;
import dev.passages.index.StemPatternQuery;
import dev.passages.index.FigureNearQuery;
import org.apache.lucene.document.LongPoint;
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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

import java.io.IOException;
import java.util.Map;

import static dev.passages.backend.QueryCodec.node;

/** Writes a Lucene query as the JSON of {@link QueryCodec}: one small method per query type. */
final class QueryCodecWriter {

    private QueryCodecWriter() {
    }

    static ObjectNode write(Query q) {
        if (q instanceof TermQuery tq) {
            return term(node("term"), tq.getTerm());
        }
        if (q instanceof BooleanQuery bq) {
            return bool(bq);
        }
        if (q instanceof BoostQuery b) {
            ObjectNode n = node("boost");
            n.put("b", b.getBoost());
            n.set("q", write(b.getQuery()));
            return n;
        }
        if (q instanceof ConstantScoreQuery c) {
            return wrapping("const", c.getQuery());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            return dismax(d);
        }
        if (q instanceof PhraseQuery p) {
            return phrase(p);
        }
        if (q instanceof MultiPhraseQuery p) {
            return multiPhrase(p);
        }
        if (q instanceof SynonymQuery s) {
            ObjectNode n = node("synonym");
            n.put("f", s.getField());
            ArrayNode terms = n.putArray("terms");
            s.getTerms().forEach(t -> terms.add(t.text()));
            return n;
        }
        if (q instanceof TermInSetQuery s) {
            return termSet(s);
        }
        return writeOther(q);
    }

    /** The query types after the common ones: match-all and -none, ranges, patterns, articles, figures, spans. */
    private static ObjectNode writeOther(Query q) {
        if (q instanceof MatchAllDocsQuery) {
            return node("all");
        }
        if (q instanceof MatchNoDocsQuery) {
            return node("none");
        }
        if (q instanceof IndexSortSortedNumericDocValuesRangeQuery sorted) {
            return write(sorted.getFallbackQuery());
        }
        if (q instanceof IndexOrDocValuesQuery iod && iod.getIndexQuery() instanceof PointRangeQuery p && isLongRange(p)) {
            return longRange(p);
        }
        if (q instanceof PointRangeQuery p && isLongRange(p)) {
            return longRange(p);
        }
        if (q instanceof WildcardQuery w) {
            return multiTerm(term(node("wildcard"), w.getTerm()), w);
        }
        if (q instanceof PrefixQuery p) {
            return multiTerm(term(node("prefix"), p.getPrefix()), p);
        }
        if (q instanceof RegexpQuery r) {
            return multiTerm(term(node("regexp"), r.getRegexp()), r);
        }
        if (q instanceof FuzzyQuery f) {
            return fuzzy(f);
        }
        if (q instanceof TermRangeQuery r) {
            return termRange(r);
        }
        if (q instanceof ArticleQuery a) {
            return wrapping("article", a.firstParagraphs());
        }
        if (q instanceof StemPatternQuery p) {
            ObjectNode n = term(node("stempattern"), p.term());
            n.put("kind", p.kind().name());
            return n;
        }
        if (q instanceof FigureNearQuery f) {
            ObjectNode n = node("figurenear");
            n.put("f", f.field());
            n.put("term", f.term());
            n.put("words", f.words());
            return n;
        }
        if (q instanceof SpanQuery s) {
            return span(s);
        }
        throw QueryCodec.refused("it uses " + q.getClass().getSimpleName());
    }

    private static ObjectNode wrapping(String type, Query inner) {
        ObjectNode n = node(type);
        n.set("q", write(inner));
        return n;
    }

    private static ObjectNode bool(BooleanQuery bq) {
        ObjectNode n = node("bool");
        n.put("msm", bq.getMinimumNumberShouldMatch());
        ArrayNode clauses = n.putArray("c");
        for (BooleanClause c : bq.clauses()) {
            ObjectNode cn = clauses.addObject();
            cn.put("o", c.getOccur().name());
            cn.set("q", write(c.getQuery()));
        }
        return n;
    }

    private static ObjectNode dismax(DisjunctionMaxQuery d) {
        ObjectNode n = node("dismax");
        n.put("tie", d.getTieBreakerMultiplier());
        ArrayNode list = n.putArray("c");
        d.getDisjuncts().forEach(x -> list.add(write(x)));
        return n;
    }

    private static ObjectNode phrase(PhraseQuery p) {
        ObjectNode n = node("phrase");
        n.put("f", p.getField());
        n.put("slop", p.getSlop());
        ArrayNode terms = n.putArray("terms");
        ArrayNode pos = n.putArray("pos");
        for (Term t : p.getTerms()) {
            terms.add(t.text());
        }
        return positions(n, pos, p.getPositions());
    }

    private static ObjectNode multiPhrase(MultiPhraseQuery p) {
        ObjectNode n = node("multiphrase");
        n.put("slop", p.getSlop());
        ArrayNode arrays = n.putArray("terms");
        ArrayNode pos = n.putArray("pos");
        for (Term[] atOnePosition : p.getTermArrays()) {
            ArrayNode a = arrays.addArray();
            for (Term t : atOnePosition) {
                n.put("f", t.field());
                a.add(t.text());
            }
        }
        return positions(n, pos, p.getPositions());
    }

    /** {@code n} with the positions of its phrase's terms in {@code pos}. */
    private static ObjectNode positions(ObjectNode n, ArrayNode pos, int[] positions) {
        for (int p : positions) {
            pos.add(p);
        }
        return n;
    }

    private static ObjectNode termSet(TermInSetQuery s) {
        ObjectNode n = node("termset");
        n.put("f", s.getField());
        ArrayNode terms = n.putArray("terms");
        try {
            BytesRefIterator it = s.getBytesRefIterator();
            for (BytesRef b = it.next(); b != null; b = it.next()) {
                terms.add(b.utf8ToString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    private static ObjectNode fuzzy(FuzzyQuery f) {
        ObjectNode n = multiTerm(term(node("fuzzy"), f.getTerm()), f);
        n.put("edits", f.getMaxEdits());
        n.put("prefix", f.getPrefixLength());
        n.put("transpositions", f.getTranspositions());
        return n;
    }

    private static ObjectNode termRange(TermRangeQuery r) {
        ObjectNode n = multiTerm(node("termrange"), r);
        n.put("f", r.getField());
        if (r.getLowerTerm() != null) {
            n.put("lo", r.getLowerTerm().utf8ToString());
        }
        if (r.getUpperTerm() != null) {
            n.put("hi", r.getUpperTerm().utf8ToString());
        }
        n.put("incLo", r.includesLower());
        n.put("incHi", r.includesUpper());
        return n;
    }

    private static ObjectNode span(SpanQuery s) {
        if (s instanceof SpanTermQuery t) {
            return term(node("spanterm"), t.getTerm());
        }
        if (s instanceof SpanNearQuery near) {
            ObjectNode n = node("spannear");
            n.put("slop", near.getSlop());
            n.put("ordered", near.isInOrder());
            return withSpans(n, near.getClauses());
        }
        if (s instanceof SpanOrQuery or) {
            return withSpans(node("spanor"), or.getClauses());
        }
        if (s instanceof FieldMaskingSpanQuery m) {
            ObjectNode n = node("spanmask");
            n.put("f", m.getField());
            n.set("q", span(m.getMaskedQuery()));
            return n;
        }
        throw QueryCodec.refused("it uses " + s.getClass().getSimpleName());
    }

    /** {@code n} with {@code clauses} in its list {@code c}. */
    private static ObjectNode withSpans(ObjectNode n, SpanQuery[] clauses) {
        ArrayNode list = n.putArray("c");
        for (SpanQuery c : clauses) {
            list.add(span(c));
        }
        return n;
    }

    private static ObjectNode term(ObjectNode n, Term t) {
        n.put("f", t.field());
        n.put("v", t.text());
        return n;
    }

    private static boolean isLongRange(PointRangeQuery p) {
        return p.getNumDims() == 1 && p.getBytesPerDim() == Long.BYTES;
    }

    private static ObjectNode longRange(PointRangeQuery p) {
        ObjectNode n = node("longrange");
        n.put("f", p.getField());
        n.put("lo", LongPoint.decodeDimension(p.getLowerPoint(), 0));
        n.put("hi", LongPoint.decodeDimension(p.getUpperPoint(), 0));
        return n;
    }

    /** The pattern's rewrite method by its name ({@link QueryCodec#REWRITES}); another is refused. */
    private static ObjectNode multiTerm(ObjectNode n, MultiTermQuery q) {
        MultiTermQuery.RewriteMethod m = q.getRewriteMethod();
        String name = QueryCodec.REWRITES.entrySet().stream().filter(e -> e.getValue() == m).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> QueryCodec.refused("its rewrite " + m.getClass().getSimpleName()));
        n.put("rw", name);
        return n;
    }
}
