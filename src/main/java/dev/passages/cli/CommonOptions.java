package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.index.IndexPaths;
import dev.passages.index.Schema;
import dev.passages.index.Sources;
import dev.passages.search.Features;
import dev.passages.search.PassageSearcher;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;

/** Options every command that reads or writes an index shares: where the index is, and {@link MessageOptions}. */
final class CommonOptions extends MessageOptions {

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: $PASSAGES_INDEX, else index/ in the passages folder).")
    Path index;

    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "Use a SolrCloud collection instead of a local index: the base URL of one or more of its nodes,"
                    + " such as http://localhost:8983/solr (default: $PASSAGES_SOLR).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The collection with --solr (default: passages); make it with: passages solr init.")
    String collection;

    /** The Solr node URLs that --solr or PASSAGES_SOLR give; null for the local index. */
    java.util.List<String> solrUrls(Environment env) {
        String given = solr != null ? solr : env.solrFromEnv();
        if (given == null) {
            return null;
        }
        if (index != null) {
            throw new PassagesException(PassagesException.Kind.USAGE, "give either --index or --solr, not both");
        }
        return dev.passages.backend.SolrCluster.urls(given);
    }

    /** The collection --collection names (passages when not given). */
    String collection() {
        return collection == null ? "passages" : collection;
    }

    /** The SolrCloud collection the options name, connected and checked. */
    dev.passages.backend.SolrBackend openSolr(Environment env, Features features) {
        return new dev.passages.backend.SolrBackend(dev.passages.backend.SolrCluster.open(solrUrls(env), collection()), features);
    }

    /** The index the options name, local or on SolrCloud, ready to search. */
    dev.passages.backend.Backend openBackend(Environment env, PrintWriter err, Features features) {
        if (solrUrls(env) != null) {
            return openSolr(env, features);
        }
        IndexChoice choice = index(env);
        return new dev.passages.backend.LocalBackend(choice.path(), openSearcher(env, err, features));
    }

    /** Refuses {@code what} when the options name a SolrCloud collection. */
    void refuseSolr(Environment env, String what) {
        if (solrUrls(env) != null) {
            throw new PassagesException(PassagesException.Kind.USAGE, what + " is not available with --solr (or "
                    + dev.passages.backend.SolrCluster.ENV + "); run it on a local index (--index DIR)");
        }
    }

    /** The index to use and whether the user chose it (an explicit index is never built implicitly). */
    record IndexChoice(Path path, boolean explicit) {
    }

    /** The index to search, built from the default corpus first when it is the default index and missing. */
    PassageSearcher openSearcher(Environment env, PrintWriter err, Features features) {
        IndexChoice choice = index(env);
        ensureIndex(env, choice, err);
        return env.searchers().open(choice.path(), features);
    }

    /**
     * With the default index and none built yet, indexes the default corpus first (and says so); a
     * default index written by a passages with another schema (another {@link Schema#VERSION}) is
     * rebuilt the same way, from the folders it records when it records any. When another process is building
     * it meanwhile, waits for that and looks again.
     */
    void ensureIndex(Environment env, IndexChoice choice, PrintWriter err) {
        if (choice.explicit() || !Files.isDirectory(env.defaultCorpus())) {
            return;
        }
        boolean waiting = false;
        while (true) {
            String other = IndexPaths.otherSchemaVersion(choice.path());
            if (other == null && IndexPaths.exists(choice.path())) {
                return;
            }
            // an index of several folders is rebuilt from them all, not from the default corpus alone
            List<Path> recorded = other == null ? List.of()
                    : Sources.of(choice.path()).list().stream().map(Sources.Source::folder).toList();
            if (!waiting) {
                err.println(dev.passages.search.Sanitize.oneLine(other != null
                        ? "passages: the index at " + choice.path() + " has schema version " + other + " and this passages"
                                + " writes " + Schema.VERSION + "; rebuilding it from " + (recorded.isEmpty()
                                ? env.defaultCorpus().toString() : String.join(", ", recorded.stream().map(Path::toString).toList()))
                                + " first"
                        : "passages: no index yet; indexing " + env.defaultCorpus() + " into " + choice.path() + " first"));
                err.flush();
            }
            try {
                IndexCommand.run(recorded.isEmpty() ? env.defaultCorpus() : null, choice.path(), other != null, quiet, true, err);
                return;
            } catch (PassagesException e) {
                if (e.kind() != PassagesException.Kind.INDEX_LOCKED) {
                    throw e;
                }
                // another search (or an index command) is building it: its commit is what this one needs
                if (!waiting) {
                    err.println("passages: another process is writing " + dev.passages.search.Sanitize.oneLine(choice.path().toString()) + "; waiting for it");
                    err.flush();
                    waiting = true;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    IndexChoice index(Environment env) {
        if (index != null) {
            return new IndexChoice(index, true);
        }
        Path fromEnv = env.indexFromEnv();
        return fromEnv != null ? new IndexChoice(fromEnv, true) : new IndexChoice(env.defaultIndex(), false);
    }
}
