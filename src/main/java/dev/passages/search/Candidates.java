package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What near-duplicate folding needs of the candidate hits, read from doc values in document order:
 * each one's signature and article (as a segment and an ordinal: no term look-up), and, only for a
 * copy that is folded, its id, article, source and date. Loading whole stored documents, or looking up
 * every candidate's id, would cost more than the search.
 *
 * <p>Articles compare by segment and ordinal because all paragraphs of an article are in one segment:
 * a file's documents are added as one block, and merges keep a segment's documents together.
 */
final class Candidates {

    private final List<LeafReaderContext> leaves;
    private final int[] docs;
    private final int[] leafOf;
    private final long[] articleOrd;
    private final byte[][] signatures;

    private Candidates(List<LeafReaderContext> leaves, int n) {
        this.leaves = leaves;
        docs = new int[n];
        leafOf = new int[n];
        articleOrd = new long[n];
        signatures = new byte[n][];
    }

    static Candidates read(DirectoryReader reader, ScoreDoc[] hits) throws IOException {
        Candidates c = new Candidates(reader.leaves(), hits.length);
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            c.docs[i] = hits[i].doc;
        }
        // doc values iterate forwards only: visit the candidates by document number
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        int leafIndex = -1;
        BinaryDocValues signature = null;
        SortedSetDocValues article = null;
        for (int i : order) {
            int sub = ReaderUtil.subIndex(hits[i].doc, c.leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                LeafReader r = c.leaves.get(sub).reader();
                signature = r.getBinaryDocValues(Schema.MINHASH);
                article = r.getSortedSetDocValues(Schema.ARTICLE);
            }
            int doc = hits[i].doc - c.leaves.get(sub).docBase;
            c.leafOf[i] = sub;
            if (signature != null && signature.advanceExact(doc)) {
                BytesRef b = signature.binaryValue();
                c.signatures[i] = Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
            }
            c.articleOrd[i] = article != null && article.advanceExact(doc) ? article.nextOrd() : -1;
        }
        return c;
    }

    byte[] signature(int i) {
        return signatures[i];
    }

    /** Whether candidates {@code i} and {@code j} are paragraphs of one article. */
    boolean sameArticle(int i, int j) {
        return leafOf[i] == leafOf[j] && articleOrd[i] >= 0 && articleOrd[i] == articleOrd[j];
    }

    /** A folded copy: its id, article, source and date, read now. */
    Hit.Copy copy(int i) throws IOException {
        LeafReaderContext ctx = leaves.get(leafOf[i]);
        LeafReader r = ctx.reader();
        int doc = docs[i] - ctx.docBase;
        String source = null;
        SortedDocValues sources = r.getSortedDocValues(Schema.SOURCE);
        if (sources != null && sources.advanceExact(doc)) {
            source = sources.lookupOrd(sources.ordValue()).utf8ToString();
        }
        LocalDate date = null;
        SortedNumericDocValues dates = r.getSortedNumericDocValues(Schema.DATE);
        if (dates != null && dates.advanceExact(doc)) {
            date = LocalDate.ofEpochDay(dates.nextValue());
        }
        String article = first(r.getSortedSetDocValues(Schema.ARTICLE), doc);
        SortedNumericDocValues numbers = r.getSortedNumericDocValues(Schema.PARAGRAPH);
        String id = article != null && numbers != null && numbers.advanceExact(doc)
                ? Schema.paragraphId(article, (int) numbers.nextValue()) : null;
        return new Hit.Copy(id, article, source, date);
    }

    private static String first(SortedSetDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
    }
}
