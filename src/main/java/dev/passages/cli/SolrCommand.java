package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.backend.SolrCluster;
import dev.passages.backend.SolrInit;
import dev.passages.search.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code passages solr init}: sets up the SolrCloud collection that {@code --solr} commands use. */
@Command(name = "solr",
        description = {
            "Set up a SolrCloud collection for passages (Solr 9.10.x, started with bin/solr start -c, with"
                + " passages-solr-plugin.jar in each node's sharedLib folder; see docs/solr.md).",
            "",
            "  init    upload the configset of this passages' schema (" + SolrCluster.CONFIGSET + ") and make the"
                + " collection --collection names: a new collection behind an alias of that name. With --rebuild, an"
                + " existing one is replaced by a new, empty collection (the alias moves to it; the previous collection"
                + " is kept until you delete it); then index again."},
        footer = {
            "  passages solr init --solr http://localhost:8983/solr --collection news --shards 2",
            "  passages index corpus/ --solr http://localhost:8983/solr --collection news",
            "  PASSAGES_SOLR=http://localhost:8983/solr passages search refugees --collection news",
        })
final class SolrCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "init")
    String action;

    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "The base URL of one or more nodes, such as http://localhost:8983/solr (default: $PASSAGES_SOLR).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection (an alias) to make (default: passages).")
    String collection = "passages";

    @Option(names = "--shards", paramLabel = "N", description = "Shards of the collection (default: 1).")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "M", description = "Replicas of each shard (default: 1).")
    int replicas = 1;

    @Option(names = "--rebuild", description = "Replace an existing collection of that name by a new, empty one.")
    boolean rebuild;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        if (!"init".equals(action)) {
            throw new PassagesException(PassagesException.Kind.USAGE, "unknown action '" + action + "'; use: passages solr init");
        }
        String urls = solr != null ? solr : env.solrFromEnv();
        if (urls == null) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "passages solr init needs --solr URL (or " + SolrCluster.ENV + "), such as http://localhost:8983/solr");
        }
        SolrInit.Outcome outcome = SolrInit.run(SolrCluster.urls(urls), collection, shards, replicas, rebuild);
        if (!quiet) {
            PrintWriter err = err();
            err.println(Sanitize.oneLine("passages: collection '" + collection + "' is " + outcome.collection() + " ("
                    + shards + " shard" + (shards == 1 ? "" : "s") + " x " + replicas + " replica" + (replicas == 1 ? "" : "s")
                    + ", configset " + SolrCluster.CONFIGSET + ")" + (outcome.previous() == null ? ""
                    : "; the previous collection " + outcome.previous() + " is kept: delete it when no longer needed")
                    + "; index into it with: passages index DIR --solr " + urls + " --collection " + collection));
            err.flush();
        }
        return ExitCodes.OK;
    }
}
