package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;
import dev.passages.corpus.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema's ids and stored fields: a paragraph found by its id, article fields on the first paragraph only. */
class SchemaTest {

    private static Article article(String id) {
        return new Article(id, id + ".txt", "A title", LocalDate.of(2023, 11, 20), null, null,
                List.of("First paragraph.", "Second paragraph.", "Third paragraph."));
    }

    @Test
    void aParagraphIsFoundByItsIdEvenWhenTheArticleIdHoldsAHash() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forSchema()))) {
                // "notes#2" as an article id: its second paragraph is "notes#2#2", its third "notes#2#3"
                for (String id : List.of("notes", "notes#2", "other")) {
                    w.addDocuments(Schema.documents(article(id), "1", null, "0"));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String id : List.of("notes#2", "notes#2#2", "notes#2#3", "other#1")) {
                    ScoreDoc[] hits = searcher.search(Schema.paragraphQuery(id), 10).scoreDocs;
                    assertThat(hits).as(id).hasSize(1);
                    Document doc = searcher.storedFields().document(hits[0].doc);
                    assertThat(Schema.paragraphId(doc)).isEqualTo(id);
                }
                assertThat(searcher.search(Schema.paragraphQuery("notes#4"), 10).scoreDocs).isEmpty();
            }
        }
    }

    @Test
    void theArticleLevelFieldsAreStoredOnTheFirstParagraphOnly() {
        Article a = new Article("a", "a.txt", "A title", LocalDate.of(2023, 11, 20), "Dawn", "https://example.org/a",
                List.of("First paragraph.", "Second paragraph."));
        List<Document> docs = Schema.documents(a, "1", null, "0");
        assertThat(docs.get(0).get(Schema.TITLE)).isEqualTo("A title");
        assertThat(docs.get(0).get(Schema.SOURCE)).isEqualTo("Dawn");
        assertThat(docs.get(0).get(Schema.URL)).isEqualTo("https://example.org/a");
        assertThat(docs.get(0).get(Schema.DATE_ISO)).isEqualTo("2023-11-20");
        Document second = docs.get(1);
        assertThat(second.getFields(Schema.TITLE)).isEmpty();
        assertThat(second.get(Schema.URL)).isNull();
        assertThat(second.get(Schema.DATE_ISO)).isNull();
        // still filtered and folded by source and date on every paragraph
        assertThat(second.getFields(Schema.SOURCE)).isNotEmpty();
        assertThat(second.getFields(Schema.DATE)).isNotEmpty();
        assertThat(Schema.firstParagraphDoc(41, 2)).isEqualTo(40);
        assertThat(Schema.firstParagraphDoc(1, 5)).as("no such block: the document itself").isEqualTo(1);
    }

    @Test
    void aSpeakerOfSeveralParagraphsIsIndexedOnEachWithThatParagraphsCue() throws Exception {
        Speaker tobin = new Speaker("tobin-arks", "Tobin Arks", SpeakerType.PERSON, List.of("Tobin Arks", "Arks"));
        Speaker vell = new Speaker("vell-council", "Vell Council", SpeakerType.ORGANIZATION, List.of("Vell Council"));
        List<List<Attribution>> speakers = List.of(List.of(new Attribution(tobin, "say", "Tobin Arks said")),
                List.of(), List.of(new Attribution(vell, "announce", "the council announced"),
                        new Attribution(tobin, "tell", "he told")));
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forSchema()))) {
                w.addDocuments(Schema.documents(article("a"), "1", speakers, "0"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Schema.SPEAKER_KEY, "tobin-arks")), 10).scoreDocs;
                assertThat(hits).extracting(h -> h.doc).containsExactlyInAnyOrder(0, 2);
                assertThat(searcher.count(new TermQuery(new Term(Schema.SPEAKER_KEY, "vell-council")))).isEqualTo(1);
                assertThat(Schema.decodeSpeakers(searcher.storedFields().document(0)))
                        .containsExactly(new Attribution(tobin, "say", "Tobin Arks said"));
                assertThat(Schema.decodeSpeakers(searcher.storedFields().document(1))).isEmpty();
                assertThat(Schema.decodeSpeakers(searcher.storedFields().document(2))).containsExactly(
                        new Attribution(vell, "announce", "the council announced"), new Attribution(tobin, "tell", "he told"));
                SortedSetDocValues entries = MultiDocValues.getSortedSetValues(reader, Schema.SPEAKER_ENTRY);
                assertThat(entries.advanceExact(0)).isTrue();
                assertThat(entries.docValueCount()).isEqualTo(1);
                assertThat(entries.advanceExact(2)).isTrue();
                assertThat(entries.docValueCount()).isEqualTo(2);
            }
        }
    }

    @Test
    void idsWithoutAParagraphNumberMakeNoQuery() {
        for (String id : List.of("notes", "#3", "notes#", "notes#x", "notes#0", "notes#-1", "notes#99999999999",
                "notes#02", "notes#+2", "notes#\u0662")) {
            assertThat(Schema.paragraphQuery(id)).as(id).isNull();
        }
    }
}
