package dev.passages.cli;

import dev.passages.attribution.Attributor;
import dev.passages.index.Indexer;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import dev.passages.search.SortOrder;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Exercises what a query run loads (a tiny index searched in every format), so that the launcher can
 * record those classes in a class-data-sharing archive. Hidden: the launcher runs it once per build.
 */
@Command(name = "warmup", hidden = true, description = "Load what a search loads (for the class-data-sharing archive).")
final class WarmupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        exercise(1);
        return ExitCodes.OK;
    }

    /**
     * Runs searches over a real index until {@code queries} have run, {@code millis} have passed or
     * {@code stop} says so: words, pairs and phrases of the index's own frequent words, some with a date
     * or speaker filter, written as a batch and a terminal would show them (to nowhere). A JVM needs
     * thousands of such queries before its compiler has made the query path fast; a daemon does this
     * once, in the background ({@link dev.passages.daemon.WarmUp}), so that the searches and batches sent to it find it done.
     *
     * @return the number of queries run
     */
    static int exercise(PassageSearcher searcher, int queries, long millis, java.util.function.BooleanSupplier stop)
            throws IOException {
        List<String> words = searcher.frequentWords(200);
        if (words.size() < 2) {
            return 0;
        }
        List<String> speakers = searcher.speakers().all().stream().limit(20).map(e -> e.name()).toList();
        java.util.Random random = new java.util.Random(1);
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Json json = new Json();
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
        int run = 0;
        for (; run < queries && System.nanoTime() < end && !stop.getAsBoolean(); run++) {
            String a = words.get(random.nextInt(words.size()));
            String b = words.get(random.nextInt(words.size()));
            SearchRequest request = switch (run % 5) {
                case 0 -> SearchRequest.of(a);
                case 1 -> SearchRequest.of(a + " " + b);
                case 2 -> SearchRequest.of("\"" + a + " " + b + "\"");
                case 3 -> new SearchRequest(a + " " + b, List.of(), java.time.LocalDate.of(1900, 1, 1), null, SortOrder.RELEVANCE, 10);
                default -> speakers.isEmpty() ? SearchRequest.of(b)
                        : new SearchRequest(run % 10 == 4 ? "" : a, List.of(speakers.get(random.nextInt(speakers.size()))),
                                null, null, SortOrder.RELEVANCE, 10);
            };
            try {
                dev.passages.search.SearchResult result = searcher.search(request);
                if (run % 2 == 0) {
                    sink.println(json.write(Json.result(result, null)));
                } else {
                    new HitPrinter(sink, OutputFormat.TEXT, false).print(result);
                }
            } catch (dev.passages.PassagesException e) {
                // a word pair the query syntax reads otherwise: the next one
            }
        }
        return run;
    }

    /** Builds a tiny index and runs a search's whole path over it {@code rounds} times (more rounds: more of it compiled). */
    static void exercise(int rounds) throws IOException {
        Path dir = Files.createTempDirectory("passages-warmup");
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("a.txt"), "Title: Warm up\nDate: 2023-11-20\nSource: Nowhere\n\n"
                    + "Minister Ada Lovelace said the engine works.\n\n\"It computes,\" she added.\n");
            Path index = dir.resolve("index");
            new Indexer(index, true, w -> { }, 1, new Attributor()).run(corpus);
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            try (PassageSearcher searcher = new PassageSearcher(index)) {
                for (int round = 0; round < rounds; round++) {
                    for (OutputFormat format : OutputFormat.values()) {
                        new HitPrinter(sink, format, false).print(searcher.search(SearchRequest.of("engine works")));
                    }
                    searcher.search(new SearchRequest("", List.of("Lovelace"), null, null, SortOrder.DATE, 5));
                    searcher.search(SearchRequest.of("\"engine works\" AND title:warm"));
                    new Json().write(SpeakersCommand.map(searcher.speakers().all().get(0)));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
