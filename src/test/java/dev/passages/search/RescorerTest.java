package dev.passages.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The second phase checked on each hit's own document ranks as Lucene's QueryRescorer summing the two phases does. */
class RescorerTest {

    private static final String[] WORDS = {"oil", "price", "minister", "said", "tax", "river", "vote", "camp", "the", "of"};

    @Test
    void sameHitsAndScoresAsQueryRescorer() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            Random random = new Random(5);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(113))) {
                for (int d = 0; d < 2000; d++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", words(random, 1 + random.nextInt(60)), Field.Store.NO));
                    doc.add(new TextField("title", words(random, 1 + random.nextInt(6)), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                int compared = 0;
                for (int x = 0; x < WORDS.length; x++) {
                    for (int y = x + 1; y < WORDS.length; y++) {
                        String a = WORDS[x];
                        String b = WORDS[y];
                        Query first = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("text", a)), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("text", b)), BooleanClause.Occur.SHOULD).build();
                        Query second = new BooleanQuery.Builder()
                                .add(new BoostQuery(new TermQuery(new Term("title", a)), 0.3f), BooleanClause.Occur.SHOULD)
                                .add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(4, "text", a, b)), 0.5f),
                                        BooleanClause.Occur.SHOULD).build();
                        for (int depth : new int[] {5, 60}) {
                            TopDocs top = searcher.search(first, depth);
                            for (int n : new int[] {1, 10, depth}) {
                                TopDocs expected = new QueryRescorer(second) {
                                    @Override
                                    protected float combine(float firstPass, boolean matches, float secondPass) {
                                        return matches ? firstPass + secondPass : firstPass;
                                    }
                                }.rescore(searcher, searcher.search(first, depth), n);
                                TopDocs actual = Rescorer.rescore(searcher, top, second, n);
                                assertThat(actual.totalHits).isEqualTo(expected.totalHits);
                                assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
                                for (int i = 0; i < expected.scoreDocs.length; i++) {
                                    assertThat(actual.scoreDocs[i].doc).isEqualTo(expected.scoreDocs[i].doc);
                                    assertThat(actual.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score);
                                }
                                compared += expected.scoreDocs.length;
                            }
                        }
                    }
                }
                assertThat(compared).isGreaterThan(2_000);
            }
        }
    }

    private static String words(Random random, int n) {
        return RandomWords.draw(random, WORDS, n);
    }
}
