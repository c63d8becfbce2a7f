package dev.passages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;

/** {@code passages article ID}: a whole article, with its metadata and each paragraph's speakers. */
@Command(name = "article",
        description = {"Print the whole article ID (the article of search output, e.g. 000_13c3e290747b6afd, or a"
                + " paragraph id of it such as 000_13c3e290747b6afd#9): its title, date, source and url, then every"
                + " paragraph with its speakers.",
            "",
            "An id the index does not have is a usage error (exit 2)."},
        footer = {"  passages article 000_13c3e290747b6afd", "  passages article 000_13c3e290747b6afd#9 --format jsonl"})
final class ArticleCommand extends ArticleViewCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "An article id, or a paragraph id <article>#<n>.")
    String id;

    @Override
    public Integer call() throws IOException {
        return print(lookup -> lookup.article(id), null);
    }
}
