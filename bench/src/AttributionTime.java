import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;
import dev.passages.corpus.JsonArticleParser;
import dev.passages.corpus.TextDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speaker attribution alone, on one thread: parses every JSON file of a folder once, then attributes
 * all its articles ROUNDS times and prints the time of each round (the first includes JIT warm-up), the
 * thread's CPU time (steadier than the time on a shared machine) and the bytes it allocated (exact, from the JVM's count for the thread; under C1 alone, as {@code index} runs on a
 * small corpus, nothing is kept off the heap by escape analysis).
 *
 * <pre>java -cp passages.jar:classes AttributionTime ../shared/data/reuters-21578 5</pre>
 */
public final class AttributionTime {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AttributionTime JSON_DIR ROUNDS");
            System.exit(2);
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                articles.addAll(JsonArticleParser.parse(name, name, TextDecoder.decode(Files.readAllBytes(f)), w -> { }));
            }
        }
        Attributor attributor = new Attributor();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= Integer.parseInt(args[1]); round++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long paragraphs = 0;
            for (Article a : articles) {
                paragraphs += attributor.attribute(a).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d articles, %d paragraphs, %.2f s, %.2f s CPU, %.1f MB allocated%n",
                    round, articles.size(), paragraphs, seconds, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
        }
    }
}
