package dev.passages.backend;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

import java.util.ArrayList;
import java.util.List;

/** Rebuilds a Lucene query from the JSON of {@link QueryCodec}: one small method per query type. */
final class QueryCodecReader {

    private QueryCodecReader() {
    }

    static Query read(JsonNode n) {
        return switch (n.get("t").asText()) {
            case "term" -> new TermQuery(term(n));
            case "bool" -> bool(n);
            case "boost" -> new BoostQuery(read(n.get("q")), (float) n.get("b").asDouble());
            case "const" -> new ConstantScoreQuery(read(n.get("q")));
            case "dismax" -> dismax(n);
            case "phrase" -> phrase(n);
            case "multiphrase" -> multiPhrase(n);
            case "synonym" -> synonym(n);
            case "termset" -> termSet(n);
            case "all" -> new MatchAllDocsQuery();
            case "none" -> new MatchNoDocsQuery();
            case "longrange" -> LongPoint.newRangeQuery(n.get("f").asText(), n.get("lo").asLong(), n.get("hi").asLong());
            case "wildcard" -> new WildcardQuery(term(n), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, rewrite(n));
            case "prefix" -> new PrefixQuery(term(n), rewrite(n));
            case "regexp" -> new RegexpQuery(term(n), RegExp.ALL, 0, RegexpQuery.DEFAULT_PROVIDER,
                    Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, rewrite(n));
            case "fuzzy" -> new FuzzyQuery(term(n), n.get("edits").asInt(), n.get("prefix").asInt(),
                    FuzzyQuery.defaultMaxExpansions, n.get("transpositions").asBoolean(), rewrite(n));
            case "termrange" -> termRange(n);
            case "article" -> new ArticleQuery(read(n.get("q")));
            case "stempattern" -> new StemPatternQuery(term(n), StemPatternQuery.Kind.valueOf(n.path("kind").asText("WILDCARD")));
            case "figurenear" -> new FigureNearQuery(n.get("f").asText(), n.get("term").asText(), n.get("words").asInt());
            default -> readSpan(n);
        };
    }

    private static Query bool(JsonNode n) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.setMinimumNumberShouldMatch(n.path("msm").asInt(0));
        for (JsonNode c : n.get("c")) {
            b.add(read(c.get("q")), BooleanClause.Occur.valueOf(c.get("o").asText()));
        }
        return b.build();
    }

    private static Query dismax(JsonNode n) {
        List<Query> list = new ArrayList<>();
        n.get("c").forEach(c -> list.add(read(c)));
        return new DisjunctionMaxQuery(list, (float) n.get("tie").asDouble());
    }

    private static Query phrase(JsonNode n) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        b.setSlop(n.get("slop").asInt());
        String field = n.get("f").asText();
        for (int i = 0; i < n.get("terms").size(); i++) {
            b.add(new Term(field, n.get("terms").get(i).asText()), n.get("pos").get(i).asInt());
        }
        return b.build();
    }

    private static Query multiPhrase(JsonNode n) {
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

    private static Query synonym(JsonNode n) {
        SynonymQuery.Builder b = new SynonymQuery.Builder(n.get("f").asText());
        n.get("terms").forEach(t -> b.addTerm(new Term(n.get("f").asText(), t.asText())));
        return b.build();
    }

    private static Query termSet(JsonNode n) {
        List<BytesRef> terms = new ArrayList<>();
        n.get("terms").forEach(t -> terms.add(new BytesRef(t.asText())));
        return new TermInSetQuery(n.get("f").asText(), terms);
    }

    private static Query termRange(JsonNode n) {
        return new TermRangeQuery(n.get("f").asText(),
                n.has("lo") ? new BytesRef(n.get("lo").asText()) : null,
                n.has("hi") ? new BytesRef(n.get("hi").asText()) : null,
                n.get("incLo").asBoolean(), n.get("incHi").asBoolean(), rewrite(n));
    }

    private static SpanQuery readSpan(JsonNode n) {
        String type = n.get("t").asText();
        return switch (type) {
            case "spanterm" -> new SpanTermQuery(term(n));
            case "spannear" -> new SpanNearQuery(spans(n.get("c")), n.get("slop").asInt(), n.get("ordered").asBoolean());
            case "spanor" -> new SpanOrQuery(spans(n.get("c")));
            case "spanmask" -> new FieldMaskingSpanQuery(readSpan(n.get("q")), n.get("f").asText());
            default -> throw new IllegalArgumentException("not a passages query: unknown node '" + type + "'");
        };
    }

    private static SpanQuery[] spans(JsonNode list) {
        List<SpanQuery> out = new ArrayList<>();
        list.forEach(c -> out.add(readSpan(c)));
        return out.toArray(new SpanQuery[0]);
    }

    private static MultiTermQuery.RewriteMethod rewrite(JsonNode n) {
        return QueryCodec.REWRITES.getOrDefault(n.path("rw").asText("blended"), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }

    private static Term term(JsonNode n) {
        return new Term(n.get("f").asText(), n.get("v").asText());
    }
}
