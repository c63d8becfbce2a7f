package dev.passages.cli;

import dev.passages.attribution.Attributor;
import dev.passages.index.IndexFolder;
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
                + " unchanged files are not touched. A file that cannot be read (empty, binary, an unsupported type) is skipped"
                + " with a warning naming it; the rest is indexed and the exit code is 3. A folder or link that cannot be"
                + " read keeps the files indexed from it, with a warning naming it, and the exit code is 3.",
            "The index folder must be missing, empty (but for a README or hidden files), or a passages index (it holds"
                + " the marker file " + IndexFolder.MARKER + "), and neither the corpus folder nor inside it nor around it;"
                + " any other folder is refused (exit 2) and left untouched. A folder passages makes an index of (new, or"
                + " empty until then) becomes owner-only (mode 700) unless --shared-index. A link whose target lies outside"
                + " the corpus folder is skipped with a warning (exit 3) unless --follow-symlinks.",
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

    @Option(names = "--follow-symlinks",
            description = "Follow symbolic links whose target lies outside the corpus folder too"
                + " (by default they are skipped with a warning).")
    boolean followSymlinks;

    @Option(names = "--shared-index",
            description = "Leave a folder this run makes an index of with the usual permissions (as the umask says)"
                + " instead of making it owner-only.")
    boolean sharedIndex;

    IndexCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = corpus != null ? corpus : env.defaultCorpus();
        return run(dir, common.index(env).path(), rebuild, common.quiet, !noSpeakers, followSymlinks, sharedIndex, err);
    }

    /** Indexes {@code corpusDir} into {@code indexDir}, printing warnings and the summary line on {@code err}. */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, PrintWriter err) {
        return run(corpusDir, indexDir, rebuild, quiet, speakers, false, false, err);
    }

    /** As above, following links out of the corpus folder and giving a new index folder the umask's permissions when asked. */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, boolean followSymlinks,
                   boolean sharedIndex, PrintWriter err) {
        Indexer indexer = new Indexer(indexDir, rebuild, warning -> {
            if (!quiet) {
                synchronized (err) {
                    err.println("passages: warning: " + dev.passages.search.Sanitize.oneLine(warning));
                    err.flush();
                }
            }
        }, Runtime.getRuntime().availableProcessors(), speakers ? new Attributor() : null)
                .followSymlinks(followSymlinks).sharedIndex(sharedIndex);
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
