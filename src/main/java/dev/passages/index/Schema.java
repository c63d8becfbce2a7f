package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.corpus.Article;
import dev.passages.speakers.SpeakerCodec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
    public static final String VERSION = "11";
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "passages.schema";
    /**
     * Commit user-data key holding the name of the embedding model whose vectors the index keeps ({@link #VECTOR}),
     * absent when it keeps none: every later run embeds the paragraphs it writes.
     */
    public static final String SEMANTIC_KEY = "passages.semantic";
    /** Commit user-data key holding the index's corpus folders ({@link Sources}). */
    public static final String SOURCES_KEY = "passages.sources";

    /**
     * Paragraph id {@code <article id>#<n>}, as a query field only ({@code id:...}): no index field of its
     * own, since the article key and the paragraph number make it ({@link #paragraphQuery}).
     */
    public static final String ID = "id";
    /** Article id: exact key for filters and grouping, stored. */
    public static final String ARTICLE = "article";
    /**
     * Corpus file the paragraph came from, as {@link #fileKey}: its source's key and its path relative to the
     * source folder. The unit of incremental re-indexing; a key and a doc value, not stored.
     */
    public static final String FILE = "file";
    /**
     * Key of the corpus folder ({@link Sources}) the paragraph came from, for removing a source's paragraphs at
     * once: postings only (the {@link #FILE} doc value begins with it too).
     */
    public static final String ORIGIN = "origin";
    /** Content hash of that file (doc values only): tells a changed file from an unchanged one. */
    public static final String FILE_HASH = "file_hash";
    /**
     * Article title: English analysis, stored; on the article's first paragraph only ({@link ArticleQuery}
     * finds the rest of the article from it). A bonus for the best hits, and searched by name ({@code title:word}).
     */
    public static final String TITLE = "title";
    /**
     * Outlet name: folded name analysis and a sorted doc value on every paragraph (read for folded copies
     * without loading documents); stored on the first paragraph.
     */
    public static final String SOURCE = "source";
    /** Article URL: stored on the first paragraph. */
    public static final String URL = "url";
    /**
     * Who wrote the article, as its file names them: stored on the first paragraph, absent when the file names
     * no author. An index written before this field existed reads as having no bylines, so it is no schema
     * change; {@link FileHashes#ANALYSIS_VERSION} re-reads every file on the next run to fill it in.
     */
    public static final String BYLINE = "byline";
    /** Article date as epoch day: range filters and sorting (points and doc values). */
    public static final String DATE = "date";
    /** Article date as ISO {@code YYYY-MM-DD}: stored on the first paragraph. */
    public static final String DATE_ISO = "date_iso";
    /**
     * 1-based paragraph number within the article: stored, and a doc value for sorting and for finding
     * a paragraph by its {@link #ID}.
     */
    public static final String PARAGRAPH = "paragraph";
    /**
     * Paragraph text: English analysis, stored, with each word's offsets in the postings ({@link #TEXT_TYPE}).
     */
    public static final String TEXT = "text";
    /**
     * How {@link #TEXT} is indexed: stored and analysed, with positions and character offsets in the postings,
     * so that the highlighter reads where the query's words are instead of analysing each hit's text again.
     */
    public static final FieldType TEXT_TYPE = withOffsets(TextField.TYPE_STORED);
    /** Speaker key within the article ({@code anwar-ul-haq-kakar}): exact, for filters (postings only); one value per speaker. */
    public static final String SPEAKER_KEY = "speaker_key";
    /** Speaker names and aliases: folded, transliteration skeletons; searched with {@code speaker:}. */
    public static final String SPEAKER = "speaker";
    /** The speakers with their cues and triggers, stored for display ({@link #encode}). */
    public static final String SPEAKERS_STORED = "speakers";
    /**
     * The paragraph's capitalised words as transliteration skeletons: spelling variants ({@code Tehrik}/{@code Tehreek})
     * meet. With offsets in the postings ({@link #TEXT_VARIANTS_TYPE}), those of the text's words, so that the
     * highlighter reads where a name is said in any spelling without analysing the text again.
     */
    public static final String TEXT_VARIANTS = "text_variants";
    /** How {@link #TEXT_VARIANTS} is indexed: analysed, not stored, with positions and character offsets. */
    public static final FieldType TEXT_VARIANTS_TYPE = withOffsets(TextField.TYPE_NOT_STORED);
    /** The paragraph's MinHash signature ({@link MinHash}), a binary doc value: near-duplicate reports are folded at search. */
    public static final String MINHASH = "minhash";
    /** Doc values {@code ACR|Long Form} per acronym defined in the paragraph: the input of {@link Acronyms}. */
    public static final String ACRONYM_DEF = "acronym_def";
    /** Doc values {@code key|type|name|aliases} per speaker: the input of the corpus-wide speaker registry. */
    public static final String SPEAKER_ENTRY = "speaker_entry";

    /**
     * The paragraph text's embedding (unit length, compared by dot product), in an index that keeps vectors: an
     * HNSW graph over int7-quantised copies ({@link VectorCodec}); the text alone, without the title, which
     * embedded worse.
     */
    public static final String VECTOR = "vector";
    /**
     * Hash of the text {@link #VECTOR} embeds (postings only): a later run finds the vector of a paragraph it
     * writes again (a changed file, a rebuild) instead of embedding it again.
     */
    public static final String TEXT_HASH = "text_hash";

    /**
     * The stored fields read from an article's first paragraph: what only it stores (title, source, URL,
     * byline, date), and its article key and number, which show that it is that paragraph.
     */
    public static final Set<String> ARTICLE_STORED = Set.of(ARTICLE, PARAGRAPH, TITLE, SOURCE, URL, BYLINE, DATE_ISO);

    private Schema() {
    }

    private static FieldType withOffsets(FieldType of) {
        FieldType type = new FieldType(of);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * One document per paragraph of {@code article}, in order, to be added together as one block. The
     * article-level fields that only display or {@link ArticleQuery} read (title, URL, the stored source
     * and date) are written once, on the first paragraph: repeated on every paragraph they cost a tenth
     * of the indexing time. Those that filter, sort or fold hits (article, file, source, date) are on
     * every paragraph.
     *
     * @param origin   the key of the source the article's file is in ({@link Sources.Source#key})
     * @param speakers the attributions of each paragraph, or null when attribution was not run
     */
    public static List<Document> documents(Article article, String origin, List<List<Attribution>> speakers,
                                           String fileHash) {
        List<Document> docs = new ArrayList<>(article.paragraphs().size());
        SpeakerFields speakerFields = null;
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int number = i + 1;
            Document doc = new Document();
            doc.add(new KeywordField(ARTICLE, article.id(), Field.Store.YES));
            doc.add(new KeywordField(FILE, fileKey(origin, article.file()), Field.Store.NO));
            doc.add(new StringField(ORIGIN, origin, Field.Store.NO));
            doc.add(new SortedDocValuesField(FILE_HASH, new BytesRef(fileHash)));
            boolean first = number == 1;
            if (first) {
                doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
            }
            if (article.source() != null) {
                doc.add(new TextField(SOURCE, article.source(), first ? Field.Store.YES : Field.Store.NO));
                doc.add(new SortedDocValuesField(SOURCE, new BytesRef(article.source())));
            }
            if (first && article.url() != null) {
                doc.add(new StoredField(URL, article.url()));
            }
            if (first && article.byline() != null) {
                doc.add(new StoredField(BYLINE, article.byline()));
            }
            LocalDate date = article.date();
            if (date != null) {
                doc.add(new LongField(DATE, date.toEpochDay(), Field.Store.NO));
                if (first) {
                    doc.add(new StoredField(DATE_ISO, date.toString()));
                }
            }
            doc.add(new SortedNumericDocValuesField(PARAGRAPH, number));
            doc.add(new StoredField(PARAGRAPH, number));
            String text = article.paragraphs().get(i);
            // the variants field indexes the text's capitalised words, recorded as the text is analysed
            CapitalisedWords capitalised = new CapitalisedWords();
            doc.add(CapitalisedWords.textField(TEXT, text, capitalised));
            doc.add(CapitalisedWords.variantsField(TEXT_VARIANTS, text, capitalised));
            byte[] signature = MinHash.signature(text);
            if (signature != null) {
                doc.add(new BinaryDocValuesField(MINHASH, new BytesRef(signature)));
            }
            for (String def : Acronyms.extract(text)) {
                doc.add(new SortedSetDocValuesField(ACRONYM_DEF, new BytesRef(def)));
            }
            if (speakers != null && !speakers.get(i).isEmpty()) {
                speakerFields = speakerFields != null ? speakerFields : new SpeakerFields();
                speakerFields.add(doc, speakers.get(i));
            }
            docs.add(doc);
        }
        return docs;
    }

    /** Adds a paragraph's embedding and the hash of the text it embeds. */
    public static void addVector(Document doc, String textHash, float[] vector) {
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StringField(TEXT_HASH, textHash, Field.Store.NO));
    }

    /** The attributions stored on a paragraph document, in order. */
    public static List<Attribution> decodeSpeakers(Document doc) {
        List<Attribution> out = new ArrayList<>();
        for (String stored : doc.getValues(SPEAKERS_STORED)) {
            out.add(SpeakerCodec.decode(stored));
        }
        return out;
    }

    /**
     * The document number of the first paragraph of the article whose paragraph {@code number} is document
     * {@code doc}: the paragraphs of an article are one block, in order ({@link #documents}), and Lucene
     * keeps a block together through merges and deletes it whole.
     */
    public static int firstParagraphDoc(int doc, long number) {
        long first = doc - number + 1;
        return first >= 0 && first <= doc ? (int) first : doc;
    }

    /** The {@link #FILE} value of a file: its source's key, a colon, its path relative to the source folder. */
    public static String fileKey(String origin, String relative) {
        return origin + ":" + relative;
    }

    /** The source key of a {@link #FILE} value. */
    public static String originOf(String fileKey) {
        return fileKey.substring(0, Math.max(0, fileKey.indexOf(':')));
    }

    /** The path relative to its source folder of a {@link #FILE} value. */
    public static String relativeOf(String fileKey) {
        return fileKey.substring(fileKey.indexOf(':') + 1);
    }

    public static String paragraphId(String articleId, int number) {
        return articleId + "#" + number;
    }

    /** The id of a stored paragraph document. */
    public static String paragraphId(Document doc) {
        return paragraphId(doc.get(ARTICLE), doc.getField(PARAGRAPH).numericValue().intValue());
    }

    /**
     * The paragraph with id {@code <article id>#<n>}: the article's key and the paragraph number; null
     * when {@code id} has no such form.
     */
    public static Query paragraphQuery(String id) {
        int hash = id.lastIndexOf('#');
        if (hash <= 0 || hash == id.length() - 1) {
            return null;
        }
        String digits = id.substring(hash + 1);
        int number;
        try {
            number = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number < 1 || !digits.equals(Integer.toString(number))) {
            return null; // only the id as passages writes it: no sign, no leading zeros, ASCII digits
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ARTICLE, id.substring(0, hash))), BooleanClause.Occur.FILTER)
                .add(SortedNumericDocValuesField.newSlowExactQuery(PARAGRAPH, number), BooleanClause.Occur.FILTER)
                .build();
    }
}
