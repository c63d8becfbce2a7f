package dev.passages.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Norms read from memory are the index's own: the same values for the same documents, and so the same scores. */
class DenseNormsTest {

    private static final String[] WORDS = {"oil", "price", "minister", "said", "tax", "river", "vote", "camp"};

    @Test
    void sparseNormsFromMemoryGiveTheIndexsValuesAndScores() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            Random random = new Random(3);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(97))) {
                for (int d = 0; d < 1500; d++) {
                    Document doc = new Document();
                    doc.add(new TextField("body", words(random, 1 + random.nextInt(40)), Field.Store.NO));
                    if (random.nextInt(3) == 0) {
                        // a field only some documents have: sparse norms
                        doc.add(new TextField("who", words(random, 1 + random.nextInt(4)), Field.Store.NO));
                    }
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader raw = DirectoryReader.open(dir)) {
                DirectoryReader dense = DenseNorms.of(raw);
                assertThat(raw.leaves()).hasSizeGreaterThan(1);
                Class<?> fromIndex = raw.leaves().get(0).reader().getNormValues("who").getClass();
                assertThat(dense.leaves().get(0).reader().getNormValues("who").getClass())
                        .as("a field asked for once is read from the index").isEqualTo(fromIndex);
                // each pass asks twice: the first passes are read from the index, the later ones from memory
                for (int pass = 0; pass <= DenseNorms.ASKED_BEFORE_LOADING / 2 + 1; pass++) {
                    for (String field : new String[] {"body", "who", "absent"}) {
                        for (int leaf = 0; leaf < raw.leaves().size(); leaf++) {
                            assertSameNorms(raw.leaves().get(leaf), dense.leaves().get(leaf), field);
                        }
                    }
                }
                assertThat(dense.leaves().get(0).reader().getNormValues("who").getClass())
                        .as("a field asked for often is read from memory").isNotEqualTo(fromIndex);
                assertThat(dense.leaves().get(0).reader().getNormValues("body").getClass()).isEqualTo(
                        raw.leaves().get(0).reader().getNormValues("body").getClass());
                for (String a : WORDS) {
                    for (String b : WORDS) {
                        Query q = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("body", a)), BooleanClause.Occur.SHOULD)
                                .add(new BoostQuery(new TermQuery(new Term("who", a)), 0.5f), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("body", b)), BooleanClause.Occur.SHOULD)
                                .add(new BoostQuery(new TermQuery(new Term("who", b)), 0.5f), BooleanClause.Occur.SHOULD)
                                .build();
                        TopDocs expected = searcher(raw).search(q, 50);
                        TopDocs actual = searcher(dense).search(q, 50);
                        assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
                        for (int i = 0; i < expected.scoreDocs.length; i++) {
                            assertThat(actual.scoreDocs[i].doc).isEqualTo(expected.scoreDocs[i].doc);
                            assertThat(actual.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score);
                        }
                    }
                }
            }
        }
    }

    private static void assertSameNorms(LeafReaderContext raw, LeafReaderContext dense, String field) throws Exception {
        NumericDocValues expected = raw.reader().getNormValues(field);
        NumericDocValues actual = dense.reader().getNormValues(field);
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        NumericDocValues stepped = dense.reader().getNormValues(field);
        NumericDocValues check = raw.reader().getNormValues(field);
        for (int doc = 0; doc < raw.reader().maxDoc(); doc++) {
            boolean has = check.advanceExact(doc);
            assertThat(actual.advanceExact(doc)).as("doc %d of %s", doc, field).isEqualTo(has);
            if (has) {
                assertThat(actual.longValue()).isEqualTo(check.longValue());
                assertThat(stepped.nextDoc()).isEqualTo(doc);
            }
        }
        assertThat(stepped.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        assertThat(actual.cost()).isEqualTo(expected.cost());
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(new BM25Similarity(Ranking.BM25_K1, Ranking.BM25_B));
        return s;
    }

    private static String words(Random random, int n) {
        return RandomWords.draw(random, WORDS, n);
    }
}
