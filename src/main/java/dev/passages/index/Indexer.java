package dev.passages.index;

import dev.passages.DaemonThreads;
import dev.passages.PassagesException;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.UnreadableFileException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Brings an index in line with a corpus folder: new and changed files (by content hash) are
 * re-indexed, files that are gone are removed, unchanged files are not touched. All changes of a
 * run become visible in one commit at the end, so a failed run leaves the previous commit intact.
 */
public final class Indexer {

    /**
     * Part of every file hash: bumping it re-indexes every file on the next run, for changes of
     * parsing or attribution that leave the schema as it is.
     */
    static final String ANALYSIS_VERSION = "5";
    /** Large enough that a corpus of a few hundred MB flushes a handful of segments, not hundreds. */
    private static final double RAM_BUFFER_MB = 256;

    private final Path indexDir;
    private final boolean rebuild;
    private final Attributor attributor;
    private final Consumer<String> warn;
    private final int threads;
    private Progress progress = Progress.NONE;
    private boolean followSymlinks;
    private boolean sharedIndex;
    private DirectoryOpener directories = FSDirectory::open;

    /** Opens the Lucene directory of the index folder; tests pass one that fails on purpose. */
    interface DirectoryOpener {
        Directory open(Path indexDir) throws IOException;
    }

    /** Receives the state of a long run every few seconds: files done, files in all, paragraphs, bytes read. */
    public interface Progress {
        Progress NONE = (done, total, paragraphs, bytes, seconds) -> { };

        void report(int filesDone, int filesTotal, long paragraphs, long bytes, double seconds);
    }

    /** Reports progress every five seconds while a run lasts. */
    public Indexer withProgress(Progress progress) {
        return withProgress(progress, 5000);
    }

    Indexer withProgress(Progress progress, long periodMillis) {
        this.progress = progress;
        this.progressMillis = periodMillis;
        return this;
    }

    private long progressMillis = 5000;

    /** Follows symbolic links whose target lies outside the corpus folder too (by default they are skipped). */
    public Indexer followSymlinks(boolean follow) {
        this.followSymlinks = follow;
        return this;
    }

    /** Creates a new index folder with the usual permissions (the umask's) instead of owner-only. */
    public Indexer sharedIndex(boolean shared) {
        this.sharedIndex = shared;
        return this;
    }

    Indexer withDirectories(DirectoryOpener opener) {
        this.directories = opener;
        return this;
    }

    /**
     * @param warn receives one line per skipped file or other recoverable problem, naming the file
     */
    public Indexer(Path indexDir, boolean rebuild, Consumer<String> warn) {
        this(indexDir, rebuild, warn, Runtime.getRuntime().availableProcessors(), new Attributor());
    }

    Indexer(Path indexDir, boolean rebuild, Consumer<String> warn, int threads) {
        this(indexDir, rebuild, warn, threads, new Attributor());
    }

    /**
     * @param attributor who speaks in each paragraph; null indexes without speakers (faster, for
     *                   corpora where attribution is not wanted)
     */
    public Indexer(Path indexDir, boolean rebuild, Consumer<String> warn, int threads, Attributor attributor) {
        this.indexDir = indexDir;
        this.rebuild = rebuild;
        this.attributor = attributor;
        this.warn = warn;
        this.threads = Math.max(1, threads);
    }

    public IndexSummary run(Path corpusRoot) {
        long start = System.nanoTime();
        if (!Files.isDirectory(corpusRoot)) {
            throw new PassagesException(PassagesException.Kind.INPUT, "corpus folder " + corpusRoot + " does not exist");
        }
        // nothing is written into the index folder before it passed the guard
        IndexFolder folder = IndexFolder.prepare(indexDir, corpusRoot, sharedIndex, warn);
        boolean committed = false;
        try (Directory dir = directories.open(indexDir);
             IndexWriter writer = openWriter(dir)) {
            CorpusFiles.Listing listing;
            try {
                listing = CorpusFiles.scan(corpusRoot, followSymlinks, warn);
            } catch (IOException e) {
                throw new PassagesException(PassagesException.Kind.INPUT, "cannot list corpus folder " + corpusRoot + ": "
                        + IndexFailure.reason(e), e);
            }
            List<CorpusFiles.Entry> entries = listing.entries();
            Map<String, String> known = rebuild ? Map.of() : fileHashes(writer);
            // when this run writes every paragraph of the index, the registry is gathered as it goes
            SpeakerRegistry.Builder gathered = known.isEmpty() && attributor != null ? new SpeakerRegistry.Builder() : null;
            Counters counters = new Counters();
            counters.skipped.addAndGet(listing.outsideLinks().size() + listing.unreadable().size());
            listing.unreadable().forEach(u -> warn.accept(unreadableWarning(u, known.keySet())));
            java.util.concurrent.ScheduledExecutorService ticker =
                    Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("passages-progress"));
            int total = entries.size();
            ticker.scheduleAtFixedRate(() -> progress.report(counters.done(), total, counters.paragraphs.get(),
                    counters.bytes.get(), (System.nanoTime() - start) / 1e9), progressMillis, progressMillis,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            SpeakerRegistry registry;
            try {
                registry = indexFiles(writer, entries, known, counters, gathered);
            } finally {
                ticker.shutdownNow();
            }
            int removed = 0;
            Map<String, Boolean> seen = new HashMap<>();
            entries.forEach(e -> seen.put(e.relative(), Boolean.TRUE));
            for (String file : known.keySet()) {
                if (!seen.containsKey(file) && !listing.unreadableCovers(file)) {
                    writer.deleteDocuments(new Term(Schema.FILE, file));
                    removed++;
                }
            }
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
            writer.commit();
            committed = true;
            SpeakerRegistry.write(dir, indexDir, registry);
            Acronyms.write(dir, indexDir);
            long inIndex = writer.getDocStats().numDocs;
            return new IndexSummary(counters.added.get(), counters.updated.get(), removed, counters.unchanged.get(),
                    counters.skipped.get(), counters.paragraphs.get(), inIndex,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (LockObtainFailedException e) {
            throw new PassagesException(PassagesException.Kind.INDEX_LOCKED,
                    "index at " + indexDir + " is being updated by another process; try again when it is done", e);
        } catch (IOException | RuntimeException e) {
            throw IndexFailure.of(indexDir, e, committed);
        } finally {
            if (!committed) {
                folder.cleanUpAfterFailure();
            }
        }
    }

    private IndexWriter openWriter(Directory dir) throws IOException {
        if (!rebuild && DirectoryReader.indexExists(dir)) {
            IndexPaths.checkVersion(dir, indexDir);
        }
        if (rebuild) {
            IndexFolder.dropUnreadableCommit(dir);
        }
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        return new IndexWriter(dir, config);
    }

    /**
     * Indexes every entry on the pool's threads, then writes the buffered segments; returns the registry
     * merged from {@code gathered} meanwhile, or null when nothing was gathered.
     */
    private SpeakerRegistry indexFiles(IndexWriter writer, List<CorpusFiles.Entry> entries, Map<String, String> known,
                                       Counters counters, SpeakerRegistry.Builder gathered) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("passages-indexer"));
        try {
            List<Future<?>> pending = new ArrayList<>();
            // in batches, so that the futures held stay few; each batch ends as the run does, its last
            // files worked on while other threads have nothing left
            int batchSize = threads * 64;
            for (int from = 0; from < entries.size(); from += batchSize) {
                List<CorpusFiles.Entry> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
                AtomicInteger waiting = new AtomicInteger(batch.size());
                for (CorpusFiles.Entry entry : batch) {
                    pending.add(pool.submit(() -> {
                        // fewer files left to start than threads: threads will go idle while this one is worked on
                        boolean inParallel = waiting.decrementAndGet() < threads;
                        indexFile(writer, entry, known.get(entry.relative()), counters, gathered, inParallel);
                        return null;
                    }));
                }
                drain(pending);
            }
            // the gathered speakers are merged while the buffered segments are written, by every thread at
            // once rather than one after another by the commit
            Future<SpeakerRegistry> registry = gathered == null ? null : pool.submit(gathered::build);
            if (registry != null) {
                pending.add(registry);
            }
            for (int i = 0; i < threads; i++) {
                pending.add(pool.submit(() -> {
                    while (writer.flushNextBuffer()) {
                        // one buffered segment per call
                    }
                    return null;
                }));
            }
            drain(pending);
            return registry == null ? null : done(registry);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The value of a future that {@link #drain} has already seen finish without failing. */
    private static <T> T done(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void drain(List<Future<?>> pending) throws IOException {
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                // a heap too small is no damage to the index: passed on as it is
                throw error;
            }
            throw new IOException(e.getCause());
        } finally {
            pending.clear();
        }
    }

    /**
     * Reads, attributes and indexes one file, as one update of its documents.
     *
     * @param inParallel whether fewer files than threads are waiting to start: the articles of this one are
     *                   then attributed in parallel, so that every core stays busy to the end (before that, the
     *                   pool's threads keep the cores busy, and parallel streams there only added threads
     *                   spinning while they waited for one another: 3% of the run's CPU on Reuters-21578)
     */
    private void indexFile(IndexWriter writer, CorpusFiles.Entry entry, String knownHash, Counters counters,
                           SpeakerRegistry.Builder gathered, boolean inParallel) throws IOException {
        byte[] bytes;
        List<Article> articles;
        String hash;
        try {
            bytes = ArticleReader.bytes(entry.path());
            counters.bytes.addAndGet(bytes.length);
            hash = hash(bytes);
            if (hash.equals(knownHash)) {
                counters.unchanged.incrementAndGet();
                return;
            }
            articles = ArticleReader.read(entry, bytes, w -> warn.accept(entry.relative() + ": " + w));
        } catch (UnreadableFileException e) {
            counters.skipped.incrementAndGet();
            warn.accept(entry.relative() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return;
        }
        List<Document> docs = new ArrayList<>();
        (inParallel && articles.size() > 1 ? articles.parallelStream() : articles.stream())
                .map(article -> {
                    List<List<Attribution>> speakers = speakers(article, entry);
                    if (gathered != null && speakers != null) {
                        speakers.forEach(p -> gathered.addParagraph(p, article.id(), article.date()));
                    }
                    return Schema.documents(article, speakers, hash);
                })
                .toList()
                .forEach(docs::addAll);
        writer.updateDocuments(new Term(Schema.FILE, entry.relative()), docs);
        counters.paragraphs.addAndGet(docs.size());
        (knownHash == null ? counters.added : counters.updated).incrementAndGet();
    }

    /** Attribution of one article; a failure there costs that article its speakers, not the run. */
    private List<List<Attribution>> speakers(Article article, CorpusFiles.Entry entry) {
        if (attributor == null) {
            return null;
        }
        try {
            return attributor.attribute(article);
        } catch (RuntimeException e) {
            warn.accept(entry.relative() + ": " + article.id() + ": speaker attribution failed (" + e
                    + "); indexed without speakers");
            return null;
        }
    }

    /** File → content hash of everything in the index, read from doc values. */
    private static Map<String, String> fileHashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues files = leaf.reader().getSortedSetDocValues(Schema.FILE);
                SortedDocValues fileHashes = leaf.reader().getSortedDocValues(Schema.FILE_HASH);
                if (files == null || fileHashes == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = files.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = files.nextDoc()) {
                    if ((live != null && !live.get(doc)) || !fileHashes.advanceExact(doc)) {
                        continue;
                    }
                    String file = files.lookupOrd(files.nextOrd()).utf8ToString();
                    hashes.putIfAbsent(file, fileHashes.lookupOrd(fileHashes.ordValue()).utf8ToString());
                }
            }
        }
        return hashes;
    }

    /** The warning for a folder or link that could not be read: what it cost, which is nothing already indexed. */
    private static String unreadableWarning(CorpusFiles.Unreadable unreadable, java.util.Set<String> indexed) {
        long kept = indexed.stream().filter(unreadable::covers).count();
        return unreadable.shownName() + ": cannot be read (" + unreadable.why() + "); " + (kept == 0 ? "skipped"
                : "its " + kept + " indexed file" + (kept == 1 ? " stays" : "s stay") + " in the index");
    }

    static String hash(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ANALYSIS_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final class Counters {
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicLong paragraphs = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        int done() {
            return added.get() + updated.get() + unchanged.get() + skipped.get();
        }
    }
}
