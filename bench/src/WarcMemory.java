import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Memory of passages on a large web archive (bench/warc-memory):
 * {@code write FILE SIZE_MB CORPUS_DIR} writes an uncompressed archive of SIZE_MB of HTML page responses made
 * from the .txt articles of CORPUS_DIR, each page under its own URL; {@code run ARGS...} runs the passages
 * command line ARGS in this JVM and, as it exits, prints on stderr the most heap in use after a garbage
 * collection (what the run held: the live heap's peak, to a collection's precision), the peak heap (the sum of
 * the heap pools' peaks, garbage included: an upper bound), the wall time and the process's CPU time.
 */
public final class WarcMemory {

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("write")) {
            write(Path.of(args[1]), Long.parseLong(args[2]) * 1_000_000L, Path.of(args[3]));
        } else if (args.length >= 2 && args[0].equals("run")) {
            long start = System.nanoTime();
            java.util.concurrent.atomic.AtomicLong live = watchLiveHeap();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long peak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime();
                System.err.printf("peak-heap-mb %.1f max-heap-mb %.1f seconds %.1f live-heap-mb %.1f cpu-seconds %.1f%n",
                        peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, (System.nanoTime() - start) / 1e9,
                        live.get() / 1e6, cpu / 1e9);
            }));
            dev.passages.cli.Main.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.err.println("usage: WarcMemory write FILE SIZE_MB CORPUS_DIR | run PASSAGES_ARGS...");
            System.exit(2);
        }
    }

    /** The largest heap in use right after a garbage collection, kept up to date by the collectors' notifications. */
    private static java.util.concurrent.atomic.AtomicLong watchLiveHeap() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                max.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return max;
    }

    private static void write(Path file, long bytes, Path corpus) throws Exception {
        List<List<String>> articles = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> paragraphs = new ArrayList<>();
                for (String block : Files.readString(p).split("\\n\\s*\\n")) {
                    String text = block.strip().replace("&", "&amp;").replace("<", "&lt;");
                    if (!text.isEmpty() && !text.matches("(?s)^[A-Za-z]+:.*") && !text.startsWith("(")) {
                        paragraphs.add(text);
                    }
                }
                if (!paragraphs.isEmpty()) {
                    articles.add(paragraphs);
                }
            }
        }
        Instant date = Instant.parse("2024-03-02T10:15:30Z");
        long pages = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
            while (writer.position() < bytes) {
                List<String> paragraphs = articles.get((int) (pages % articles.size()));
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story ")
                        .append(pages).append("</title></head><body>");
                for (String p : paragraphs) {
                    html.append("<p>").append(p).append(" (page ").append(pages).append(")</p>\n");
                }
                html.append("</body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(StandardCharsets.UTF_8))
                        .build();
                writer.write(new WarcResponse.Builder("https://bench.example/story/" + pages).date(date).body(http).build());
                pages++;
            }
        }
        System.err.printf("wrote %s: %d pages, %.1f MB%n", file, pages, Files.size(file) / 1e6);
    }
}
