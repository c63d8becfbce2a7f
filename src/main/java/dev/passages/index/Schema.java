package dev.passages.index;

import dev.passages.corpus.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one class that names every Lucene field of a paragraph document and builds those documents.
 * A SolrCloud schema would carry the same names and analysis.
 */
public final class Schema {

    /** Bumped when fields or analysis change: an index of another version must be rebuilt. */
    public static final String VERSION = "1";
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "passages.schema";

    /** Paragraph id {@code <article id>#<n>}: exact key, stored. */
    public static final String ID = "id";
    /** Article id: exact key for filters and grouping, stored. */
    public static final String ARTICLE = "article";
    /** Corpus file the paragraph came from (relative path): the unit of incremental re-indexing. */
    public static final String FILE = "file";
    /** Content hash of that file (doc values only): tells a changed file from an unchanged one. */
    public static final String FILE_HASH = "file_hash";
    /** Article title: English analysis, stored, searched with a lower weight than the text. */
    public static final String TITLE = "title";
    /** Outlet name: folded name analysis, stored. */
    public static final String SOURCE = "source";
    /** Article URL: stored only. */
    public static final String URL = "url";
    /** Article date as epoch day: range filters and sorting (points and doc values). */
    public static final String DATE = "date";
    /** Article date as ISO {@code YYYY-MM-DD}: stored only. */
    public static final String DATE_ISO = "date_iso";
    /** 1-based paragraph number within the article: stored, sortable. */
    public static final String PARAGRAPH = "paragraph";
    /** Paragraph text: English analysis, stored, with offsets for highlighting. */
    public static final String TEXT = "text";

    /** Fields a user may name in the query syntax ({@code title:kabul}). */
    public static final Set<String> QUERYABLE = Set.of(TEXT, TITLE, SOURCE, ARTICLE, ID);

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private Schema() {
    }

    /** One document per paragraph of {@code article}, in order, sharing the article-level fields. */
    public static List<Document> documents(Article article, String fileHash) {
        List<Document> docs = new ArrayList<>(article.paragraphs().size());
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int number = i + 1;
            Document doc = new Document();
            doc.add(new KeywordField(ID, paragraphId(article.id(), number), Field.Store.YES));
            doc.add(new KeywordField(ARTICLE, article.id(), Field.Store.YES));
            doc.add(new KeywordField(FILE, article.file(), Field.Store.YES));
            doc.add(new SortedDocValuesField(FILE_HASH, new BytesRef(fileHash)));
            doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
            if (article.source() != null) {
                doc.add(new TextField(SOURCE, article.source(), Field.Store.YES));
            }
            if (article.url() != null) {
                doc.add(new StoredField(URL, article.url()));
            }
            LocalDate date = article.date();
            if (date != null) {
                doc.add(new LongField(DATE, date.toEpochDay(), Field.Store.NO));
                doc.add(new StoredField(DATE_ISO, date.toString()));
            }
            doc.add(new IntField(PARAGRAPH, number, Field.Store.YES));
            doc.add(new Field(TEXT, article.paragraphs().get(i), TEXT_WITH_OFFSETS));
            docs.add(doc);
        }
        return docs;
    }

    public static String paragraphId(String articleId, int number) {
        return articleId + "#" + number;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
