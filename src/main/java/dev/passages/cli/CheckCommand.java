package dev.passages.cli;

import dev.passages.search.Sanitize;
import dev.passages.index.IndexCheck;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code passages check}: whether an index is sound, in one line. */
@Command(name = "check",
        description = "Verify an index: Lucene's CheckIndex, and that every article's paragraphs are numbered without"
                + " gaps, every file's paragraphs come from one version of it, article and paragraph ids are unique and"
                + " every paragraph comes from a recorded source folder. Prints one line, then one per source folder"
                + " with its articles and paragraphs; exit 0 when sound, 2 when not (the line says to run passages"
                + " index --rebuild).",
        footer = {
            "  passages check",
            "  passages check --index ~/news-index",
        })
final class CheckCommand extends BaseCommand {

    @Override
    public Integer call() {
        IndexCheck.Result result;
        if (common.solrUrls(env) != null) {
            try (dev.passages.backend.SolrBackend solr = common.openSolr(env, dev.passages.search.Features.DEFAULT)) {
                result = solr.check();
            }
        } else {
            result = IndexCheck.run(common.index(env).path());
        }
        PrintWriter out = result.sound() ? out() : err();
        out.println("passages: " + Sanitize.oneLine(result.line()));
        result.sources().forEach(line -> out.println("  " + Sanitize.oneLine(line)));
        if (common.debug) {
            result.problems().forEach(p -> out.println("  " + Sanitize.oneLine(p)));
        }
        out.flush();
        return result.sound() ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
