package dev.passages.cli;

import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code passages similar ID}: passages about the same thing, from other articles. */
@Command(name = "similar",
        mixinStandardHelpOptions = true,
        description = "Passages about the same thing as paragraph ID (as search prints it, e.g."
                + " 000_13c3e290747b6afd#9), from other articles: Lucene's MoreLikeThis over its most distinctive words.",
        footerHeading = "%nExamples:%n",
        footer = {"  passages similar 000_13c3e290747b6afd#9", "  passages similar 000_13c3e290747b6afd#9 --format jsonl"})
final class SimilarCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ID", description = "A paragraph id.")
    String id;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Number of passages (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption output;

    SimilarCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        int n = SearchCommand.requireCount("--limit", limit);
        try (PassageSearcher searcher = common.openSearcher(env, spec.commandLine().getErr(), Features.DEFAULT)) {
            SearchResult result = searcher.similar(id, n);
            new HitPrinter(spec.commandLine().getOut(), output.format, false).print(result);
            return result.total() > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
        }
    }
}
