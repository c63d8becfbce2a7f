package dev.passages.search;

import dev.passages.attribution.Attribution;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a hit from the index: the paragraph's stored fields, its article's (kept on its first paragraph), its speakers by their corpus-wide names. */
final class HitReader {

    private final IndexSearcher searcher;
    private final SpeakerRegistry speakers;

    HitReader(IndexSearcher searcher, SpeakerRegistry speakers) {
        this.searcher = searcher;
        this.speakers = speakers;
    }

    /** A hit read with {@code stored}: one reader for all the hits of a search keeps its decompressed block between them. */
    Hit read(StoredFields stored, int rank, int docId, Float score, List<Hit.Span> spans)
            throws IOException {
        Document doc = stored.document(docId);
        Document article = articleFields(stored, docId, doc);
        String iso = article.get(Schema.DATE_ISO);
        List<Hit.SpeakerRef> refs = new ArrayList<>();
        List<Attribution> attributions = Schema.decodeSpeakers(doc);
        for (Attribution a : attributions) {
            SpeakerRegistry.Entry canonical = speakers.canonical(a.speaker().key());
            refs.add(new Hit.SpeakerRef(canonical == null ? a.speaker().key() : canonical.key(),
                    canonical == null ? a.speaker().name() : canonical.name(), a.speaker().type().label(), a.cue(),
                    a.trigger(), a.speaker().affiliations()));
        }
        return new Hit(rank, Schema.paragraphId(doc), doc.get(Schema.ARTICLE),
                doc.getField(Schema.PARAGRAPH).numericValue().intValue(), article.get(Schema.TITLE), article.get(Schema.SOURCE),
                article.get(Schema.URL), article.get(Schema.BYLINE), iso == null ? null : LocalDate.parse(iso), score, doc.get(Schema.TEXT), spans, refs,
                List.of());
    }

    /**
     * The stored article-level fields (title, source, URL, byline, date) of a paragraph: those of its article's
     * first paragraph, which alone stores them.
     */
    private Document articleFields(StoredFields stored, int docId, Document doc) throws IOException {
        int number = doc.getField(Schema.PARAGRAPH).numericValue().intValue();
        if (number == 1) {
            return doc;
        }
        String articleId = doc.get(Schema.ARTICLE);
        Document first = stored.document(Schema.firstParagraphDoc(docId, number), Schema.ARTICLE_STORED);
        IndexableField firstNumber = first.getField(Schema.PARAGRAPH);
        if (articleId.equals(first.get(Schema.ARTICLE)) && firstNumber != null && firstNumber.numericValue().intValue() == 1) {
            return first;
        }
        // not where the block layout puts it (an index written otherwise): look it up
        TopDocs found = searcher.search(Schema.paragraphQuery(Schema.paragraphId(articleId, 1)), 1);
        return found.scoreDocs.length == 0 ? doc : stored.document(found.scoreDocs[0].doc, Schema.ARTICLE_STORED);
    }
}
