package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Passages about the same thing as a given paragraph, from other articles: Lucene's MoreLikeThis over the
 * paragraph's words (its most distinctive terms, weighted by tf-idf).
 */
final class SimilarPassages {

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final Analyzer analyzer;
    private final HitReader hitReader;

    SimilarPassages(IndexSearcher searcher, IndexReader reader, Analyzer analyzer, HitReader hitReader) {
        this.searcher = searcher;
        this.reader = reader;
        this.analyzer = analyzer;
        this.hitReader = hitReader;
    }

    /** Up to {@code asked} passages like paragraph {@code paragraphId}; a paragraph the index lacks is a usage error. */
    SearchResult of(String paragraphId, int asked) throws IOException {
        int limit = Math.min(Math.max(0, asked), Math.max(1, reader.maxDoc()));
        Query byId = Schema.paragraphQuery(paragraphId);
        TopDocs found = byId == null ? null : searcher.search(byId, 1);
        if (found == null || found.scoreDocs.length == 0) {
            throw ArticleLookup.noParagraph(paragraphId);
        }
        Document source = searcher.storedFields().document(found.scoreDocs[0].doc);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Schema.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(Schema.TEXT, new StringReader(source.get(Schema.TEXT)));
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.ARTICLE,
                        source.get(Schema.ARTICLE))), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, limit), null, Integer.MAX_VALUE, false));
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
            hits.add(hitReader.read(stored, i + 1, top.scoreDocs[i].doc, top.scoreDocs[i].score, List.of()));
        }
        SearchRequest request = SearchRequest.similarTo(paragraphId, limit);
        return new SearchResult(request, top.totalHits.value,
                top.totalHits.relation == TotalHits.Relation.EQUAL_TO, hits, List.of(), null);
    }
}
