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
