package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzedOnceTest {

    private static final String TITLE = "Pakistan's caretaker premier: the TTP's hideouts in Afghanistan, and refugees' return";

    /** Scores of a title query over two documents: one with the title analysed as text, one with the replay. */
    private static float[] scores(String query) throws Exception {
        Analyzer analyzer = Analyzers.forSchema();
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            Document analysed = new Document();
            analysed.add(new TextField(Schema.TITLE, TITLE, Field.Store.NO));
            Document replayed = new Document();
            replayed.add(new Field(Schema.TITLE, AnalyzedOnce.of(analyzer, Schema.TITLE, TITLE).stream(),
                    TextField.TYPE_NOT_STORED));
            w.addDocument(analysed);
            w.addDocument(replayed);
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Query q = new QueryParser(Schema.TITLE, analyzer).parse(query);
                float[] out = new float[2];
                for (ScoreDoc sd : new IndexSearcher(reader).search(q, 10).scoreDocs) {
                    out[sd.doc] = sd.score;
                }
                return out;
            }
        }
    }

    @Test
    void aReplayedTitleIndexesAsTheAnalysedOne() throws Exception {
        for (String q : new String[] {"hideouts", "\"ttp hideouts\"", "\"caretaker premier\"~1", "refugees pakistan"}) {
            float[] s = scores(q);
            assertThat(s[0]).as(q).isPositive();
            assertThat(s[1]).as(q + " " + Arrays.toString(s)).isEqualTo(s[0]);
        }
    }

    @Test
    void eachStreamReplaysFromTheStart() throws Exception {
        AnalyzedOnce once = AnalyzedOnce.of(Analyzers.forSchema(), Schema.TITLE, "Refugees return home");
        for (int i = 0; i < 2; i++) {
            try (var ts = once.stream()) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                StringBuilder seen = new StringBuilder();
                while (ts.incrementToken()) {
                    seen.append(term).append(' ');
                }
                ts.end();
                assertThat(seen.toString()).isEqualTo("refugee return home ");
            }
        }
    }
}
