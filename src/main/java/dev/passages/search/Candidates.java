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

    /**
     * The folded copies {@code indexes} (candidates, in any order): each one's id, article, source and date, read in
     * document order so that each segment's doc values are opened once and only move forwards.
     */
    Hit.Copy[] copies(int[] indexes) throws IOException {
        Integer[] order = new Integer[indexes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt(k -> docs[indexes[k]]));
        Hit.Copy[] out = new Hit.Copy[indexes.length];
        int leafIndex = -1;
        SortedDocValues sources = null;
        SortedNumericDocValues dates = null;
        SortedSetDocValues articles = null;
        SortedNumericDocValues numbers = null;
        for (int k : order) {
            int i = indexes[k];
            LeafReaderContext ctx = leaves.get(leafOf[i]);
            if (leafOf[i] != leafIndex) {
                leafIndex = leafOf[i];
                LeafReader r = ctx.reader();
                sources = r.getSortedDocValues(Schema.SOURCE);
                dates = r.getSortedNumericDocValues(Schema.DATE);
                articles = r.getSortedSetDocValues(Schema.ARTICLE);
                numbers = r.getSortedNumericDocValues(Schema.PARAGRAPH);
            }
            int doc = docs[i] - ctx.docBase;
            String source = sources != null && sources.advanceExact(doc) ? sources.lookupOrd(sources.ordValue()).utf8ToString() : null;
            LocalDate date = dates != null && dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()) : null;
            String article = first(articles, doc);
            String id = article != null && numbers != null && numbers.advanceExact(doc)
                    ? Schema.paragraphId(article, (int) numbers.nextValue()) : null;
            out[k] = new Hit.Copy(id, article, source, date);
        }
        return out;
    }

    private static String first(SortedSetDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
    }
}
