package dev.passages.index;

import dev.passages.embedding.Embedder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Gives the paragraphs a run writes their vectors: the vector the index already holds for the same text (a
 * changed file's unchanged paragraphs, a rebuild), else the one a killed run left in the {@link EmbeddingJournal},
 * else a new embedding, recorded in the journal. Safe to call from every indexing thread at once.
 */
public final class ParagraphVectors implements Closeable {

    private final Supplier<Embedder> model;
    private final DirectoryReader previous;
    private final Path indexDir;
    private volatile Embedder embedder;
    private EmbeddingJournal journal;
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();

    /**
     * @param model    the embedding model, asked for only when a paragraph needs embedding
     * @param previous the index's last commit, whose vectors are taken where the text is the same; null when none
     */
    ParagraphVectors(Supplier<Embedder> model, DirectoryReader previous, Path indexDir) {
        this.model = model;
        this.previous = previous;
        this.indexDir = indexDir;
    }

    /**
     * What the run did: paragraphs embedded; paragraphs whose text already had a vector (in the index, or
     * embedded earlier in the run); vectors taken from a killed run.
     */
    public record Counts(long embedded, long kept, long resumed) {
    }

    Counts counts() {
        return new Counts(embedded.get(), kept.get(), resumed.get());
    }

    /**
     * The vectors of one run over the index in {@code dir}, taking those of its last commit where the text is the
     * same.
     */
    static ParagraphVectors forRun(Supplier<Embedder> model, Directory dir, Path indexDir) {
        DirectoryReader previous;
        try {
            previous = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
        } catch (IOException | RuntimeException e) {
            previous = null; // an unreadable commit has no vectors to give: the run embeds them all
        }
        return new ParagraphVectors(model, previous, indexDir);
    }

    /** The embedding model the last commit of the index in {@code dir} records, or null. */
    static String recordedModel(Directory dir) throws IOException {
        return DirectoryReader.indexExists(dir)
                ? SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.SEMANTIC_KEY) : null;
    }

    /** Closes {@code vectors} if there are any, with a warning when that fails. */
    static void closeQuietly(ParagraphVectors vectors, Consumer<String> warn) {
        if (vectors != null) {
            try {
                vectors.close();
            } catch (IOException e) {
                warn.accept("closing the vectors' journal: " + e.getMessage());
            }
        }
    }

    /** Adds to each of {@code docs} the vector of the paragraph text at the same position of {@code texts}. */
    void addTo(List<Document> docs, List<String> texts) {
        try {
            add(docs, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(List<Document> docs, List<String> texts) throws IOException {
        for (int i = 0; i < docs.size(); i++) {
            String text = texts.get(i);
            String hash = hash(text);
            float[] vector = fromPrevious(hash);
            if (vector != null) {
                kept.incrementAndGet();
            } else if ((vector = journal().get(hash)) != null) {
                // a killed run's, or this run's for the same text in another paragraph
                (journal().fromEarlierRun(hash) ? resumed : kept).incrementAndGet();
            } else {
                vector = embedder().embed(text);
                journal().add(hash, vector);
                embedded.incrementAndGet();
            }
            Schema.addVector(docs.get(i), hash, vector);
        }
    }

    private Embedder embedder() {
        Embedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = model.get();
                }
                e = embedder;
            }
        }
        return e;
    }

    private synchronized EmbeddingJournal journal() throws IOException {
        if (journal == null) {
            journal = EmbeddingJournal.open(indexDir, embedder().dimensions());
        }
        return journal;
    }

    /** The vector the last commit holds for a text of this hash, or null. */
    private float[] fromPrevious(String hash) throws IOException {
        if (previous == null) {
            return null;
        }
        BytesRef term = new BytesRef(hash);
        for (LeafReaderContext leaf : previous.leaves()) {
            LeafReader reader = leaf.reader();
            Terms terms = reader.terms(Schema.TEXT_HASH);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                FloatVectorValues values = reader.getFloatVectorValues(Schema.VECTOR);
                if (values != null && values.advance(doc) == doc) {
                    return values.vectorValue().clone();
                }
            }
        }
        return null;
    }

    /** Hex of the first 16 bytes of the text's SHA-256. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }

    /** After the run's commit: its vectors are in the index, and the journal goes. */
    void committed() throws IOException {
        if (journal != null) {
            journal.delete();
        } else {
            EmbeddingJournal.remove(indexDir);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (journal != null) {
                journal.close();
            }
        } finally {
            if (previous != null) {
                previous.close();
            }
        }
    }
}
