import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Speaker attribution of two builds in one JVM, each jar in a class loader of its own, pass for pass in
 * turns (A then B, then B then A, ...), so that a busy machine slows both alike: prints the CPU time of each
 * pass on this thread and the median of the passes after the first third (the JIT's warm-up). Reads the JSON
 * files of a folder ({@code json}) or the {@code source.html} of each of its subfolders ({@code pages}, the
 * layout of the Readability test pages).
 *
 * <pre>java -cp /tmp/bench-classes AttributionCompare json ../shared/data/reuters-21578 12 OLD.jar NEW.jar</pre>
 */
public final class AttributionCompare {

    /** One build's attributor and its articles, read by its own classes. */
    private static final class Build {
        private final Object attributor;
        private final Method attribute;
        private final List<Object> articles = new ArrayList<>();

        Build(Path jar, String layout, Path folder) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> attributorClass = loader.loadClass("dev.passages.attribution.Attributor");
            attributor = attributorClass.getConstructor().newInstance();
            attribute = attributorClass.getMethod("attribute", loader.loadClass("dev.passages.corpus.Article"));
            Consumer<String> quiet = warning -> { };
            if (layout.equals("json")) {
                Method parse = loader.loadClass("dev.passages.corpus.JsonArticleParser")
                        .getMethod("parse", String.class, String.class, String.class, Consumer.class);
                Method decode = loader.loadClass("dev.passages.corpus.TextDecoder").getMethod("decode", byte[].class);
                for (Path f : list(folder)) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json")) {
                        Object text = decode.invoke(null, (Object) Files.readAllBytes(f));
                        articles.addAll((List<?>) parse.invoke(null, name, name, text, quiet));
                    }
                }
            } else {
                Method read = loader.loadClass("dev.passages.corpus.html.HtmlArticles").getMethod("read", String.class,
                        String.class, byte[].class, String.class, String.class, LocalDate.class, Consumer.class);
                for (Path page : list(folder)) {
                    Path source = page.resolve("source.html");
                    if (Files.isRegularFile(source)) {
                        String id = page.getFileName().toString();
                        ((Optional<?>) read.invoke(null, id, id, Files.readAllBytes(source), null, null, null, quiet))
                                .ifPresent(articles::add);
                    }
                }
            }
        }

        /** Seconds of this thread's CPU time to attribute every article once. */
        double pass(ThreadMXBean threads) throws Exception {
            long start = threads.getCurrentThreadCpuTime();
            for (Object article : articles) {
                attribute.invoke(attributor, article);
            }
            return (threads.getCurrentThreadCpuTime() - start) / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !args[0].equals("json") && !args[0].equals("pages")) {
            System.err.println("usage: AttributionCompare json|pages FOLDER PASSES A.jar B.jar");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        int passes = Integer.parseInt(args[2]);
        Build a = new Build(Path.of(args[3]), args[0], folder);
        Build b = new Build(Path.of(args[4]), args[0], folder);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> timesA = new ArrayList<>();
        List<Double> timesB = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            if (i % 2 == 0) {
                timesA.add(a.pass(threads));
                timesB.add(b.pass(threads));
            } else {
                timesB.add(b.pass(threads));
                timesA.add(a.pass(threads));
            }
        }
        System.out.println("A " + timesA);
        System.out.println("B " + timesB);
        int warm = passes / 3;
        System.out.printf(Locale.ROOT, "%d articles; median CPU of passes %d-%d: A %.3f s, B %.3f s%n", a.articles.size(),
                warm + 1, passes, median(timesA.subList(warm, passes)), median(timesB.subList(warm, passes)));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
