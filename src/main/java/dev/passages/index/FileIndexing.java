package dev.passages.index;

import dev.passages.DaemonThreads;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.FileArticles;
import dev.passages.corpus.UnreadableFileException;
import dev.passages.speakers.SpeakerStats;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads, attributes and writes the files of one indexing run on a pool of threads, each file as one update of
 * its documents, then writes the buffered segments; counts what it did in the run's {@link IndexCounters}.
 */
final class FileIndexing {

    /** Where a run's documents go and what they are checked against. */
    record Target(IndexWriter writer, Map<String, String> known, ArticleIds ids, IndexCounters counters) {
    }

    private final Target target;
    private final int threads;
    private final Attributor attributor;
    private final SpeakerStats gathered;
    private final ParagraphVectors vectors;
    private final Consumer<String> warn;
    private final Consumer<String> details;

    /**
     * @param attributor who speaks in each paragraph; null for no speakers
     * @param gathered   gathers the speakers for the registry as articles are attributed; null when not gathered
     * @param vectors    gives each paragraph its vector; null when the run writes none
     */
    FileIndexing(Target target, int threads, Attributor attributor, SpeakerStats gathered, ParagraphVectors vectors,
                 Consumer<String> warn, Consumer<String> details) {
        this.target = target;
        this.threads = threads;
        this.attributor = attributor;
        this.gathered = gathered;
        this.vectors = vectors;
        this.warn = warn;
        this.details = details;
    }

    /**
     * Indexes every entry on the pool's threads, then writes the buffered segments; returns the registry being
     * merged from the speakers gathered meanwhile, as the text of its file, or null when nothing was gathered.
     * The registry is merged by the first thread done writing segments, and may still be under way when this
     * returns: the run's commit and the acronyms, which leave the second core idle, need not wait for it.
     */
    Future<String> index(List<SourceFiles.Item> entries) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("passages-indexer"));
        Future<String> registry = null;
        try {
            List<Future<?>> pending = new ArrayList<>();
            // in batches, so that the futures held stay few; each batch ends as the run does, its last
            // files worked on while other threads have nothing left
            int batchSize = threads * 64;
            for (int from = 0; from < entries.size(); from += batchSize) {
                submitBatch(pool, entries, from, Math.min(entries.size(), from + batchSize), pending);
                Tasks.drain(pending);
            }
            for (int i = 0; i < threads; i++) {
                pending.add(pool.submit(() -> {
                    while (target.writer().flushNextBuffer()) {
                        // one buffered segment per call
                    }
                    return null;
                }));
            }
            // queued behind the segments, which are as many as the threads and cannot be split: the registry
            // fills the time a thread whose segment was the smaller would otherwise wait for the other
            registry = gathered == null ? null : pool.submit(() -> SpeakerRegistryFile.text(gathered.build()));
            Tasks.drain(pending);
            pool.shutdown();
            return registry;
        } finally {
            if (!pool.isShutdown()) {
                pool.shutdownNow();
                if (registry != null) {
                    registry.cancel(true);
                }
            }
        }
    }

    /** Submits the entries {@code from} to {@code to} (exclusive), each a task of its own. */
    private void submitBatch(ExecutorService pool, List<SourceFiles.Item> entries, int from, int to,
                             List<Future<?>> pending) {
        AtomicInteger waiting = new AtomicInteger(to - from);
        for (int turn = from; turn < to; turn++) {
            SourceFiles.Item item = entries.get(turn);
            int myTurn = turn;
            pending.add(pool.submit(() -> {
                // fewer files left to start than threads: threads will go idle while this one is worked on
                boolean inParallel = waiting.decrementAndGet() < threads;
                try {
                    indexFile(item, target.known().get(item.fileKey()), inParallel, myTurn);
                } finally {
                    target.ids().pass(myTurn);
                }
                return null;
            }));
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
    private void indexFile(SourceFiles.Item item, String knownHash, boolean inParallel, int turn) throws IOException {
        CorpusFiles.Entry entry = item.entry();
        IndexCounters counters = target.counters();
        if (entry.kind() == CorpusFiles.Kind.WARC) {
            // a record at a time, so that memory holds one page however large the archive
            ArchiveIndexing.index(target.writer(), item, knownHash, target.ids(), turn,
                    (article, h) -> documents(article, item, h), counters, warn, details);
            return;
        }
        byte[] bytes;
        List<Article> articles;
        String recorded; // the hash the file's documents carry
        try {
            bytes = ArticleReader.bytes(entry.path());
            counters.bytes.addAndGet(bytes.length);
            String hash = FileHashes.of(bytes);
            if (hash.equals(knownHash)) {
                counters.unchanged.incrementAndGet();
                return;
            }
            FileArticles read = ArticleReader.read(entry, bytes, w -> warn.accept(item.name() + ": " + w));
            counters.recordsSkipped.addAndGet(read.recordsSkipped());
            articles = read.articles();
            recorded = read.recordsSkipped() > 0 ? FileHashes.ofPartlyRead(hash) : hash;
        } catch (UnreadableFileException e) {
            counters.skipped.incrementAndGet();
            warn.accept(item.name() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return;
        }
        articles = target.ids().claim(turn, item, articles, warn);
        List<Document> docs = new ArrayList<>();
        (inParallel && articles.size() > 1 ? articles.parallelStream() : articles.stream())
                .map(article -> documents(article, item, recorded))
                .toList()
                .forEach(docs::addAll);
        target.writer().updateDocuments(new Term(Schema.FILE, item.fileKey()), docs);
        counters.paragraphs.addAndGet(docs.size());
        (knownHash == null ? counters.added : counters.updated).incrementAndGet();
    }

    /** The documents of one article, attributed; its speakers gathered for the registry when it is gathered. */
    private List<Document> documents(Article article, SourceFiles.Item item, String hash) {
        List<List<Attribution>> speakers = ArticleSpeakers.of(attributor, article, item.name(), warn);
        if (gathered != null && speakers != null) {
            speakers.forEach(p -> gathered.addParagraph(p, article.id(), article.date()));
        }
        List<Document> docs = Schema.documents(article, item.source().key(), speakers, hash);
        if (vectors != null) {
            vectors.addTo(docs, article.paragraphs());
        }
        return docs;
    }
}
