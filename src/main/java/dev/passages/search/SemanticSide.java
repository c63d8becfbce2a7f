package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.embedding.ModelLibrary;
import dev.passages.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The vector half of a search over an index that keeps paragraph vectors: which mode a request runs in, the
 * paragraphs nearest the query's embedding (under the request's filters), and their fusion with the BM25 ranking.
 */
final class SemanticSide {

    private final Path indexDir;
    private final boolean hasVectors;

    SemanticSide(DirectoryReader reader, Path indexDir) {
        this.indexDir = indexDir;
        boolean vectors;
        try {
            vectors = reader.getIndexCommit().getUserData().containsKey(Schema.SEMANTIC_KEY);
        } catch (IOException e) {
            vectors = false;
        }
        this.hasVectors = vectors;
    }

    /**
     * The mode a ranked search with query text runs in: the one asked, or hybrid where the index keeps vectors and
     * BM25 elsewhere. Semantic or hybrid asked of an index without vectors is refused.
     */
    SearchMode resolve(SearchMode asked) {
        if (asked == null) {
            return hasVectors ? SearchMode.HYBRID : SearchMode.BM25;
        }
        if (asked != SearchMode.BM25 && !hasVectors) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--mode " + asked.label() + ": the index at "
                    + indexDir + " keeps no vectors; add them with: passages index --semantic --index " + indexDir
                    + " (or search with --mode bm25)");
        }
        return asked;
    }

    /** The request's filters (speakers, dates) as one query, or null when it has none. */
    static Query filter(SearchRequest request, SpeakerKeys speakerKeys) {
        List<Query> filters = Filters.of(request, speakerKeys);
        if (filters.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** The {@code k} paragraphs nearest the embedding of {@code text}, among those {@code filter} lets through. */
    TopDocs nearest(IndexSearcher searcher, String text, Query filter, int k) throws IOException {
        float[] target = ModelLibrary.model().embed(text);
        return searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, target, k, filter), k);
    }

    /** A ranking and which side found each of its documents. */
    record Ranked(TopDocs top, Map<Integer, Fusion.Side> foundBy) {
    }

    /**
     * The ranking of {@code mode}: the nearest paragraphs alone, or fused with {@code bm25} (linear fusion of
     * normalised scores, {@link Ranking#SEMANTIC_WEIGHT}; {@link Ranking#SEMANTIC_WEIGHT_QUESTION} for a question).
     */
    Ranked rank(IndexSearcher searcher, String text, Query filter, SearchMode mode, TopDocs bm25) throws IOException {
        TopDocs dense = nearest(searcher, text, filter, Ranking.FUSION_DEPTH);
        if (mode == SearchMode.SEMANTIC) {
            Map<Integer, Fusion.Side> all = new java.util.HashMap<>();
            for (ScoreDoc d : dense.scoreDocs) {
                all.put(d.doc, Fusion.Side.SEMANTIC);
            }
            return new Ranked(new TopDocs(new TotalHits(dense.scoreDocs.length, TotalHits.Relation.EQUAL_TO),
                    dense.scoreDocs), all);
        }
        float weight = QuestionWords.isQuestion(text) ? Ranking.SEMANTIC_WEIGHT_QUESTION : Ranking.SEMANTIC_WEIGHT;
        Fusion.Fused fused = Fusion.linear(bm25.scoreDocs, dense.scoreDocs, weight);
        long semanticOnly = fused.foundBy().values().stream().filter(s -> s == Fusion.Side.SEMANTIC).count();
        TotalHits total = new TotalHits(bm25.totalHits.value + semanticOnly, bm25.totalHits.relation);
        return new Ranked(new TopDocs(total, fused.hits()), fused.foundBy());
    }
}
