package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Acronyms;
import dev.passages.index.Analyzers;
import dev.passages.index.IndexPaths;
import dev.passages.index.SpeakerRegistryFile;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.CloseableThreadLocal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An index opened for searching, with what is read from it once (its speakers, acronyms, hit reader): shared
 * by the {@link PassageSearcher}s over it, and closed by whoever opened it.
 */
public final class OpenIndex implements Closeable {

    final Path dir;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Analyzer analyzer;
    final QueryBuilder queries;
    final Highlights highlights;
    final RankedDocs rankedDocs;
    /** Reads hits with the speakers' corpus-wide names: made when first needed, as the speakers are read. */
    private volatile HitReader hitReader;
    private SpeakerRegistry speakers;
    private Acronyms acronyms;
    private SpeakerMatch speakerMatch;
    /**
     * A reader of the stored fields for each thread, kept from one search to the next: a new one per search cloned
     * each segment's reader and allocated its decompression buffer again.
     */
    private final CloseableThreadLocal<StoredFields> storedFields = new CloseableThreadLocal<>();

    /**
     * Opens the index in {@code dir}; a missing or damaged one fails here, with the message a user is shown.
     *
     * @param features the query widenings to use (all, in normal use; fewer to measure what they bring)
     */
    public OpenIndex(Path dir, Features features) {
        this.dir = dir;
        this.reader = IndexPaths.open(dir);
        this.searcher = new IndexSearcher(DenseNorms.of(reader));
        this.searcher.setSimilarity(new BM25Similarity(Ranking.BM25_K1, Ranking.BM25_B));
        this.analyzer = Analyzers.forSchema();
        this.queries = new QueryBuilder(analyzer, this::speakerKeys, this::acronyms, features, this::docFreq);
        this.highlights = new Highlights(analyzer);
        this.rankedDocs = new RankedDocs(new SemanticSide(reader, dir), this::speakerKeys);
    }

    /** The reader of the commit this index was opened at: a process that keeps it open checks it is still the latest. */
    public DirectoryReader reader() {
        return reader;
    }

    private long docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The acronyms learned from this index, read once on first use. */
    synchronized Acronyms acronyms() {
        if (acronyms == null) {
            try {
                acronyms = Acronyms.load(reader, dir);
            } catch (IOException e) {
                throw damaged("reading acronyms of", e);
            }
        }
        return acronyms;
    }

    /** The corpus-wide speakers of this index, read once on first use. */
    synchronized SpeakerRegistry speakers() {
        if (speakers == null) {
            try {
                speakers = SpeakerRegistryFile.load(reader, dir);
            } catch (IOException e) {
                throw damaged("reading speakers of", e);
            }
        }
        return speakers;
    }

    /** The speakers of this index that {@code name} refers to, as {@code --speaker} takes it ({@link SpeakerMatch}). */
    List<SpeakerRegistry.Entry> speakersNamed(String name) {
        synchronized (this) {
            if (speakerMatch == null) {
                speakerMatch = new SpeakerMatch(speakers());
            }
        }
        return speakerMatch.match(name);
    }

    /** The people of this index whom articles give a post in an organisation {@code name} refers to. */
    List<SpeakerRegistry.Entry> speakersAffiliatedTo(String name) {
        speakersNamed(name);
        return speakerMatch.affiliatedTo(name);
    }

    private List<String> speakerKeys(String name, boolean affiliated) {
        List<String> keys = new ArrayList<>();
        speakersNamed(name).forEach(e -> keys.addAll(e.rawKeys()));
        if (affiliated) {
            speakersAffiliatedTo(name).forEach(e -> keys.addAll(e.rawKeys()));
        }
        return keys;
    }

    /** This thread's reader of the index's stored fields (not to be shared with another thread). */
    StoredFields storedFields() throws IOException {
        StoredFields fields = storedFields.get();
        if (fields == null) {
            fields = searcher.getIndexReader().storedFields();
            storedFields.set(fields);
        }
        return fields;
    }

    HitReader hitReader() {
        HitReader r = hitReader;
        if (r == null) {
            r = new HitReader(searcher, speakers());
            hitReader = r;
        }
        return r;
    }

    /** The failure to report when reading this index failed with {@code e} while doing {@code what}. */
    public PassagesException damaged(String what, IOException e) {
        return IndexFailure.damaged(dir, what, e);
    }

    /** Closes the reader and its folder. */
    @Override
    public void close() throws IOException {
        Directory directory = reader.directory();
        // the per-thread readers are not closed here (a search still running would find the thread-local gone):
        // they fail as the closed reader's files do, and go with this object
        reader.close();
        directory.close();
    }
}
