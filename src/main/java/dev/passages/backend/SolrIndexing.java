package dev.passages.backend;

import dev.passages.DaemonThreads;
import dev.passages.PassagesException;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.FileArticles;
import dev.passages.corpus.UnreadableFileException;
import dev.passages.corpus.WarcArticles;
import dev.passages.index.ArticleSpeakers;
import dev.passages.index.FileHashes;
import dev.passages.index.IndexSummary;
import dev.passages.index.Schema;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Indexes a corpus folder into a SolrCloud collection: passages reads, splits and attributes the articles
 * itself and sends them as {@link SolrDocuments} blocks; files are compared by content hash with what the
 * collection holds ({@code file_hash}), so that a changed file's blocks are deleted and sent again, a file gone
 * from the folder is deleted, and an unchanged one is not touched. The run ends with one explicit commit; a
 * run that fails before it leaves its changes uncommitted. (A commit is not atomic across shards: for a moment
 * one shard may show the new state and another the old.)
 */
final class SolrIndexing {

    /** Article blocks per update request. */
    static final int BATCH = 200;

    private final SolrCluster cluster;
    private final Attributor attributor;
    private final int threads;

    SolrIndexing(SolrCluster cluster, Attributor attributor, int threads) {
        this.cluster = cluster;
        this.attributor = attributor;
        this.threads = Math.max(1, threads);
    }

    IndexSummary run(Path corpus, boolean rebuild, Consumer<String> warn) {
        long start = System.nanoTime();
        if (!Files.isDirectory(corpus)) {
            throw new PassagesException(PassagesException.Kind.INPUT, "corpus folder " + corpus + " does not exist");
        }
        String origin;
        List<CorpusFiles.Entry> entries;
        try {
            origin = corpus.toRealPath().toString();
            entries = CorpusFiles.list(corpus, warn);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot read corpus folder " + corpus + " (" + e.getMessage() + ")", e);
        }
        try {
            Map<String, String> known = knownHashes(origin);
            if (rebuild) {
                new UpdateRequest().deleteByQuery(termQuery(Schema.ORIGIN, origin)).process(cluster.client(), cluster.collection());
                known = Map.of();
            }
            Counts counts = new Counts();
            Set<String> present = sendFiles(entries, origin, known, counts, warn);
            int removed = removeGone(known.keySet(), present);
            cluster.client().commit(cluster.collection(), true, true);
            long inIndex = paragraphCount();
            return new IndexSummary(counts.added.get(), counts.updated.get(), removed, counts.unchanged.get(),
                    counts.skipped.get(), counts.paragraphs.get(), inIndex, 0, counts.recordsSkipped.get(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SolrServerException | IOException | SolrException e) {
            throw cluster.failure("indexing into", e);
        }
    }

    /** What a run has done so far, counted from all its threads at once (skipped: files; recordsSkipped: parts of files). */
    private record Counts(AtomicInteger added, AtomicInteger updated, AtomicInteger unchanged, AtomicInteger skipped,
                          AtomicInteger recordsSkipped, AtomicLong paragraphs) {
        Counts() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                    new AtomicLong());
        }
    }

    /** Sends the files of {@code entries} on the pool's threads; returns the keys of the files the folder holds. */
    private Set<String> sendFiles(List<CorpusFiles.Entry> entries, String origin, Map<String, String> known, Counts counts,
                                  Consumer<String> warn) {
        Set<String> present = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("passages-solr-indexer"));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (CorpusFiles.Entry entry : entries) {
                if (entry.kind() == CorpusFiles.Kind.UNSUPPORTED) {
                    continue;
                }
                String fileKey = Schema.fileKey(origin, entry.relative());
                present.add(fileKey);
                String knownHash = known.get(fileKey);
                pending.add(pool.submit(() -> {
                    long written = entry.kind() == CorpusFiles.Kind.WARC ? archive(entry, origin, fileKey, knownHash, warn)
                            : file(entry, origin, fileKey, knownHash, counts.recordsSkipped, warn);
                    if (written < 0) {
                        (written == -1 ? counts.unchanged : counts.skipped).incrementAndGet();
                    } else {
                        counts.paragraphs.addAndGet(written);
                        (knownHash == null ? counts.added : counts.updated).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
            return present;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PassagesException p) {
                throw p;
            }
            throw cluster.failure("indexing into", cause instanceof Exception x ? x : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PassagesException(PassagesException.Kind.CLUSTER, "indexing interrupted; this run committed nothing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deletes the files the collection holds that the folder no longer does; returns how many. */
    private int removeGone(Set<String> known, Set<String> present) throws SolrServerException, IOException {
        int removed = 0;
        for (String file : known) {
            if (!present.contains(file)) {
                new UpdateRequest().deleteByQuery(termQuery(Schema.FILE, file)).process(cluster.client(), cluster.collection());
                removed++;
            }
        }
        return removed;
    }

    /**
     * Sends one file's articles in place of its earlier ones: the number of paragraphs written, or -1 when
     * the file is unchanged, -2 when it was skipped (with a warning); its records skipped as unreadable are
     * added to {@code recordsSkipped}.
     */
    private int file(CorpusFiles.Entry entry, String origin, String fileKey, String knownHash, AtomicInteger recordsSkipped,
                     Consumer<String> warn)
            throws SolrServerException, IOException {
        byte[] bytes;
        List<Article> articles;
        String hash;
        try {
            bytes = ArticleReader.bytes(entry.path());
            hash = FileHashes.of(bytes);
            if (hash.equals(knownHash)) {
                return -1;
            }
            FileArticles read = ArticleReader.read(entry, bytes, w -> warn.accept(entry.relative() + ": " + w));
            recordsSkipped.addAndGet(read.recordsSkipped());
            articles = read.articles();
            hash = read.recordsSkipped() > 0 ? FileHashes.ofPartlyRead(hash) : hash;
        } catch (UnreadableFileException e) {
            warn.accept(entry.relative() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return -2;
        }
        if (knownHash != null) {
            new UpdateRequest().deleteByQuery(termQuery(Schema.FILE, fileKey)).process(cluster.client(), cluster.collection());
        }
        List<SolrInputDocument> batch = new ArrayList<>();
        int written = 0;
        for (Article article : articles) {
            batch.add(SolrDocuments.block(article, origin, fileKey, hash, ArticleSpeakers.of(attributor, article, entry.relative(), warn)));
            written += article.paragraphs().size();
            if (batch.size() >= BATCH) {
                cluster.client().add(cluster.collection(), batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            cluster.client().add(cluster.collection(), batch);
        }
        return written;
    }

    /**
     * Sends a web archive's articles as its records are read (memory holds one batch of pages however large the
     * archive): the paragraphs written, or -1 when the archive is unchanged, -2 when it gave no article (its
     * earlier articles then stay, as for any skipped file).
     */
    private long archive(CorpusFiles.Entry entry, String origin, String fileKey, String knownHash, Consumer<String> warn)
            throws SolrServerException, IOException {
        String hash;
        try {
            hash = FileHashes.of(entry.path(), n -> { });
        } catch (UnreadableFileException e) {
            warn.accept(entry.relative() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return -2;
        }
        if (hash.equals(knownHash)) {
            return -1;
        }
        List<SolrInputDocument> batch = new ArrayList<>();
        long[] written = {0, 0};
        WarcArticles.Counts counts;
        try {
            counts = ArticleReader.stream(entry, (article, warnings) -> {
                try {
                    if (written[1]++ == 0 && knownHash != null) {
                        new UpdateRequest().deleteByQuery(termQuery(Schema.FILE, fileKey)).process(cluster.client(), cluster.collection());
                    }
                    batch.add(SolrDocuments.block(article, origin, fileKey, hash, ArticleSpeakers.of(attributor, article, entry.relative(), warn)));
                    written[0] += article.paragraphs().size();
                    if (batch.size() >= BATCH) {
                        cluster.client().add(cluster.collection(), batch);
                        batch.clear();
                    }
                } catch (SolrServerException e) {
                    throw new IOException(e);
                }
            }, w -> warn.accept(entry.relative() + ": " + w)).archive();
        } catch (UnreadableFileException e) {
            warn.accept(entry.relative() + ": skipped: " + e.getMessage()
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return -2;
        }
        if (!batch.isEmpty()) {
            cluster.client().add(cluster.collection(), batch);
        }
        if (written[1] == 0) {
            warn.accept(entry.relative() + ": skipped: no web page with an article in its " + counts.records() + " records"
                    + (knownHash != null ? " (its earlier version stays in the index)" : ""));
            return -2;
        }
        return written[0];
    }

    /**
     * Removes every article indexed from source folder {@code folder} (which need not exist any more), with one
     * commit; a usage error naming the collection's sources when it holds none from there.
     */
    IndexSummary forget(Path folder) {
        long start = System.nanoTime();
        String origin;
        try {
            origin = folder.toRealPath().toString();
        } catch (IOException gone) {
            origin = folder.toAbsolutePath().normalize().toString();
        }
        try {
            Map<String, String> known = knownHashes(origin);
            if (known.isEmpty()) {
                List<String> origins = origins();
                throw new PassagesException(PassagesException.Kind.USAGE, folder + " is not a source of "
                        + cluster.describe() + (origins.isEmpty() ? "" : "; its sources: " + String.join(", ", origins)));
            }
            new UpdateRequest().deleteByQuery(termQuery(Schema.ORIGIN, origin)).process(cluster.client(), cluster.collection());
            cluster.client().commit(cluster.collection(), true, true);
            return new IndexSummary(0, 0, known.size(), 0, 0, 0, paragraphCount(), 0, 0, Duration.ofNanos(System.nanoTime() - start));
        } catch (SolrServerException | IOException | SolrException e) {
            throw cluster.failure("removing a source from", e);
        }
    }

    /** The source folders the collection's articles were read from. */
    private List<String> origins() throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(termQuery(SolrDocuments.DOC_TYPE, SolrDocuments.ARTICLE_TYPE));
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(Schema.ORIGIN);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        return cluster.client().query(cluster.collection(), q).getFacetField(Schema.ORIGIN).getValues().stream()
                .map(org.apache.solr.client.solrj.response.FacetField.Count::getName).sorted().toList();
    }

    /** The files of a source the collection holds, with their hashes (from the article documents). */
    private Map<String, String> knownHashes(String origin) throws SolrServerException, IOException {
        Map<String, String> out = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(termQuery(SolrDocuments.DOC_TYPE, SolrDocuments.ARTICLE_TYPE));
        q.addFilterQuery(termQuery(Schema.ORIGIN, origin));
        q.setFields(Schema.FILE, Schema.FILE_HASH);
        q.setRows(5000);
        q.setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = cluster.client().query(cluster.collection(), q);
            for (SolrDocument d : r.getResults()) {
                out.put((String) d.getFirstValue(Schema.FILE), (String) d.getFirstValue(Schema.FILE_HASH));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return out;
            }
            cursor = next;
        }
    }

    private long paragraphCount() throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(termQuery(SolrDocuments.DOC_TYPE, SolrDocuments.PARAGRAPH_TYPE));
        q.setRows(0);
        return cluster.client().query(cluster.collection(), q).getResults().getNumFound();
    }

    /** A query for one exact value of a string field, in the standard syntax. */
    static String termQuery(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }
}
