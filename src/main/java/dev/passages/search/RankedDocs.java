package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;

/**
 * Finds the best documents of a search in its order: by relevance (BM25 with its second phase, the nearest
 * paragraphs by meaning, or both fused, as the request's mode says), or by date.
 */
final class RankedDocs {

    /**
     * Matches are counted exactly up to this many; beyond it the count is a lower bound, which lets
     * Lucene skip blocks that cannot make the top hits (block-max WAND) instead of scoring every match.
     * {@code --count} always counts exactly.
     */
    static final int EXACT_TOTAL_UP_TO = 1000;
    /** Ties in a date order fall back on article and paragraph order. */
    private static final SortField ARTICLE_ORDER = KeywordField.newSortField(Schema.ARTICLE, false, SortedSetSelector.Type.MIN);
    private static final SortField PARAGRAPH_ORDER = IntField.newSortField(Schema.PARAGRAPH, false, SortedNumericSelector.Type.MIN);

    private final SemanticSide semantic;
    private final SpeakerKeys speakerKeys;

    /** @param speakerKeys the article-level speaker keys a {@code --speaker} name stands for */
    RankedDocs(SemanticSide semantic, SpeakerKeys speakerKeys) {
        this.semantic = semantic;
        this.speakerKeys = speakerKeys;
    }

    /**
     * The best {@code fetch} documents of {@code plan} in {@code order}, and which side found each one of a
     * fused or semantic ranking (null for others).
     */
    SemanticSide.Ranked find(IndexSearcher searcher, SearchRequest request, SortOrder order, QueryBuilder.Plan plan,
                             int fetch) throws IOException {
        if (order != SortOrder.RELEVANCE) {
            return new SemanticSide.Ranked(searcher.search(plan.match(),
                    new TopFieldCollectorManager(sort(order), fetch, null, EXACT_TOTAL_UP_TO, false)), null);
        }
        Query second = plan.rescore();
        SearchMode mode = request.hasQueryText() ? semantic.resolve(request.mode()) : SearchMode.BM25;
        int depth = second == null ? fetch : Math.max(fetch, Ranking.RESCORE_DEPTH);
        // a hybrid search fuses the BM25 list as deep as the vector one
        int kept = mode == SearchMode.HYBRID ? Math.max(fetch, Ranking.FUSION_DEPTH) : fetch;
        TopDocs top = null;
        if (mode != SearchMode.SEMANTIC) {
            top = searcher.search(plan.match(), new TopScoreDocCollectorManager(Math.max(depth, kept), null,
                    EXACT_TOTAL_UP_TO, false));
            if (second != null) {
                top = Rescorer.rescore(searcher, top, second, kept);
            }
        }
        if (mode == SearchMode.BM25) {
            return new SemanticSide.Ranked(top, null);
        }
        return semantic.rank(searcher, request.query(), SemanticSide.filter(request, speakerKeys), mode, top);
    }

    private static Sort sort(SortOrder order) {
        boolean newestFirst = order == SortOrder.DATE;
        SortField date = LongField.newSortField(Schema.DATE, newestFirst, SortedNumericSelector.Type.MIN);
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, ARTICLE_ORDER, PARAGRAPH_ORDER);
    }
}
