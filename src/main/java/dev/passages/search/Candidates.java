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
 * What near-duplicate folding needs of the candidate hits (signature, article, and for a folded copy
 * its id, source and date), read from doc values in document order: loading whole stored documents
 * for copies that are folded away would cost more than the search.
 */
final class Candidates {

    private final byte[][] signatures;
    private final String[] articles;
    private final String[] ids;
    private final String[] sources;
    private final LocalDate[] dates;

    private Candidates(int n) {
        signatures = new byte[n][];
        articles = new String[n];
        ids = new String[n];
        sources = new String[n];
        dates = new LocalDate[n];
    }

    static Candidates read(DirectoryReader reader, ScoreDoc[] docs) throws IOException {
        Candidates c = new Candidates(docs.length);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // doc values iterate forwards only: visit the candidates by document number
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        Leaf leaf = null;
        for (int i : order) {
            int doc = docs[i].doc;
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                leaf = new Leaf(leaves.get(sub));
            }
            leaf.read(doc - leaves.get(sub).docBase, i, c);
        }
        return c;
    }

    byte[] signature(int i) {
        return signatures[i];
    }

    String article(int i) {
        return articles[i];
    }

    Hit.Copy copy(int i) {
        return new Hit.Copy(ids[i], articles[i], sources[i], dates[i]);
    }

    /** One segment's doc values, positioned as the candidates in it are visited. */
    private static final class Leaf {
        final BinaryDocValues signature;
        final SortedSetDocValues article;
        final SortedSetDocValues id;
        final SortedDocValues source;
        final SortedNumericDocValues date;

        Leaf(LeafReaderContext ctx) throws IOException {
            LeafReader r = ctx.reader();
            signature = r.getBinaryDocValues(Schema.MINHASH);
            article = r.getSortedSetDocValues(Schema.ARTICLE);
            id = r.getSortedSetDocValues(Schema.ID);
            source = r.getSortedDocValues(Schema.SOURCE);
            date = r.getSortedNumericDocValues(Schema.DATE);
        }

        void read(int doc, int i, Candidates c) throws IOException {
            if (signature != null && signature.advanceExact(doc)) {
                BytesRef b = signature.binaryValue();
                c.signatures[i] = Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
            }
            c.articles[i] = first(article, doc);
            c.ids[i] = first(id, doc);
            if (source != null && source.advanceExact(doc)) {
                c.sources[i] = source.lookupOrd(source.ordValue()).utf8ToString();
            }
            if (date != null && date.advanceExact(doc)) {
                c.dates[i] = LocalDate.ofEpochDay(date.nextValue());
            }
        }

        private static String first(SortedSetDocValues values, int doc) throws IOException {
            return values != null && values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
        }
    }
}
