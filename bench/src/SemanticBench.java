import dev.passages.embedding.Embedder;
import dev.passages.embedding.ModelLibrary;
import dev.passages.index.IndexPaths;
import dev.passages.index.Schema;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchMode;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What semantic search costs, in one process over an index built with {@code passages index --semantic}:
 * the model's load time; paragraphs embedded per second with 1 and 2 threads (the index's own paragraph texts,
 * after a warm-up); query latency p50/p99 of BM25 and hybrid searches (interleaved, after a warm-up; limit 10,
 * highlighting and stored fields included, as the CLI does).
 *
 * <pre>java -cp passages.jar:classes SemanticBench INDEX_DIR [PARAGRAPHS] [QUERIES] [WARMUP]</pre>
 *
 * stdout: "name value unit" lines; the bench/semantic script makes the table.
 */
public final class SemanticBench {

    static final String[] QUERIES = {
        "oil prices", "trade deficit", "bank loans", "wheat exports", "coffee quota", "dollar yen", "interest rates",
        "share offer", "crude output", "sugar crop", "why did the central bank raise rates",
        "which companies agreed to merge", "how much grain did the soviet union buy", "strike at the port",
        "opec production ceiling", "takeover bid rejected by the board", "inflation in brazil", "gold reserves",
        "japanese exports to the united states", "farm subsidies in europe", "profit fell in the quarter",
        "copper price outlook", "shipping rates", "tin agreement collapse", "budget deficit cut",
    };

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int paragraphs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 500;

        long t0 = System.nanoTime();
        Embedder model = ModelLibrary.model();
        print("model_load", (System.nanoTime() - t0) / 1e9, "s");

        List<String> texts = new ArrayList<>();
        try (DirectoryReader reader = IndexPaths.open(index)) {
            vectorBytes(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc() && texts.size() < paragraphs + 100; doc++) {
                texts.add(stored.document(doc, Set.of(Schema.TEXT)).get(Schema.TEXT));
            }
        }
        for (int i = 0; i < 100; i++) {
            model.embed(texts.get(i));
        }
        List<String> timed = texts.subList(100, texts.size());
        for (int threads : new int[] {1, 2}) {
            print("embed_per_s_" + threads, embedRate(model, timed, threads), "paragraphs/s");
        }

        try (PassageSearcher searcher = new PassageSearcher(index)) {
            SearchMode[] modes = {SearchMode.BM25, SearchMode.HYBRID, SearchMode.SEMANTIC};
            for (int i = 0; i < warmup; i++) {
                searcher.search(request(i, modes[i % modes.length]));
            }
            long[][] nanos = new long[modes.length][queries];
            for (int i = 0; i < queries; i++) {
                for (int m = 0; m < modes.length; m++) {
                    SearchRequest r = request(i, modes[m]);
                    long s = System.nanoTime();
                    searcher.search(r);
                    nanos[m][i] = System.nanoTime() - s;
                }
            }
            for (int m = 0; m < modes.length; m++) {
                long[] sorted = nanos[m].clone();
                Arrays.sort(sorted);
                print("query_p50_" + modes[m].label(), sorted[sorted.length / 2] / 1e6, "ms");
                print("query_p99_" + modes[m].label(), sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6, "ms");
            }
        }
    }

    /** Paragraphs embedded a second by {@code threads} threads sharing {@code texts}. */
    private static double embedRate(Embedder model, List<String> texts, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    model.embed(texts.get(i));
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The bytes of the vector files of every segment, inside compound files too: all of them (raw floats, int7
     * copies, graph, metadata), and those a search reads (the int7 copies and the graph).
     */
    private static void vectorBytes(DirectoryReader reader) throws java.io.IOException {
        long all = 0;
        long searched = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.SegmentInfo info = ((org.apache.lucene.index.SegmentReader) leaf.reader()).getSegmentInfo().info;
            org.apache.lucene.store.Directory dir = info.getUseCompoundFile()
                    ? info.getCodec().compoundFormat().getCompoundReader(info.dir, info, org.apache.lucene.store.IOContext.DEFAULT)
                    : info.dir;
            for (String name : info.getUseCompoundFile() ? dir.listAll() : info.files().toArray(String[]::new)) {
                String ext = name.substring(name.lastIndexOf('.') + 1);
                if (List.of("vec", "veq", "vex", "vem", "vemf", "vemq").contains(ext)) {
                    long len = dir.fileLength(name);
                    all += len;
                    if (ext.equals("veq") || ext.equals("vex")) {
                        searched += len;
                    }
                }
            }
            if (info.getUseCompoundFile()) {
                dir.close();
            }
        }
        print("vector_bytes_all", all, "bytes");
        print("vector_bytes_searched", searched, "bytes");
        print("paragraphs", reader.numDocs(), "paragraphs");
    }

    private static SearchRequest request(int i, SearchMode mode) {
        return new SearchRequest(QUERIES[i % QUERIES.length], List.of(), null, null, SortOrder.RELEVANCE, 10)
                .withMode(mode);
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + " " + String.format(Locale.ROOT, "%.2f", value) + " " + unit);
    }
}
