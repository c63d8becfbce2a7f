package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.CorpusFiles;
import dev.passages.index.IndexFolder;
import dev.passages.index.IndexSummary;
import dev.passages.index.Indexer;
import dev.passages.index.Sources;
import dev.passages.search.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/** {@code passages index}: brings the index in line with a corpus folder. */
@Command(name = "index",
        description = {
            "Index a folder of articles (or one article file), one Lucene document per paragraph. Article files are "
                + CorpusFiles.FORMATS + ".",
            "An index records the folders indexed into it (its sources). Indexing a folder adds or refreshes its"
                + " articles and leaves those of the other sources alone; with no folder, every recorded source is"
                + " refreshed (a new default index gets corpus/). A source folder that is missing keeps its articles,"
                + " with a warning, and the exit code is 3; --forget removes a source. A single file (an article, a"
                + " collection or a web archive) is a source of its own: indexed, refreshed and forgotten the same way.",
            "Incremental: new and changed files (by content hash) are re-indexed, files that are gone are removed,"
                + " unchanged files are not touched. A file that cannot be read (empty, binary, an unsupported type) is skipped"
                + " with a warning naming it; the rest is indexed and the exit code is 3. So is a malformed line of a"
                + " .jsonl/.ndjson collection, with a warning naming the file and line; its other lines are indexed."
                + " A folder or link that cannot be read keeps the files indexed from it, with a warning naming it, and"
                + " the exit code is 3.",
            "The index folder must be missing, empty (but for a README or hidden files), or a passages index (it holds"
                + " the marker file " + IndexFolder.MARKER + "), and neither the corpus folder nor inside it nor around it;"
                + " any other folder is refused (exit 2) and left untouched. A folder passages makes an index of (new, or"
                + " empty until then) becomes owner-only (mode 700) unless --shared-index. A link whose target lies outside"
                + " the corpus folder is skipped with a warning (exit 3) unless --follow-symlinks.",
            "Every article gets a distinct id: when the id its file gives is taken, it gets the first free @2, @3..."
                + " after it, with a warning naming both.",
        },
        footer = {
            "  passages index",
            "  passages index ~/news --index ~/news-index",
            "  passages index ~/Downloads/statement.html",
            "  passages index --rebuild --no-speakers",
            "  passages index --forget ~/old-news --index ~/news-index",
        })
final class IndexCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR|FILE",
            description = "Corpus folder, or one file of articles (default: corpus/ in the passages folder).")
    Path corpus;

    @Option(names = "--rebuild", description = "Start over: discard the index and index every file again, of the"
            + " recorded sources, or of DIR alone when given.")
    boolean rebuild;

    @Option(names = "--forget", paramLabel = "DIR",
            description = "Remove a source: its articles and its record (DIR need not exist any more).")
    Path forget;

    @Option(names = "--no-speakers",
            description = "Skip speaker attribution (faster; --speaker and speakers then find nothing)."
                + " Changing this needs --rebuild to affect files already indexed.")
    boolean noSpeakers;

    @Option(names = "--semantic",
            description = "Also embed every paragraph with a sentence-embedding model (all-MiniLM-L6-v2, in this"
                + " process, on every core) and keep the vectors, for search --mode semantic and hybrid. Recorded in the"
                + " index: later runs embed the paragraphs they write without being asked. Slow (100-200 paragraphs"
                + " a second per core, measured); incremental: only text without a vector is embedded, and a run that"
                + " is stopped resumes with what it had embedded. See docs/semantic.md.")
    boolean semantic;

    @Option(names = "--follow-symlinks",
            description = "Follow symbolic links whose target lies outside the corpus folder too"
                + " (by default they are skipped with a warning).")
    boolean followSymlinks;

    @Option(names = "--shared-index",
            description = "Leave a folder this run makes an index of with the usual permissions (as the umask says)"
                + " instead of making it owner-only.")
    boolean sharedIndex;

    @Override
    public Integer call() {
        PrintWriter err = err();
        if (common.solrUrls(env) != null) {
            return runOnSolr(err);
        }
        CommonOptions.IndexChoice index = common.index(env);
        if (forget != null) {
            forgetAlone();
            reportForgotten(new Indexer(index.path(), false, w -> { }, 1, null).forget(forget), err);
            return ExitCodes.OK;
        }
        Path dir = corpus != null ? corpus
                : index.explicit() || !Sources.of(index.path()).isEmpty() ? null : env.defaultCorpus();
        return run(dir, index.path(), rebuild, common.quiet, !noSpeakers, followSymlinks, sharedIndex, common.debug, semantic, err);
    }

    /** --forget is a run of its own: no folder to index beside it, no --rebuild. */
    private void forgetAlone() {
        if (corpus != null || rebuild) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--forget takes no other folder and no --rebuild");
        }
    }

    private void reportForgotten(IndexSummary summary, PrintWriter err) {
        if (!common.quiet) {
            int files = summary.removed();
            err.println("passages: forgot " + Sanitize.oneLine(forget.toString()) + ": " + files
                    + (files == 1 ? " file" : " files") + " removed, " + summary.paragraphsInIndex() + " paragraphs in index");
            err.flush();
        }
    }

    /** Indexes the corpus folder into the SolrCloud collection the options name (or forgets a folder's articles). */
    private int runOnSolr(PrintWriter err) {
        if (followSymlinks || sharedIndex) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--follow-symlinks and --shared-index are not available with --solr");
        }
        if (forget != null) {
            forgetAlone();
        }
        Path dir = corpus != null ? corpus : env.defaultCorpus();
        try (dev.passages.backend.SolrBackend solr = common.openSolr(env, dev.passages.search.Features.DEFAULT)) {
            if (forget != null) {
                reportForgotten(solr.forget(forget), err);
                return ExitCodes.OK;
            }
            IndexSummary summary = solr.index(dir, rebuild, warnings(common.quiet, err), noSpeakers ? null : new Attributor());
            if (!common.quiet) {
                say(err, summary.line() + " (" + solr.describe() + ")");
            }
            return summary.skipped() > 0 || summary.recordsSkipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
        }
    }

    /**
     * Indexes {@code corpusDir} into {@code indexDir}, or with a null folder refreshes every source the index
     * records, printing warnings and the summary line on {@code err}.
     */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, PrintWriter err) {
        return run(corpusDir, indexDir, rebuild, quiet, speakers, false, false, err);
    }

    /** As above, following links out of the corpus folder and giving a new index folder the umask's permissions when asked. */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, boolean followSymlinks,
                   boolean sharedIndex, PrintWriter err) {
        return run(corpusDir, indexDir, rebuild, quiet, speakers, followSymlinks, sharedIndex, false, false, err);
    }

    /**
     * As above; with {@code debug}, what each web archive held (records, pages, articles) is said on {@code err};
     * with {@code semantic}, paragraphs are embedded ({@link Indexer#semantic}).
     */
    static int run(Path corpusDir, Path indexDir, boolean rebuild, boolean quiet, boolean speakers, boolean followSymlinks,
                   boolean sharedIndex, boolean debug, boolean semantic, PrintWriter err) {
        Indexer indexer = new Indexer(indexDir, rebuild, warnings(quiet, err), Runtime.getRuntime().availableProcessors(),
                speakers ? new Attributor() : null)
                .followSymlinks(followSymlinks).sharedIndex(sharedIndex).semantic(semantic);
        if (debug) {
            indexer.withDetails(line -> say(err, line));
        }
        if (!quiet) {
            boolean terminal = System.console() != null;
            indexer.withProgress((done, total, paragraphs, bytes, seconds) -> {
                String line = String.format(java.util.Locale.ROOT, "indexing: %d of %d files, %d paragraphs, %.1f MB/s",
                        done, total, paragraphs, bytes / 1e6 / Math.max(seconds, 0.001))
                        + IndexProgress.embedding(indexer.embeddedSoFar(), done, total, seconds);
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
        // Ctrl-C (or a kill) ends the run at once: one line says where that leaves the index
        String left = dev.passages.index.IndexPaths.exists(indexDir)
                ? "the index at " + Sanitize.oneLine(indexDir.toString()) + " keeps its last commit"
                : "no index was written at " + Sanitize.oneLine(indexDir.toString());
        Thread interrupted = new Thread(() -> {
            err.println("passages: index run interrupted; " + left + ", and the next run clears what this one wrote");
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        IndexSummary summary;
        try {
            summary = corpusDir != null ? indexer.run(corpusDir) : indexer.refresh();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // the run ends because the JVM is going: the hook says so
            }
        }
        if (!quiet) {
            if (System.console() != null) {
                err.print("\r" + " ".repeat(100) + "\r");
            }
            err.println("passages: " + summary.line());
            String vectors = IndexProgress.vectors(indexer.vectorCounts());
            if (vectors != null) {
                err.println("passages: " + vectors);
            }
            err.flush();
        }
        return summary.skipped() > 0 || summary.recordsSkipped() > 0 || summary.sourcesMissing() > 0
                ? ExitCodes.SKIPPED : ExitCodes.OK;
    }

    /** The indexer's warnings, each a line on {@code err} unless {@code quiet}. */
    private static Consumer<String> warnings(boolean quiet, PrintWriter err) {
        return warning -> {
            if (!quiet) {
                say(err, "warning: " + warning);
            }
        };
    }

    /** Says {@code line} on {@code err} as one line after "passages: "; the indexer's threads may speak at once. */
    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println("passages: " + Sanitize.oneLine(line));
            err.flush();
        }
    }
}
