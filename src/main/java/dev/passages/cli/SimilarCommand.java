package dev.passages.cli;

import dev.passages.backend.Backend;
import dev.passages.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;

/** {@code passages similar ID}: passages about the same thing, from other articles. */
@Command(name = "similar",
        description = "Passages about the same thing as paragraph ID (as search prints it, e.g."
                + " 000_13c3e290747b6afd#9), from other articles: Lucene's MoreLikeThis over its most distinctive words.",
        footer = {"  passages similar 000_13c3e290747b6afd#9", "  passages similar 000_13c3e290747b6afd#9 --format jsonl"})
final class SimilarCommand extends BaseCommand implements PrefetchedCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "A paragraph id.")
    String id;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Number of passages (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() throws IOException {
        int n = RequestParts.COMMAND_LINE.count("limit", limit);
        try (Backend index = openBackend()) {
            SearchResult result = index.similar(id, n);
            new HitPrinter(out(), output.format, false).print(result);
            return result.total() > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
        }
    }
}
