package dev.passages.index;

import dev.passages.DaemonThreads;
import dev.passages.PassagesException;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.CorpusFiles;
import dev.passages.embedding.Embedder;
import dev.passages.embedding.ModelLibrary;
import dev.passages.speakers.SpeakerStats;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Brings an index in line with its corpus folders ({@link Sources}), one named or all recorded: new and
 * changed files (by content hash) are re-indexed, files that are gone from a folder read are removed,
 * unchanged files are not touched. All changes of a run, and the record of the sources, become visible in
 * one commit at the end, so a failed run leaves the previous commit intact.
 */
public final class Indexer {

    /**
     * Large enough that a corpus of a few hundred MB flushes a handful of segments, not hundreds; at most a
     * quarter of the heap, so that a small heap ({@code PASSAGES_HEAP=256m}) flushes sooner rather than runs out
     * of memory on a large corpus (a buffer as large as the heap fills it before it is flushed).
     */
    private static final double RAM_BUFFER_MB = Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / (1 << 20)));

    private final Path indexDir;
    private final boolean rebuild;
    private final Attributor attributor;
    private final Consumer<String> warn;
    private final int threads;
    private Progress progress = Progress.NONE;
    private Consumer<String> details = line -> { };
    private boolean followSymlinks;
    private boolean sharedIndex;
    private DirectoryOpener directories = FSDirectory::open;
    private boolean semantic;
    private Supplier<Embedder> model = ModelLibrary::model;
    /** The embedding model the index's last commit names, read as the writer opens; null for none. */
    private String recordedModel;
    /** The run's vectors while a run that writes them lasts; then what it did with them. */
    private volatile ParagraphVectors vectors;
    private volatile ParagraphVectors.Counts vectorCounts;

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

    /** Receives lines of detail beyond the warnings, such as what each web archive held (for {@code --debug}). */
    public Indexer withDetails(Consumer<String> details) {
        this.details = details;
        return this;
    }

    /** Follows symbolic links whose target lies outside the corpus folder too (by default they are skipped). */
    public Indexer followSymlinks(boolean follow) {
        this.followSymlinks = follow;
        return this;
    }

    /**
     * Gives every paragraph written a vector ({@link Schema#VECTOR}), and records that the index keeps them, so
     * that later runs do so too. An index that keeps vectors gets them whether this is asked or not.
     */
    public Indexer semantic(boolean on) {
        this.semantic = on;
        return this;
    }

    /** The embedding model to use in place of the one in the model's libraries (tests). */
    Indexer withModel(Supplier<Embedder> model) {
        this.model = model;
        return this;
    }

    /** Paragraphs embedded so far by the run under way (for progress), 0 when it writes no vectors. */
    public long embeddedSoFar() {
        ParagraphVectors v = vectors;
        return v == null ? 0 : v.counts().embedded();
    }

    /** What the last run did with vectors ({@link ParagraphVectors.Counts}); null when it wrote none. */
    public ParagraphVectors.Counts vectorCounts() {
        return vectorCounts;
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

    /**
     * Indexes or refreshes the articles of one corpus folder, recording it as a source of the index; the
     * articles of the index's other sources are not touched. With {@code rebuild}, the index starts over with
     * this folder alone.
     */
    public IndexSummary run(Path corpusRoot) {
        long start = System.nanoTime();
        if (!Files.exists(corpusRoot)) {
            throw new PassagesException(PassagesException.Kind.INPUT, "corpus folder or file " + corpusRoot
                    + " does not exist");
        }
        if (!Files.isDirectory(corpusRoot) && (!Files.isRegularFile(corpusRoot)
                || CorpusFiles.kindOf(corpusRoot) == CorpusFiles.Kind.UNSUPPORTED)) {
            throw new PassagesException(PassagesException.Kind.INPUT, corpusRoot + ": " + (Files.isRegularFile(corpusRoot)
                    ? CorpusFiles.unsupportedReason(corpusRoot) : "neither a folder nor a regular file"));
        }
        Path folder = Sources.canonical(corpusRoot);
        return update(start, List.of(corpusRoot), recorded -> SourcePlan.one(recorded, folder, rebuild, warn));
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
        List<Path> present = Sources.of(indexDir).list().stream().filter(Sources::present).map(Sources.Source::folder).toList();
        return update(start, present, recorded -> SourcePlan.all(recorded, rebuild, indexDir, warn));
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
        return update(start, List.of(), recorded -> SourcePlan.forget(recorded, folder, indexDir));
    }

    /** Decides a run's {@link SourcePlan} from the sources the index records. */
    private interface Planner {
        SourcePlan plan(Sources recorded) throws IOException;
    }

    /**
     * @param corpusFolders the folders the run may read, which the index folder must be neither in nor around
     */
    private IndexSummary update(long start, List<Path> corpusFolders, Planner planner) {
        // while this thread opens the index, the other core loads what attribution needs
        AttributionWarmUp.start(attributor);
        boolean existed = IndexPaths.exists(indexDir);
        // nothing is written into the index folder before it passed the guard
        IndexFolder folder = null;
        for (Path corpus : corpusFolders) {
            folder = IndexFolder.prepare(indexDir, corpus, sharedIndex, warn);
        }
        boolean committed = false;
        Future<String> registry = null;
        try (Directory dir = new WriterDirectory(directories.open(indexDir));
             IndexWriter writer = openWriter(dir)) {
            // read once the write lock is held, so that no other run commits meanwhile
            SourcePlan plan = planner.plan(rebuild ? Sources.readOrNone(dir) : Sources.read(dir));
            IndexedFiles indexed = rebuild ? IndexedFiles.empty() : IndexedFiles.read(writer);
            boolean embedding = semantic || recordedModel != null;
            // an index that gains vectors now: its unchanged files are read again, to embed their paragraphs
            Map<String, String> known = embedding && recordedModel == null ? Map.of() : indexed.hashes();
            vectors = embedding ? ParagraphVectors.forRun(model, dir, indexDir) : null;
            SourceFiles.Run found = SourceFiles.read(plan.toRead(), indexed, followSymlinks, warn);
            IndexCounters counters = new IndexCounters();
            counters.skipped.addAndGet(found.skipped());
            ArticleIds ids = new ArticleIds(indexed.articleFiles(), found.gone(), plan.sources());
            registry = indexFiles(start, new FileIndexing.Target(writer, known, ids, counters),
                    found.items(), indexed.isEmpty());
            int removed = removeGone(writer, found.gone(), plan, indexed);
            commitRun(writer, plan.sources());
            committed = true;
            writeBeside(dir, registry);
            long inIndex = writer.getDocStats().numDocs;
            return new IndexSummary(counters.added.get(), counters.updated.get(), removed, counters.unchanged.get(),
                    counters.skipped.get(), counters.paragraphs.get(), inIndex, plan.missing(),
                    counters.recordsSkipped.get(), Duration.ofNanos(System.nanoTime() - start));
        } catch (LockObtainFailedException e) {
            throw locked(e);
        } catch (IOException | RuntimeException e) {
            throw IndexFailure.of(indexDir, e, committed, existed);
        } finally {
            if (registry != null) {
                // done unless the run failed first; a failed run does not wait for it
                registry.cancel(true);
            }
            ParagraphVectors.closeQuietly(vectors, warn);
            vectors = null;
            if (!committed && folder != null && !IndexPaths.exists(indexDir)) {
                // a new index that failed leaves nothing behind, the embeddings of its run included
                EmbeddingJournal.remove(indexDir);
            }
            if (!committed && folder != null) {
                folder.cleanUpAfterFailure();
            }
        }
    }

    /**
     * Indexes the run's files, reporting progress meanwhile; returns the speaker registry gathered as they
     * were attributed, as the text of its file (perhaps still being made), or null when the run does not write
     * every paragraph of the index ({@code whole} false).
     */
    private Future<String> indexFiles(long start, FileIndexing.Target target, List<SourceFiles.Item> items,
                                       boolean whole) throws IOException {
        // when this run writes every paragraph of the index, the registry is gathered as it goes
        SpeakerStats gathered = whole && attributor != null ? new SpeakerStats() : null;
        IndexCounters counters = target.counters();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("passages-progress"));
        int total = items.size();
        ticker.scheduleAtFixedRate(() -> progress.report(counters.done(), total, counters.paragraphs.get(),
                counters.bytes.get(), (System.nanoTime() - start) / 1e9), progressMillis, progressMillis, TimeUnit.MILLISECONDS);
        try {
            return new FileIndexing(target, threads, attributor, gathered, vectors, warn, details).index(items);
        } finally {
            ticker.shutdownNow();
        }
    }

    /** Deletes the files gone from their folders and the articles of the sources dropped; returns how many files went. */
    private static int removeGone(IndexWriter writer, Set<String> gone, SourcePlan plan, IndexedFiles indexed)
            throws IOException {
        for (String file : gone) {
            writer.deleteDocuments(new Term(Schema.FILE, file));
        }
        int removed = gone.size();
        for (String key : plan.dropped()) {
            removed += indexed.filesOf(key).size();
            writer.deleteDocuments(new Term(Schema.ORIGIN, key));
        }
        return removed;
    }

    /** Closes the run's vectors, if any, then commits with the record of the sources and of the embedding model. */
    private void commitRun(IndexWriter writer, Sources sources) throws IOException {
        if (vectors != null) {
            vectors.close();
        }
        commit(writer, sources, vectors == null ? null : recordedModel != null ? recordedModel : ModelLibrary.NAME);
        if (vectors != null) {
            vectors.committed();
            vectorCounts = vectors.counts();
        }
    }

    /** Commits the run's changes with the record of the index's sources, and of its embedding model (or null). */
    private static void commit(IndexWriter writer, Sources sources, String embeddingModel) throws IOException {
        Map<String, String> data = new java.util.HashMap<>(Map.of(Schema.VERSION_KEY, Schema.VERSION,
                Schema.SOURCES_KEY, sources.json()));
        if (embeddingModel != null) {
            data.put(Schema.SEMANTIC_KEY, embeddingModel);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /**
     * The files beside a commit: the acronyms, then the speaker registry ({@code gathered}, or built from the
     * index), whose merging had the other core while the commit was written and the acronyms gathered.
     */
    private void writeBeside(Directory dir, Future<String> gathered) throws IOException {
        Acronyms.write(dir, indexDir);
        String text = null;
        if (gathered != null) {
            try {
                text = Tasks.done(gathered);
            } catch (IOException | RuntimeException e) {
                // the run's commit holds: a registry that failed to merge is made from the index instead
                warn.accept("the speakers gathered during the run could not be merged ("
                        + e.getClass().getSimpleName() + "); the speaker table is built from the index instead");
            }
        }
        SpeakerRegistryFile.write(dir, indexDir, text);
    }

    private PassagesException locked(LockObtainFailedException e) {
        return IndexLock.busy(indexDir, "try again when it is done", e);
    }

    private IndexWriter openWriter(Directory dir) throws IOException {
        if (!rebuild && DirectoryReader.indexExists(dir)) {
            IndexPaths.checkVersion(dir, indexDir);
        }
        if (rebuild) {
            IndexFolder.dropUnreadableCommit(dir);
        }
        recordedModel = ParagraphVectors.recordedModel(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setCodec(new VectorCodec())
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergeScheduler(new QuietMerges())
                .setCommitOnClose(false);
        return new IndexWriter(dir, config);
    }

    /**
     * Lucene's merges on threads of their own, whose failure is not printed: by default a merge that fails (a folder
     * made read-only, a full disk) prints its stack trace on stderr from its thread; the writer keeps the failure, the
     * run's commit fails with it, and the run says so in one line, as every failure does.
     */
    private static final class QuietMerges extends org.apache.lucene.index.ConcurrentMergeScheduler {
        @Override
        protected void handleMergeException(Throwable exc) {
            // kept by the writer, which fails the commit
        }
    }
}
