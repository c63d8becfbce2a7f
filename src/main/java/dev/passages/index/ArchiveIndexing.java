package dev.passages.index;

import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.UnreadableFileException;
import dev.passages.corpus.WarcArticles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Indexes one web archive as its records are read: its hash is taken in a first pass over the file, then its
 * pages are read, attributed and added one at a time, so that memory holds one page however large the archive.
 * The archive's earlier articles are removed just before its first new one is added: an archive that gives none
 * (unreadable, or no page with an article) leaves its earlier version in the index, as any skipped file does.
 */
final class ArchiveIndexing {

    /** The documents of one article, under the file's hash. */
    interface Documents {
        List<Document> of(Article article, String hash);
    }

    private ArchiveIndexing() {
    }

    /**
     * Counts the archive in {@code counters} as added, updated, unchanged or skipped, with its paragraphs and the
     * bytes of the first pass as they are read (for progress).
     *
     * @param knownHash the archive's hash in the index, or null when it is new
     * @param details   receives what the archive held, one line
     */
    static void index(IndexWriter writer, SourceFiles.Item item, String knownHash, ArticleIds ids, int turn,
                      Documents documents, IndexCounters counters, Consumer<String> warn, Consumer<String> details)
            throws IOException {
        Consumer<String> named = w -> warn.accept(item.name() + ": " + w);
        String hash;
        try {
            hash = FileHashes.of(item.entry().path(), counters.bytes::addAndGet);
        } catch (UnreadableFileException e) {
            skipped(item, knownHash, e.getMessage(), counters, warn);
            return;
        }
        if (hash.equals(knownHash)) {
            counters.unchanged.incrementAndGet();
            return;
        }
        boolean[] begun = {false};
        WarcArticles.Counts counts;
        try {
            counts = ArticleReader.stream(item.entry(), (article, warnings) -> {
                if (!begun[0]) {
                    ids.begin(turn, item);
                    begun[0] = true;
                    writer.deleteDocuments(new Term(Schema.FILE, item.fileKey()));
                }
                List<Document> docs = documents.of(ids.name(item, article, warn), hash);
                writer.addDocuments(docs);
                counters.paragraphs.addAndGet(docs.size()); // as they come: progress shows them
            }, named).archive();
        } catch (UnreadableFileException e) {
            skipped(item, knownHash, e.getMessage(), counters, warn);
            return;
        }
        details.accept(item.name() + ": " + counts.line());
        if (!begun[0]) {
            skipped(item, knownHash, "no web page with an article in its " + counts.records() + " records", counters, warn);
            return;
        }
        (knownHash == null ? counters.added : counters.updated).incrementAndGet();
    }

    private static void skipped(SourceFiles.Item item, String knownHash, String why, IndexCounters counters,
                                Consumer<String> warn) {
        counters.skipped.incrementAndGet();
        warn.accept(item.name() + ": skipped: " + why + (knownHash != null ? " (its earlier version stays in the index)" : ""));
    }
}
