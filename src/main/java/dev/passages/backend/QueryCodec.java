package dev.passages.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passages.PassagesException;
import dev.passages.index.ArticleQuery;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A Lucene query as JSON and back: passages builds its queries ({@code search.QueryBuilder}) on the client,
 * sends them in this form, and the query parser of the Solr plugin jar rebuilds the very same query on every
 * shard, so that both engines match and score alike. Covers the query types passages' searches are made of;
 * any other is refused with a message rather than approximated.
 */
public final class QueryCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCodec() {
    }

    /** {@code query} as a JSON text. */
    public static String encode(Query query) {
        return write(query).toString();
    }

    /** The query {@link #encode} made {@code json} of. */
    public static Query decode(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a passages query: " + e.getMessage(), e);
        }
    }

    private static ObjectNode node(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("t", type);
        return n;
    }

    private static ObjectNode write(Query q) {
        if (q instanceof TermQuery tq) {
            return term(node("term"), tq.getTerm());
        }
        if (q instanceof BooleanQuery bq) {
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
        if (q instanceof BoostQuery b) {
            ObjectNode n = node("boost");
            n.put("b", b.getBoost());
            n.set("q", write(b.getQuery()));
            return n;
        }
        if (q instanceof ConstantScoreQuery c) {
            ObjectNode n = node("const");
            n.set("q", write(c.getQuery()));
            return n;
        }
        if (q instanceof DisjunctionMaxQuery d) {
            ObjectNode n = node("dismax");
            n.put("tie", d.getTieBreakerMultiplier());
            ArrayNode list = n.putArray("c");
            d.getDisjuncts().forEach(x -> list.add(write(x)));
            return n;
        }
        if (q instanceof PhraseQuery p) {
            ObjectNode n = node("phrase");
            n.put("f", p.getField());
            n.put("slop", p.getSlop());
            ArrayNode terms = n.putArray("terms");
            ArrayNode pos = n.putArray("pos");
            for (int i = 0; i < p.getTerms().length; i++) {
                terms.add(p.getTerms()[i].text());
                pos.add(p.getPositions()[i]);
            }
            return n;
        }
        if (q instanceof MultiPhraseQuery p) {
            ObjectNode n = node("multiphrase");
            n.put("slop", p.getSlop());
            ArrayNode arrays = n.putArray("terms");
            ArrayNode pos = n.putArray("pos");
            for (int i = 0; i < p.getTermArrays().length; i++) {
                ArrayNode a = arrays.addArray();
                for (Term t : p.getTermArrays()[i]) {
                    n.put("f", t.field());
                    a.add(t.text());
                }
                pos.add(p.getPositions()[i]);
            }
            return n;
        }
        if (q instanceof SynonymQuery s) {
            ObjectNode n = node("synonym");
            n.put("f", s.getField());
            ArrayNode terms = n.putArray("terms");
            s.getTerms().forEach(t -> terms.add(t.text()));
            return n;
        }
        if (q instanceof TermInSetQuery s) {
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
        if (q instanceof MatchAllDocsQuery) {
            return node("all");
        }
        if (q instanceof MatchNoDocsQuery) {
            return node("none");
        }
        if (q instanceof IndexSortSortedNumericDocValuesRangeQuery sorted) {
            return write(sorted.getFallbackQuery());
        }
        if (q instanceof IndexOrDocValuesQuery iod && iod.getIndexQuery() instanceof PointRangeQuery p
                && p.getNumDims() == 1 && p.getBytesPerDim() == Long.BYTES) {
            return longRange(p);
        }
        if (q instanceof PointRangeQuery p && p.getNumDims() == 1 && p.getBytesPerDim() == Long.BYTES) {
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
            ObjectNode n = multiTerm(term(node("fuzzy"), f.getTerm()), f);
            n.put("edits", f.getMaxEdits());
            n.put("prefix", f.getPrefixLength());
            n.put("transpositions", f.getTranspositions());
            return n;
        }
        if (q instanceof TermRangeQuery r) {
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
        if (q instanceof ArticleQuery a) {
            ObjectNode n = node("article");
            n.set("q", write(a.firstParagraphs()));
            return n;
        }
        if (q instanceof SpanQuery s) {
            return span(s);
        }
        throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                "this query is not available with --solr (it uses " + q.getClass().getSimpleName() + ")");
    }

    private static ObjectNode span(SpanQuery s) {
        if (s instanceof SpanTermQuery t) {
            return term(node("spanterm"), t.getTerm());
        }
        if (s instanceof SpanNearQuery near) {
            ObjectNode n = node("spannear");
            n.put("slop", near.getSlop());
            n.put("ordered", near.isInOrder());
            ArrayNode list = n.putArray("c");
            for (SpanQuery c : near.getClauses()) {
                list.add(span(c));
            }
            return n;
        }
        if (s instanceof SpanOrQuery or) {
            ObjectNode n = node("spanor");
            ArrayNode list = n.putArray("c");
            for (SpanQuery c : or.getClauses()) {
                list.add(span(c));
            }
            return n;
        }
        if (s instanceof FieldMaskingSpanQuery m) {
            ObjectNode n = node("spanmask");
            n.put("f", m.getField());
            n.set("q", span(m.getMaskedQuery()));
            return n;
        }
        throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                "this query is not available with --solr (it uses " + s.getClass().getSimpleName() + ")");
    }

    private static ObjectNode term(ObjectNode n, Term t) {
        n.put("f", t.field());
        n.put("v", t.text());
        return n;
    }

    private static ObjectNode longRange(PointRangeQuery p) {
        ObjectNode n = node("longrange");
        n.put("f", p.getField());
        n.put("lo", LongPoint.decodeDimension(p.getLowerPoint(), 0));
        n.put("hi", LongPoint.decodeDimension(p.getUpperPoint(), 0));
        return n;
    }

    /** The rewrite methods passages' queries use, by name; another is refused. */
    private static ObjectNode multiTerm(ObjectNode n, MultiTermQuery q) {
        MultiTermQuery.RewriteMethod m = q.getRewriteMethod();
        String name;
        if (m == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE) {
            name = "blended";
        } else if (m == MultiTermQuery.CONSTANT_SCORE_REWRITE) {
            name = "constant";
        } else if (m == MultiTermQuery.SCORING_BOOLEAN_REWRITE) {
            name = "scoring";
        } else if (m == MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE) {
            name = "constantBoolean";
        } else {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "this query is not available with --solr (its rewrite " + m.getClass().getSimpleName() + ")");
        }
        n.put("rw", name);
        return n;
    }

    private static MultiTermQuery.RewriteMethod rewrite(JsonNode n) {
        return switch (n.path("rw").asText("blended")) {
            case "constant" -> MultiTermQuery.CONSTANT_SCORE_REWRITE;
            case "scoring" -> MultiTermQuery.SCORING_BOOLEAN_REWRITE;
            case "constantBoolean" -> MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE;
            default -> MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE;
        };
    }

    private static Term term(JsonNode n) {
        return new Term(n.get("f").asText(), n.get("v").asText());
    }

    private static Query read(JsonNode n) {
        String type = n.get("t").asText();
        switch (type) {
            case "term":
                return new TermQuery(term(n));
            case "bool": {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.setMinimumNumberShouldMatch(n.path("msm").asInt(0));
                for (JsonNode c : n.get("c")) {
                    b.add(read(c.get("q")), BooleanClause.Occur.valueOf(c.get("o").asText()));
                }
                return b.build();
            }
            case "boost":
                return new BoostQuery(read(n.get("q")), (float) n.get("b").asDouble());
            case "const":
                return new ConstantScoreQuery(read(n.get("q")));
            case "dismax": {
                List<Query> list = new ArrayList<>();
                n.get("c").forEach(c -> list.add(read(c)));
                return new DisjunctionMaxQuery(list, (float) n.get("tie").asDouble());
            }
            case "phrase": {
                PhraseQuery.Builder b = new PhraseQuery.Builder();
                b.setSlop(n.get("slop").asInt());
                String field = n.get("f").asText();
                for (int i = 0; i < n.get("terms").size(); i++) {
                    b.add(new Term(field, n.get("terms").get(i).asText()), n.get("pos").get(i).asInt());
                }
                return b.build();
            }
            case "multiphrase": {
                MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
                b.setSlop(n.get("slop").asInt());
                String field = n.path("f").asText();
                for (int i = 0; i < n.get("terms").size(); i++) {
                    List<Term> terms = new ArrayList<>();
                    n.get("terms").get(i).forEach(t -> terms.add(new Term(field, t.asText())));
                    b.add(terms.toArray(new Term[0]), n.get("pos").get(i).asInt());
                }
                return b.build();
            }
            case "synonym": {
                SynonymQuery.Builder b = new SynonymQuery.Builder(n.get("f").asText());
                n.get("terms").forEach(t -> b.addTerm(new Term(n.get("f").asText(), t.asText())));
                return b.build();
            }
            case "termset": {
                List<BytesRef> terms = new ArrayList<>();
                n.get("terms").forEach(t -> terms.add(new BytesRef(t.asText())));
                return new TermInSetQuery(n.get("f").asText(), terms);
            }
            case "all":
                return new MatchAllDocsQuery();
            case "none":
                return new MatchNoDocsQuery();
            case "longrange":
                return LongPoint.newRangeQuery(n.get("f").asText(), n.get("lo").asLong(), n.get("hi").asLong());
            case "wildcard":
                return new WildcardQuery(term(n), org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
                        rewrite(n));
            case "prefix":
                return new PrefixQuery(term(n), rewrite(n));
            case "regexp":
                return new RegexpQuery(term(n), org.apache.lucene.util.automaton.RegExp.ALL, 0,
                        RegexpQuery.DEFAULT_PROVIDER,
                        org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, rewrite(n));
            case "fuzzy":
                return new FuzzyQuery(term(n), n.get("edits").asInt(), n.get("prefix").asInt(),
                        FuzzyQuery.defaultMaxExpansions, n.get("transpositions").asBoolean(), rewrite(n));
            case "termrange":
                return new TermRangeQuery(n.get("f").asText(),
                        n.has("lo") ? new BytesRef(n.get("lo").asText()) : null,
                        n.has("hi") ? new BytesRef(n.get("hi").asText()) : null,
                        n.get("incLo").asBoolean(), n.get("incHi").asBoolean(), rewrite(n));
            case "article":
                return new ArticleQuery(read(n.get("q")));
            default:
                return readSpan(n);
        }
    }

    private static SpanQuery readSpan(JsonNode n) {
        String type = n.get("t").asText();
        switch (type) {
            case "spanterm":
                return new SpanTermQuery(term(n));
            case "spannear": {
                List<SpanQuery> list = new ArrayList<>();
                n.get("c").forEach(c -> list.add(readSpan(c)));
                return new SpanNearQuery(list.toArray(new SpanQuery[0]), n.get("slop").asInt(), n.get("ordered").asBoolean());
            }
            case "spanor": {
                List<SpanQuery> list = new ArrayList<>();
                n.get("c").forEach(c -> list.add(readSpan(c)));
                return new SpanOrQuery(list.toArray(new SpanQuery[0]));
            }
            case "spanmask":
                return new FieldMaskingSpanQuery(readSpan(n.get("q")), n.get("f").asText());
            default:
                throw new IllegalArgumentException("not a passages query: unknown node '" + type + "'");
        }
    }
}
