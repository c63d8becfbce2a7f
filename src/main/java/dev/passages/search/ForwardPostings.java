package dev.passages.search;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A segment whose postings are handed out again, moved forwards, as its documents are asked about one after another
 * in increasing order (as the highlighter marks the hits of a segment): a term's postings of the previous document
 * are reused for the next one instead of being opened and skipped to it from their start. A term's postings are
 * reused only while they stand before the document asked about and have not been handed out for it, so that each
 * reading of a document's matches has positions of its own; otherwise they are opened again. Reused postings show themselves unpositioned, as new ones are, and go on from where
 * they stand: the documents they pass over are before the one asked about, which is all a match reads. Each field may
 * be read from another ({@code fieldRead}).
 */
final class ForwardPostings extends FilterLeafReader {

    /** A term's postings as opened with some flags. */
    private record Key(String field, BytesRef term, int flags) {
    }

    /** A term's postings and the document they were last handed out for. */
    private record Opened(PostingsEnum postings, int handedFor) {
    }

    private final UnaryOperator<String> fieldRead;
    private final Map<Key, Opened> open = new HashMap<>();
    /** The document, of this segment, whose matches are read now. */
    private int target = -1;

    /** @param fieldRead the field whose terms are read for each field asked */
    ForwardPostings(LeafReader in, UnaryOperator<String> fieldRead) {
        super(in);
        this.fieldRead = fieldRead;
    }

    /** Says which document the postings opened next are for: those opened for an earlier one may move on to it. */
    void movingTo(int doc) {
        target = doc;
    }

    @Override
    public Terms terms(String field) throws IOException {
        String read = fieldRead.apply(field);
        Terms terms = super.terms(read);
        return terms == null ? null : new FilterTerms(terms) {
            @Override
            public TermsEnum iterator() throws IOException {
                return new Reusing(read, in.iterator());
            }
        };
    }

    /** A terms enum whose postings come from {@link #open} while they stand before the document asked about. */
    private final class Reusing extends FilterTermsEnum {

        private final String field;

        Reusing(String field, TermsEnum in) {
            super(in);
            this.field = field;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            Key key = new Key(field, BytesRef.deepCopyOf(in.term()), flags);
            Opened opened = open.get(key);
            // a query may read one term twice for one document (a phrase of a repeated word): each reads its own
            if (opened != null && opened.handedFor() < target && opened.postings().docID() < target) {
                open.put(key, new Opened(opened.postings(), target));
                return new Resumed(opened.postings());
            }
            PostingsEnum postings = in.postings(null, flags);
            open.put(key, new Opened(postings, target));
            return postings;
        }
    }

    /** Postings that stand before the document asked about, shown unpositioned until they are moved. */
    private static final class Resumed extends FilterPostingsEnum {

        private boolean moved;

        Resumed(PostingsEnum in) {
            super(in);
        }

        @Override
        public int docID() {
            return moved ? in.docID() : -1;
        }

        @Override
        public int nextDoc() throws IOException {
            moved = true;
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            moved = true;
            return in.docID() >= target ? in.docID() : in.advance(target);
        }
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }
}
