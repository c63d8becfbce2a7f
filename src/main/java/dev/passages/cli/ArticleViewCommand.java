package dev.passages.cli;

import dev.passages.backend.Backend;
import dev.passages.search.ArticleLookup;
import dev.passages.search.ArticleView;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.function.Function;

/** What show and article share: an article, or the part of it asked for, read from the index and printed whole. */
abstract class ArticleViewCommand extends BaseCommand {

    @Mixin
    FormatOption output;

    /** Prints what {@code view} reads through the index's articles, marking paragraph {@code focus} (or none: null). */
    int print(Function<ArticleLookup, ArticleView> view, String focus) throws IOException {
        try (Backend index = openBackend()) {
            new ArticlePrinter(out(), output.format).withWidth(env.columns()).print(view.apply(new ArticleLookup(index::article)), focus);
            return ExitCodes.OK;
        }
    }
}
