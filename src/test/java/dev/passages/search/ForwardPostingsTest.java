package dev.passages.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matches read through postings moved forwards from one document to the next are those read through postings
 * opened for each document: terms, a term twice in one query, sloppy and exact phrases, documents skipped.
 */
class ForwardPostingsTest {

    private static final String[] WORDS = {"oil", "price", "minister", "said", "tax", "river", "vote", "camp"};

    @Test
    void matchesReadThroughReusedPostingsAreThoseOfFreshOnes() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            Random random = new Random(5);
            FieldType offsets = new FieldType(TextField.TYPE_NOT_STORED);
            offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int d = 0; d < 2000; d++) {
                    Document doc = new Document();
                    doc.add(new Field("body", words(random, 1 + random.nextInt(30)), offsets));
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String a : WORDS) {
                    for (String b : WORDS) {
                        Query q = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("body", a)), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("body", b)), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("body", a)), BooleanClause.Occur.SHOULD)
                                .add(new PhraseQuery(3, "body", a, b), BooleanClause.Occur.SHOULD)
                                .add(new PhraseQuery("body", b, a), BooleanClause.Occur.SHOULD)
                                .build();
                        int step = 1 + random.nextInt(40);
                        assertThat(allMatches(new ForwardPostings(leaf, UnaryOperator.identity()), q, step))
                                .as("%s %s every %d documents", a, b, step)
                                .isEqualTo(allMatches(leaf, q, step));
                    }
                }
            }
        }
    }

    /** The offsets {@code q} matches in every {@code step}th document, in increasing order, read from {@code leaf}. */
    private static List<String> allMatches(LeafReader leaf, Query q, int step) throws IOException {
        IndexSearcher searcher = new IndexSearcher(leaf);
        searcher.setQueryCache(null);
        Weight weight = searcher.rewrite(q).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<String> out = new ArrayList<>();
        for (int doc = 0; doc < leaf.maxDoc(); doc += step) {
            if (leaf instanceof ForwardPostings forward) {
                forward.movingTo(doc);
            }
            Matches matches = weight.matches(leaf.getContext(), doc);
            if (matches == null) {
                continue;
            }
            MatchesIterator it = matches.getMatches("body");
            StringBuilder spans = new StringBuilder(doc + ":");
            while (it.next()) {
                spans.append(' ').append(it.startOffset()).append('-').append(it.endOffset());
            }
            out.add(spans.toString());
        }
        return out;
    }

    private static String words(Random random, int n) {
        return RandomWords.draw(random, WORDS, n);
    }
}
