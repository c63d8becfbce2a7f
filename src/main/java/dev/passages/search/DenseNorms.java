package dev.passages.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open index whose sparse norms (of a field that not every paragraph has, such as the speakers' names) are
 * read from arrays in memory, one byte a paragraph, made once the index has been asked for them a few times: scoring then looks a paragraph's norm
 * up at once instead of stepping through the index's bitmap of the paragraphs that have the field, which took
 * a tenth of a search's time. The values, and so the scores, are the index's own; a field whose norms do not
 * fit in a byte, or that every paragraph has, is read from the index as before.
 */
final class DenseNorms extends FilterDirectoryReader {

    /**
     * How many times a segment's norms of a field are read from the index before they are loaded: one search
     * asks a few times, and loading them (a pass over every paragraph that has the field, some 10 ms on a
     * 30 MB index) costs a search run in its own process more than it saves it; a process that answers many
     * searches loads them early on.
     */
    static final int ASKED_BEFORE_LOADING = 8;

    private DenseNorms(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader);
            }
        });
    }

    /** {@code reader} with its sparse norms read from memory. */
    static DirectoryReader of(DirectoryReader reader) {
        try {
            return new DenseNorms(reader);
        } catch (IOException e) {
            // wrapping reads nothing; the constructor only declares it
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new DenseNorms(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        // the same documents and terms as the index's: what is cached for one holds for the other
        return in.getReaderCacheHelper();
    }

    /** One segment, its sparse norms in memory. */
    private static final class Leaf extends FilterLeafReader {

        /**
         * Per field: its norms in memory, {@link #FROM_INDEX} when they are read from the index, or how many
         * times they have been asked for while fewer than {@link #ASKED_BEFORE_LOADING}.
         */
        private final Map<String, Object> byField = new ConcurrentHashMap<>();
        private static final Object FROM_INDEX = new Object();

        Leaf(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Object norms = byField.computeIfAbsent(field, f -> new AtomicInteger());
            if (norms instanceof AtomicInteger asked) {
                if (asked.incrementAndGet() <= ASKED_BEFORE_LOADING) {
                    return in.getNormValues(field);
                }
                norms = load(field);
                byField.put(field, norms);
            }
            return norms instanceof Norms n ? n.iterator() : in.getNormValues(field);
        }

        /** The field's norms in memory when they are sparse and fit in bytes, else {@link #FROM_INDEX}. */
        private Object load(String field) throws IOException {
            NumericDocValues norms = in.getNormValues(field);
            int maxDoc = in.maxDoc();
            if (norms == null || norms.cost() >= maxDoc) {
                return FROM_INDEX;
            }
            byte[] values = new byte[maxDoc];
            FixedBitSet present = new FixedBitSet(Math.max(1, maxDoc));
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                long value = norms.longValue();
                if (value != (byte) value) {
                    return FROM_INDEX;
                }
                values[doc] = (byte) value;
                present.set(doc);
            }
            return new Norms(values, present, present.cardinality());
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** A field's norms: a byte per document, and which documents have one. */
    private record Norms(byte[] values, FixedBitSet present, int count) {

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return values[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= values.length ? NO_MORE_DOCS : present.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }
}
