package dev.passages.cli;

import dev.passages.attribution.Attributor;
import dev.passages.index.IndexSummary;
import dev.passages.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code passages index}: brings the index in line with a corpus folder. */
@Command(name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Index a folder of articles, one Lucene document per paragraph.",
            "Incremental: new and changed files (by content hash) are re-indexed, files that are gone are removed,"
                + " unchanged files are not touched. A file that cannot be read (empty, binary, not UTF-8) is skipped"
                + " with a warning naming it; the rest is indexed and the exit code is 3.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  passages index",
            "  passages index ~/news --index ~/news-index",
            "  passages index --rebuild --no-speakers",
        })
final class IndexCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Corpus folder (default: corpus/ in the passages folder).")
    Path corpus;

    @Option(names = "--rebuild", description = "Start over: discard the index and index every file again.")
    boolean rebuild;

    @Option(names = "--no-speakers",
            description = "Skip speaker attribution (faster; --speaker and speakers then find nothing)."
                + " Changing this needs --rebuild to affect files already indexed.")
    boolean noSpeakers;

    IndexCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = corpus != null ? corpus : env.defaultCorpus();
        return run(dir, common.index(env).path(), rebuild, common.quiet, !noSpeakers, err);
    }

    /** Indexes {@code corpusDir} into {@code indexDir}, printing warnings and the summary line on {@code err}. */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, PrintWriter err) {
        Indexer indexer = new Indexer(indexDir, rebuild, warning -> {
            if (!quiet) {
                synchronized (err) {
                    err.println("passages: warning: " + dev.passages.search.Sanitize.oneLine(warning));
                    err.flush();
                }
            }
        }, Runtime.getRuntime().availableProcessors(), speakers ? new Attributor() : null);
        if (!quiet) {
            boolean terminal = System.console() != null;
            indexer.withProgress((done, total, paragraphs, bytes, seconds) -> {
                String line = String.format(java.util.Locale.ROOT, "indexing: %d of %d files, %d paragraphs, %.1f MB/s",
                        done, total, paragraphs, bytes / 1e6 / Math.max(seconds, 0.001));
                synchronized (err) {
                    if (terminal) {
                        // one line redrawn in place, with a bar
                        int width = 30;
                        int filled = total == 0 ? 0 : (int) ((long) width * done / total);
                        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + line + "   ");
                    } else {
                        err.println("passages: " + line);
                    }
                    err.flush();
                }
            });
        }
        IndexSummary summary = indexer.run(corpusDir);
        if (!quiet) {
            if (System.console() != null) {
                err.print("\r" + " ".repeat(100) + "\r");
            }
            err.println("passages: " + summary.line());
            err.flush();
        }
        return summary.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
    }
}
