package dev.passages.embedding;

import dev.passages.PassagesException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedding model, loaded once per process when first asked for. Its libraries (ONNX Runtime, the tokenizer,
 * the model's jar: over 100 MB) are not in passages' jar but in {@code semantic-lib/} beside it, and are opened
 * only here, so that indexing and searching without vectors never load them.
 */
public final class ModelLibrary {

    /** The model's name, as an index that keeps its vectors records it. */
    public static final String NAME = "all-minilm-l6-v2-q";
    /** The folder beside passages' jar that holds the model's libraries. */
    public static final String FOLDER = "semantic-lib";
    private static final String IMPLEMENTATION = "dev.passages.embedding.onnx.MiniLmEmbedder";

    /** The model and how long it took to load. */
    public record Loaded(Embedder embedder, long loadedAtNanos, double seconds) {
    }

    private ModelLibrary() {
    }

    /** The model once loaded: set once, by the first caller of {@link #model}, and kept for the process's life. */
    private static Loaded loaded;

    /** The process's model, loaded on the first call; a failure to load is reported again on the next call. */
    public static synchronized Embedder model() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded.embedder();
    }

    /**
     * A line saying how long the model took to load, when that happened at or after {@code sinceNanos}
     * ({@link System#nanoTime}); null when the model was loaded earlier or not at all.
     */
    public static synchronized String loadedSince(long sinceNanos) {
        return loaded == null || loaded.loadedAtNanos() < sinceNanos ? null
                : String.format(java.util.Locale.ROOT, "loaded the embedding model %s in %.2f s (once per process)",
                        loaded.embedder().name(), loaded.seconds());
    }

    private static Loaded load() {
        long start = System.nanoTime();
        // the libraries log through SLF4J, with no logger bound: without this, SLF4J says so on stderr at every load
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        ClassLoader loader = loader();
        // the tokenizer's library finds its native code through the thread's context loader
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Embedder embedder = (Embedder) Class.forName(IMPLEMENTATION, true, loader).getConstructor().newInstance();
            long end = System.nanoTime();
            return new Loaded(embedder, end, (end - start) / 1e9);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new PassagesException(PassagesException.Kind.INPUT,
                    "cannot load the embedding model (" + cause + ")", cause);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /**
     * Passages' own loader when the libraries are on its class path (tests, an IDE); otherwise a loader over the
     * jars in {@link #FOLDER} beside passages' jar.
     */
    private static ClassLoader loader() {
        ClassLoader own = ModelLibrary.class.getClassLoader();
        Path jar = ownJar();
        if (jar == null || !Files.isRegularFile(jar)) {
            return own;
        }
        Path folder = jar.resolveSibling(FOLDER);
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
            urls.add(jar.toUri().toURL());
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "semantic search needs the model's libraries in "
                    + folder + ", which the build writes beside the jar (mvn package)", e);
        }
        return new IsolatedLoader(urls.toArray(URL[]::new), own, "dev.passages.embedding.onnx.");
    }

    private static Path ownJar() {
        try {
            URL location = ModelLibrary.class.getProtectionDomain().getCodeSource().getLocation();
            return location == null ? null : Path.of(location.toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
