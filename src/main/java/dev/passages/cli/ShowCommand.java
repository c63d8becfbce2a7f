package dev.passages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;

/** {@code passages show ID}: a paragraph with the paragraphs around it. */
@Command(name = "show",
        description = {"Print paragraph ID (as search prints it, e.g. 000_13c3e290747b6afd#9) with N paragraphs of its"
                + " article before and after it, and the article's title, date, source and url.",
            "",
            "An id the index does not have is a usage error (exit 2)."},
        footer = {"  passages show 000_13c3e290747b6afd#9", "  passages show 000_13c3e290747b6afd#9 --context 0 --format json"})
final class ShowCommand extends ArticleViewCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "A paragraph id: <article>#<n>.")
    String id;

    @Option(names = {"-C", "--context"}, paramLabel = "N", defaultValue = "2",
            description = "Paragraphs to print before and after it (default: ${DEFAULT-VALUE}).")
    int context;

    @Override
    public Integer call() throws IOException {
        int n = RequestParts.COMMAND_LINE.count("context", context);
        return print(lookup -> lookup.paragraph(id, n), id);
    }
}
