package dev.passages.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Adds the second phase's score to the first-phase hits, as Lucene's {@code QueryRescorer} does (the sum where
 * the second phase matches, the best kept, ties by document), but asks of each hit only whether its own document
 * matches: a proximity window is checked on that document alone, not on every document that holds the words
 * after it until one is within the window.
 */
final class Rescorer {

    private static final Comparator<ScoreDoc> BEST_FIRST =
            Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

    private Rescorer() {
    }

    /** The first-phase hits with {@code second}'s score added where it matches, best {@code n} kept. */
    static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query second, int n) throws IOException {
        ScoreDoc[] hits = new ScoreDoc[first.scoreDocs.length];
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc d = first.scoreDocs[i];
            hits[i] = new ScoreDoc(d.doc, d.score, d.shardIndex);
        }
        // scorers move forwards only: visit the hits by document
        Arrays.sort(hits, Comparator.comparingInt(d -> d.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(second), ScoreMode.COMPLETE, 1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        int end = 0;
        Scorer scorer = null;
        for (ScoreDoc hit : hits) {
            if (hit.doc >= end) {
                do {
                    leaf++;
                    end = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
                } while (hit.doc >= end);
                scorer = weight.scorer(leaves.get(leaf));
            }
            if (scorer != null && matches(scorer, hit.doc - leaves.get(leaf).docBase)) {
                hit.score += scorer.score();
            }
        }
        Arrays.sort(hits, BEST_FIRST);
        return new TopDocs(first.totalHits, hits.length <= n ? hits : Arrays.copyOf(hits, n));
    }

    /** Whether {@code scorer} matches {@code doc} (at or after its current document), leaving it there if so. */
    private static boolean matches(Scorer scorer, int doc) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        int at = approximation.docID();
        if (at < doc) {
            at = approximation.advance(doc);
        }
        return at == doc && (twoPhase == null || twoPhase.matches());
    }
}
