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
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Brings an index in line with its corpus folders ({@link Sources}), one named or all recorded: new and
 * changed files (by content hash) are re-indexed, files that are gone from a folder read are removed,
 * unchanged files are not touched. All changes of a run, and the record of the sources, become visible in
 * one commit at the end, so a failed run leaves the previous commit intact.
 */
public final class Indexer {

    /**
     * Part of every file hash: bumping it re-indexes every file on the next run, for changes of
     * parsing or attribution that leave the schema as it is.
     */
    static final String ANALYSIS_VERSION = "4";
    /** Large enough that a corpus of a few hundred MB flushes a handful of segments, not hundreds. */
    private static final double RAM_BUFFER_MB = 256;

    private final Path indexDir;
    private final boolean rebuild;
    private final Attributor attributor;
    private final Consumer<String> warn;
    private final int threads;
    private Progress progress = Progress.NONE;

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

    /**
     * Indexes or refreshes the articles of one corpus folder, recording it as a source of the index; the
     * articles of the index's other sources are not touched. With {@code rebuild}, the index starts over with
     * this folder alone.
     */
    public IndexSummary run(Path corpusRoot) {
        long start = System.nanoTime();
        if (!Files.isDirectory(corpusRoot)) {
            throw new PassagesException(PassagesException.Kind.INPUT, "corpus folder " + corpusRoot + " does not exist");
        }
        Path folder = Sources.canonical(corpusRoot);
        return update(start, recorded -> SourcePlan.one(recorded, folder, rebuild, warn));
    }

    /**
     * Refreshes every source the index records. A source folder that is missing (an unmounted drive) keeps its
     * articles, with a warning naming it; a rebuild, which could not keep them, is refused.
     */
    public IndexSummary refresh() {
        long start = System.nanoTime();
        if (!IndexPaths.exists(indexDir)) {
            throw SourcePlan.noneRecorded(indexDir); // before the index folder is made
        }
        return update(start, recorded -> SourcePlan.all(recorded, rebuild, indexDir, warn));
    }

    /** Removes the articles of one source and its record; the folder need not exist any more. */
    public IndexSummary forget(Path folder) {
        long start = System.nanoTime();
        if (rebuild) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--forget and --rebuild do not go together");
        }
        if (!IndexPaths.exists(indexDir)) {
            throw new PassagesException(PassagesException.Kind.NO_INDEX, "no index at " + indexDir);
        }
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(dir)) {
            Sources recorded = Sources.read(dir);
            Sources.Source source = recorded.find(folder);
            if (source == null) {
                throw new PassagesException(PassagesException.Kind.USAGE, folder + " is not a source of the index at "
                        + indexDir + (recorded.isEmpty() ? "" : "; its sources: " + String.join(", ",
                        recorded.list().stream().map(s -> s.folder().toString()).toList())));
            }
            int files = IndexedFiles.read(writer).filesOf(source.key()).size();
            writer.deleteDocuments(new Term(Schema.ORIGIN, source.key()));
            commit(dir, writer, recorded.without(source.key()), null);
            return new IndexSummary(0, 0, files, 0, 0, 0, writer.getDocStats().numDocs, 0,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (LockObtainFailedException e) {
            throw locked(e);
        } catch (IOException e) {
            throw IndexPaths.damaged(indexDir, e);
        }
    }

    /** Decides a run's {@link SourcePlan} from the sources the index records. */
    private interface Planner {
        SourcePlan plan(Sources recorded) throws IOException;
    }

    private IndexSummary update(long start, Planner planner) {
        try {
            Files.createDirectories(indexDir);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot create index folder " + indexDir + ": " + e.getMessage(), e);
        }
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(dir)) {
            // read once the write lock is held, so that no other run commits meanwhile
            SourcePlan plan = planner.plan(rebuild ? Sources.readOrNone(dir) : Sources.read(dir));
            IndexedFiles indexed = rebuild ? IndexedFiles.EMPTY : IndexedFiles.read(writer);
            List<SourceFiles.Item> items = new ArrayList<>();
            Set<String> gone = new TreeSet<>();
            for (Sources.Source source : plan.toRead()) {
                List<SourceFiles.Item> listed = SourceFiles.list(source, warn);
                items.addAll(listed);
                gone.addAll(indexed.filesOf(source.key()));
                listed.forEach(item -> gone.remove(item.fileKey()));
            }
            // when this run writes every paragraph of the index, the registry is gathered as it goes
            SpeakerRegistry.Builder gathered = indexed.isEmpty() && attributor != null ? new SpeakerRegistry.Builder() : null;
            Counters counters = new Counters();
            java.util.concurrent.ScheduledExecutorService ticker =
                    Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("passages-progress"));
            int total = items.size();
            ticker.scheduleAtFixedRate(() -> progress.report(counters.done(), total, counters.paragraphs.get(),
                    counters.bytes.get(), (System.nanoTime() - start) / 1e9), progressMillis, progressMillis,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            SpeakerRegistry registry;
            try {
                ArticleIds ids = new ArticleIds(indexed.articleFiles(), gone, plan.sources());
                registry = indexFiles(writer, items, indexed.hashes(), counters, gathered, ids);
            } finally {
                ticker.shutdownNow();
            }
            for (String file : gone) {
                writer.deleteDocuments(new Term(Schema.FILE, file));
            }
            commit(dir, writer, plan.sources(), registry);
            long inIndex = writer.getDocStats().numDocs;
            return new IndexSummary(counters.added.get(), counters.updated.get(), gone.size(), counters.unchanged.get(),
                    counters.skipped.get(), counters.paragraphs.get(), inIndex, plan.missing(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (LockObtainFailedException e) {
            throw locked(e);
        } catch (IOException e) {
            throw IndexPaths.damaged(indexDir, e);
        }
    }

    private void commit(Directory dir, IndexWriter writer, Sources sources, SpeakerRegistry registry) throws IOException {
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION, Schema.SOURCES_KEY, sources.json()).entrySet());
        writer.commit();
        SpeakerRegistry.write(dir, indexDir, registry);
        Acronyms.write(dir, indexDir);
    }

    private PassagesException locked(LockObtainFailedException e) {
        return new PassagesException(PassagesException.Kind.INDEX_LOCKED,
                "index at " + indexDir + " is being updated by another process; try again when it is done", e);
    }

    private IndexWriter openWriter(Directory dir) throws IOException {
        if (!rebuild && DirectoryReader.indexExists(dir)) {
            IndexPaths.checkVersion(dir, indexDir);
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
    private SpeakerRegistry indexFiles(IndexWriter writer, List<SourceFiles.Item> entries, Map<String, String> known,
                                       Counters counters, SpeakerRegistry.Builder gathered, ArticleIds ids)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("passages-indexer"));
        try {
            List<Future<?>> pending = new ArrayList<>();
            // in batches, so that the futures held stay few; each batch ends as the run does, its last
            // files worked on while other threads have nothing left
            int batchSize = threads * 64;
            for (int from = 0; from < entries.size(); from += batchSize) {
                int to = Math.min(entries.size(), from + batchSize);
                AtomicInteger waiting = new AtomicInteger(to - from);
                for (int turn = from; turn < to; turn++) {
                    SourceFiles.Item item = entries.get(turn);
                    int myTurn = turn;
                    pending.add(pool.submit(() -> {
                        // fewer files left to start than threads: threads will go idle while this one is worked on
                        boolean inParallel = waiting.decrementAndGet() < threads;
                        try {
                            indexFile(writer, item, known.get(item.fileKey()), counters, gathered, inParallel,
                                    ids, myTurn);
                        } finally {
                            ids.pass(myTurn);
                        }
                        return null;
                    }));
                }
                Tasks.drain(pending);
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
            Tasks.drain(pending);
            return registry == null ? null : Tasks.done(registry);
        } finally {
            pool.shutdownNow();
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
    private void indexFile(IndexWriter writer, SourceFiles.Item item, String knownHash, Counters counters,
                           SpeakerRegistry.Builder gathered, boolean inParallel, ArticleIds ids, int turn)
            throws IOException {
        CorpusFiles.Entry entry = item.entry();
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
            articles = ArticleReader.read(entry, bytes, w -> warn.accept(item.name() + ": " + w));
        } catch (UnreadableFileException e) {
            counters.skipped.incrementAndGet();
            warn.accept(item.name() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return;
        }
        articles = ids.claim(turn, item, articles, warn);
        List<Document> docs = new ArrayList<>();
        (inParallel && articles.size() > 1 ? articles.parallelStream() : articles.stream())
                .map(article -> {
                    List<List<Attribution>> speakers = speakers(article, item);
                    if (gathered != null && speakers != null) {
                        speakers.forEach(p -> gathered.addParagraph(p, article.id(), article.date()));
                    }
                    return Schema.documents(article, item.source().key(), speakers, hash);
                })
                .toList()
                .forEach(docs::addAll);
        writer.updateDocuments(new Term(Schema.FILE, item.fileKey()), docs);
        counters.paragraphs.addAndGet(docs.size());
        (knownHash == null ? counters.added : counters.updated).incrementAndGet();
    }

    /** Attribution of one article; a failure there costs that article its speakers, not the run. */
    private List<List<Attribution>> speakers(Article article, SourceFiles.Item item) {
        if (attributor == null) {
            return null;
        }
        try {
            return attributor.attribute(article);
        } catch (RuntimeException e) {
            warn.accept(item.name() + ": " + article.id() + ": speaker attribution failed (" + e
                    + "); indexed without speakers");
            return null;
        }
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
