package dev.passages.backend;

import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import dev.passages.search.ArticleLookup;
import dev.passages.search.ArticleView;
import dev.passages.search.Hit;
import dev.passages.search.LikeTerms;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Whole articles and similar passages read from a SolrCloud collection: an article's paragraphs in order by
 * its id, and the passages of other articles most like one paragraph (its tf-idf-weighted words, with word
 * counts asked of the whole collection in one request).
 */
final class SolrArticles {

    private final BiFunction<SolrQuery, String, QueryResponse> query;
    private final Analyzer analyzer = Analyzers.forSchema();

    /** @param query sends a query to the collection; the string says what it was doing, for an error */
    SolrArticles(BiFunction<SolrQuery, String, QueryResponse> query) {
        this.query = query;
    }

    /** The article {@code articleId} whole, or null when the collection has none. */
    ArticleView article(String articleId, SpeakerRegistry registry) {
        List<SolrDocument> docs = paragraphsOf(articleId);
        if (docs.isEmpty()) {
            return null;
        }
        List<Hit> paragraphs = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            Hit h = SolrBackend.hit(d, null, registry);
            paragraphs.add(new Hit(h.paragraph(), h.id(), h.article(), h.paragraph(), h.title(), h.source(), h.url(),
                    h.byline(), h.date(), null, h.text(), List.of(), h.speakers(), List.of()));
        }
        return ArticleLookup.of(articleId, paragraphs);
    }

    /** Up to {@code limit} passages of other articles like paragraph {@code paragraphId}; a usage error when there is none. */
    SearchResult similar(String paragraphId, int limit, SpeakerRegistry registry) {
        SolrDocument source = paragraph(paragraphId);
        if (source == null) {
            throw ArticleLookup.noParagraph(paragraphId);
        }
        SearchRequest request = SearchRequest.similarTo(paragraphId, limit);
        long paragraphs = count(new SolrQuery("*:*"));
        Query like = LikeTerms.of(analyzer, (String) source.getFirstValue(Schema.TEXT), this::docFreqs, paragraphs);
        if (like == null || limit <= 0) {
            return new SearchResult(request, 0, true, List.of(), List.of(), null);
        }
        Query others = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.ARTICLE, (String) source.getFirstValue(Schema.ARTICLE))), BooleanClause.Occur.MUST_NOT)
                .build();
        SolrQuery q = SolrBackend.base(others);
        q.setRows(limit);
        q.setFields(SolrBackend.FIELDS);
        QueryResponse r = query.apply(q, "searching");
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            Hit h = SolrBackend.hit(d, ((Number) d.getFirstValue("score")).floatValue(), registry);
            hits.add(new Hit(hits.size() + 1, h.id(), h.article(), h.paragraph(), h.title(), h.source(), h.url(), h.byline(),
                    h.date(), h.score(), h.text(), List.of(), h.speakers(), List.of()));
        }
        return new SearchResult(request, r.getResults().getNumFound(), true, hits, List.of(), null);
    }

    private List<SolrDocument> paragraphsOf(String articleId) {
        SolrQuery q = SolrBackend.base(new TermQuery(new Term(Schema.ARTICLE, articleId)));
        long n = count(q.getCopy());
        if (n == 0) {
            return List.of();
        }
        q.setRows((int) Math.min(Integer.MAX_VALUE, n));
        q.setFields(SolrBackend.FIELDS);
        q.addSort(Schema.PARAGRAPH, SolrQuery.ORDER.asc);
        return query.apply(q, "reading").getResults();
    }

    private SolrDocument paragraph(String paragraphId) {
        if (Schema.paragraphQuery(paragraphId) == null) {
            return null;
        }
        SolrQuery q = SolrBackend.base(new TermQuery(new Term(SolrDocuments.ID, paragraphId)));
        q.setRows(1);
        q.setFields(SolrBackend.FIELDS);
        List<SolrDocument> found = query.apply(q, "reading").getResults();
        return found.isEmpty() ? null : found.get(0);
    }

    /** How many paragraphs hold each of {@code words} in the text field, in one request of query facets. */
    private Map<String, Long> docFreqs(List<String> words) {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrBackend.PARAGRAPHS);
        q.setRows(0);
        StringBuilder facets = new StringBuilder("{");
        for (int i = 0; i < words.size(); i++) {
            q.set("w" + i, words.get(i));
            facets.append(i == 0 ? "" : ",").append("w").append(i)
                    .append(":{type:query,q:\"{!term f=").append(Schema.TEXT).append(" v=$w").append(i).append("}\"}");
        }
        q.set("json.facet", facets.append('}').toString());
        NamedList<?> counts = (NamedList<?>) query.apply(q, "reading").getResponse().get("facets");
        Map<String, Long> df = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Object bucket = counts == null ? null : counts.get("w" + i);
            long n = bucket instanceof NamedList<?> b && b.get("count") instanceof Number c ? c.longValue() : 0L;
            df.put(words.get(i), n);
        }
        return df;
    }

    private long count(SolrQuery q) {
        if (q.getFilterQueries() == null || !List.of(q.getFilterQueries()).contains(SolrBackend.PARAGRAPHS)) {
            q.addFilterQuery(SolrBackend.PARAGRAPHS);
        }
        q.setRows(0);
        return query.apply(q, "reading").getResults().getNumFound();
    }
}
