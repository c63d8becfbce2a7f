package dev.passages.search;

import dev.passages.TestCorpus;
import dev.passages.index.Analyzers;
import dev.passages.index.IndexPaths;
import dev.passages.index.Indexer;
import dev.passages.index.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index keeps offsets in the postings of the text and variants fields, and the highlights read from them
 * are those found by analysing each hit's text again (over an index of the texts alone, without offsets): the
 * query's words and its names in other spellings. Searches without filters, which such an index cannot match.
 */
class HighlightsFromOffsetsTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void index() {
        new Indexer(tmp.resolve("index"), true, w -> { }).run(TestCorpus.FROZEN);
    }

    @Test
    void theTextAndVariantsFieldsHaveOffsetsInTheirPostings() throws Exception {
        try (DirectoryReader reader = IndexPaths.open(tmp.resolve("index"))) {
            assertThat(reader.leaves()).isNotEmpty();
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : List.of(Schema.TEXT, Schema.TEXT_VARIANTS)) {
                    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                    assertThat(info.getIndexOptions()).as(field).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                }
            }
        }
    }

    @Test
    void highlightsFromOffsetsAreThoseOfTheTextAnalysedAgain() throws Exception {
        List<SearchRequest> requests = List.of(SearchRequest.of("refugees deported"), SearchRequest.of("\"interim government\""),
                SearchRequest.of("Kakar said"), SearchRequest.of("deport* Afghan"), SearchRequest.of("Ashrafi terrorism"),
                SearchRequest.of("TTP attacks"), SearchRequest.of("Anwaar Kakar refugees"));
        int marks = 0;
        try (PassageSearcher searcher = new PassageSearcher(tmp.resolve("index"))) {
            for (SearchRequest request : requests) {
                List<Hit> hits = searcher.search(request).hits();
                assertThat(hits).as(request.query()).isNotEmpty();
                List<List<Hit.Span>> again = analysedAgain(searcher.query(request), hits.stream().map(Hit::text).toList());
                for (int i = 0; i < hits.size(); i++) {
                    assertThat(hits.get(i).highlights()).as(request.query() + " " + request.speakers() + ": " + hits.get(i).text())
                            .isEqualTo(again.get(i));
                    marks += again.get(i).size();
                }
            }
        }
        assertThat(marks).isGreaterThan(20);
    }

    /** The spans of each text, from an index of the texts alone, whose text field has no offsets. */
    private static List<List<Hit.Span>> analysedAgain(org.apache.lucene.search.Query match, List<String> texts) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forSchema()))) {
                for (String text : texts) {
                    Document d = new Document();
                    d.add(new TextField(Schema.TEXT, text, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                int[] ids = new int[texts.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = i;
                }
                return new Highlights(Analyzers.forSchema()).of(new IndexSearcher(reader), match, List.of(), ids, texts);
            }
        }
    }
}
