import dev.passages.corpus.Article;
import dev.passages.corpus.JsonArticleParser;
import dev.passages.corpus.TextDecoder;
import dev.passages.index.Analyzers;
import dev.passages.index.Schema;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plain-Lucene baseline for passages' indexing: the same JSON files, split into the same paragraphs
 * by passages' own parser, analysed by passages' analyzer, but one stored TextField per paragraph
 * and nothing else (no ids, dates, titles, offsets, doc values or speaker attribution).
 *
 * <p>With {@code --fields}, each paragraph gets passages' own document instead ({@code Schema.documents}
 * without speakers: stored text, spelling skeletons, the title on each article's first paragraph, ids,
 * dates, doc values, signatures, acronym definitions), analysed as passages indexes them
 * ({@code Analyzers.forIndexing()}): what plain Lucene costs for passages' schema, without attribution,
 * hashing, the speaker registry or incremental bookkeeping.
 *
 * <pre>java -cp passages.jar:classes BaselineIndexer CORPUS_DIR INDEX_DIR [--fields]</pre>
 *
 * Prints on stderr: "baseline: N paragraphs written, F files; S s", like passages' summary line.
 */
public final class BaselineIndexer {

    private static final int THREADS = 2;
    private static final double RAM_BUFFER_MB = 256;

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--fields"))) {
            System.err.println("usage: BaselineIndexer CORPUS_DIR INDEX_DIR [--fields]");
            System.exit(2);
        }
        boolean schemaFields = args.length == 3;
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        AtomicLong paragraphs = new AtomicLong();
        AtomicLong warnings = new AtomicLong();
        IndexWriterConfig config = new IndexWriterConfig(schemaFields ? Analyzers.forIndexing() : Analyzers.forSchema())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> pending = new ArrayList<>();
                for (Path file : files) {
                    pending.add(pool.submit(() -> {
                        paragraphs.addAndGet(index(writer, root, file, schemaFields, warnings));
                        return null;
                    }));
                }
                for (Future<?> f : pending) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
        }
        System.err.printf(java.util.Locale.ROOT, (schemaFields ? "baseline --fields" : "baseline")
                + ": %d paragraphs written, %d files, %d warnings; %.1f s%n",
                paragraphs.get(), files.size(), warnings.get(), (System.nanoTime() - start) / 1e9);
    }

    /** Reads one JSON file of {@code root} and adds its paragraphs to {@code writer}; returns how many. */
    private static int index(IndexWriter writer, Path root, Path file, boolean schemaFields, AtomicLong warnings)
            throws IOException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String fileId = relative.substring(0, relative.length() - ".json".length());
        String text = TextDecoder.decode(Files.readAllBytes(file));
        List<Article> articles = JsonArticleParser.parse(fileId, relative, text, w -> warnings.incrementAndGet());
        List<Document> docs = new ArrayList<>();
        for (Article a : articles) {
            if (schemaFields) {
                docs.addAll(Schema.documents(a, "0", null, "0"));
                continue;
            }
            for (String p : a.paragraphs()) {
                Document d = new Document();
                d.add(new TextField("text", p, Field.Store.YES));
                docs.add(d);
            }
        }
        writer.addDocuments(docs);
        return docs.size();
    }
}
