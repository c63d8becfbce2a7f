package dev.passages.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * A query on an article-level field ({@link Schema#TITLE}), which only the first paragraph of each
 * article carries, matched by every paragraph of the article, with the first paragraph's score: a
 * block join from an article's first paragraph to the rest of it (SolrCloud's {@code {!child}}).
 *
 * <p>It relies on the layout {@link Schema#documents} gives the index: the paragraphs of an article are
 * added together, in order, as one block, so that paragraph {@code n} at document {@code d} has its
 * first paragraph at {@code d - n + 1}. Lucene keeps a block together through merges and deletes it
 * whole, and passages sorts no index.
 */
public final class ArticleQuery extends Query {

    private final Query firstParagraphs;

    /** @param firstParagraphs a query on an article-level field: it can only match first paragraphs */
    public ArticleQuery(Query firstParagraphs) {
        this.firstParagraphs = firstParagraphs;
    }

    public Query firstParagraphs() {
        return firstParagraphs;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = firstParagraphs.rewrite(searcher);
        return rewritten != firstParagraphs ? new ArticleQuery(rewritten) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight first = searcher.createWeight(firstParagraphs, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = first.scorer(context);
                if (scorer == null) {
                    return null;
                }
                int maxDoc = context.reader().maxDoc();
                // documents an article, on average: the first paragraphs carry the titles
                org.apache.lucene.index.Terms titles = context.reader().terms(Schema.TITLE);
                long perArticle = titles == null || titles.getDocCount() <= 0 ? maxDoc
                        : (maxDoc + titles.getDocCount() - 1) / titles.getDocCount();
                long cost = Math.min(maxDoc, scorer.iterator().cost() * perArticle);
                return new ArticleScorer(this, scorer, DocValues.getSortedNumeric(context.reader(), Schema.PARAGRAPH),
                        maxDoc, cost);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return first.isCacheable(context) && DocValues.isCacheable(context, Schema.PARAGRAPH);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer scorer = scorer(context);
                if (scorer == null || scorer.iterator().advance(doc) != doc) {
                    return Explanation.noMatch("the article's first paragraph does not match " + firstParagraphs);
                }
                int start = ((ArticleScorer) scorer).matched;
                return Explanation.match(scorer.score(), "from the article's first paragraph (document " + start + ")",
                        first.explain(context, start));
            }
        };
    }

    /** Matches the documents of each block whose first document the inner scorer matches. */
    private static final class ArticleScorer extends Scorer {
        private final Scorer first;
        private final DocIdSetIterator firstDocs;
        private final SortedNumericDocValues paragraphs;
        private final int maxDoc;
        private final long cost;
        private int doc = -1;
        /** The inner match the current document belongs to. */
        int matched = -1;

        ArticleScorer(Weight weight, Scorer first, SortedNumericDocValues paragraphs, int maxDoc, long cost) {
            super(weight);
            this.first = first;
            this.firstDocs = first.iterator();
            this.paragraphs = paragraphs;
            this.maxDoc = maxDoc;
            this.cost = cost;
        }

        /** The first document of {@code d}'s article, from its paragraph number; {@code d} itself without one. */
        private int startOf(int d) throws IOException {
            return paragraphs.advanceExact(d) ? Schema.firstParagraphDoc(d, paragraphs.nextValue()) : d;
        }

        private int advanceTo(int target) throws IOException {
            while (true) {
                if (target >= maxDoc) {
                    return doc = DocIdSetIterator.NO_MORE_DOCS;
                }
                int start = startOf(target);
                int m = firstDocs.docID();
                if (m < start) {
                    m = firstDocs.advance(start);
                }
                if (m == start || m == target) {
                    matched = m;
                    return doc = target;
                }
                if (m < target) {
                    // a match inside the block but after its start: it stands for itself alone
                    m = firstDocs.advance(target);
                    if (m == target) {
                        matched = m;
                        return doc = target;
                    }
                }
                if (m == DocIdSetIterator.NO_MORE_DOCS) {
                    return doc = DocIdSetIterator.NO_MORE_DOCS;
                }
                target = m; // the next block that can match
            }
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() throws IOException {
                    return advanceTo(doc + 1);
                }

                @Override
                public int advance(int target) throws IOException {
                    return advanceTo(target);
                }

                @Override
                public long cost() {
                    return cost;
                }
            };
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public float score() throws IOException {
            return first.score();
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return first.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        firstParagraphs.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "article(" + firstParagraphs.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && firstParagraphs.equals(((ArticleQuery) other).firstParagraphs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + firstParagraphs.hashCode();
    }
}
