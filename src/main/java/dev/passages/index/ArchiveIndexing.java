package dev.passages.index;

import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.UnreadableFileException;
import dev.passages.corpus.WarcArticles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Indexes one web archive as its records are read: its hash is taken in a first pass over the file, then its
 * pages are read, attributed and added one at a time, so that memory holds one page however large the archive.
 * The archive's earlier articles are removed just before its first new one is added: an archive that gives none
 * (unreadable, or no page with an article) leaves its earlier version in the index, as any skipped file does.
 */
final class ArchiveIndexing {

    /** What became of an archive. */
    enum Result { UNCHANGED, SKIPPED, INDEXED }

    /** What became of an archive, and the paragraphs it added. */
    record Outcome(Result result, long paragraphs) {
    }

    /** The documents of one article, under the file's hash. */
    interface Documents {
        List<Document> of(Article article, String hash);
    }

    private ArchiveIndexing() {
    }

    /**
     * @param knownHash the archive's hash in the index, or null when it is new
     * @param bytesRead receives the bytes of the first pass as they are read, for progress
     * @param details   receives what the archive held, one line
     */
    static Outcome index(IndexWriter writer, SourceFiles.Item item, String knownHash, ArticleIds ids, int turn,
                         Documents documents, LongConsumer bytesRead, Consumer<String> warn, Consumer<String> details)
            throws IOException {
        Consumer<String> named = w -> warn.accept(item.name() + ": " + w);
        String hash;
        try {
            hash = hash(item.entry().path(), bytesRead);
        } catch (UnreadableFileException e) {
            return skipped(item, knownHash, e.getMessage(), warn);
        }
        if (hash.equals(knownHash)) {
            return new Outcome(Result.UNCHANGED, 0);
        }
        long[] paragraphs = {0};
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
                paragraphs[0] += docs.size();
            }, named);
        } catch (UnreadableFileException e) {
            return skipped(item, knownHash, e.getMessage(), warn);
        }
        details.accept(item.name() + ": " + counts.line());
        if (!begun[0]) {
            return skipped(item, knownHash, "no web page with an article in its " + counts.records() + " records", warn);
        }
        return new Outcome(Result.INDEXED, paragraphs[0]);
    }

    private static Outcome skipped(SourceFiles.Item item, String knownHash, String why, Consumer<String> warn) {
        warn.accept(item.name() + ": skipped: " + why + (knownHash != null ? " (its earlier version stays in the index)" : ""));
        return new Outcome(Result.SKIPPED, 0);
    }

    /** The file's hash as {@link Indexer#hash} takes it, read in blocks rather than whole. */
    static String hash(Path file, LongConsumer bytesRead) throws UnreadableFileException {
        MessageDigest digest = Indexer.digest();
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                digest.update(block, 0, n);
                bytesRead.accept(n);
            }
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage());
        }
        return Indexer.hashOf(digest.digest());
    }
}
