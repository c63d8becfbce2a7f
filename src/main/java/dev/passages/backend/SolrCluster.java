package dev.passages.backend;

import dev.passages.PassagesException;
import dev.passages.index.Schema;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A connection to a SolrCloud cluster over HTTP (no ZooKeeper access needed) and one collection on it, with
 * timeouts so that a node that stops answering fails a request rather than hangs it; and the one-line
 * messages, naming the problem and the fix, for what goes wrong there.
 */
public final class SolrCluster implements Closeable {

    /**
     * The revision of the configset's own files (its schema.xml and solrconfig.xml): raised whenever they change
     * while passages' index schema does not, so that a collection made with the older files is told apart.
     */
    static final int CONFIG_REVISION = 5;
    /** The configset of this passages' schema: a collection made with another one holds another schema. */
    public static final String CONFIGSET = "passages-schema-" + Schema.VERSION + "." + CONFIG_REVISION;
    /** The environment variable that gives {@code --solr}. */
    public static final String ENV = "PASSAGES_SOLR";

    private static final long CONNECT_SECONDS = 5;
    private static final long IDLE_SECONDS = 60;
    private static final long REQUEST_SECONDS = 120;

    private final List<String> urls;
    private final String collection;
    private final CloudSolrClient client;

    private SolrCluster(List<String> urls, String collection, CloudSolrClient client) {
        this.urls = urls;
        this.collection = collection;
        this.client = client;
    }

    /** The base URLs of {@code --solr}: comma-separated, each {@code http(s)://host:port/solr}. */
    public static List<String> urls(String option) {
        List<String> out = new ArrayList<>();
        for (String u : option.split(",")) {
            String url = u.strip();
            if (url.isEmpty()) {
                continue;
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new PassagesException(PassagesException.Kind.USAGE,
                        "--solr: '" + url + "' is not a URL; give the nodes' base URLs, such as http://localhost:8983/solr");
            }
            out.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        if (out.isEmpty()) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--solr needs at least one URL, such as http://localhost:8983/solr");
        }
        return out;
    }

    /** A client of the cluster at {@code urls}, not yet checked. */
    static CloudSolrClient client(List<String> urls) {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS)
                .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS);
        return new CloudSolrClient.Builder(urls).withInternalClientBuilder(http)
                .withRetryExpiryTime(5, TimeUnit.SECONDS).build();
    }

    /**
     * Connects to the cluster and checks the collection: that it exists and was made with this passages'
     * configset ({@link #CONFIGSET}).
     */
    public static SolrCluster open(List<String> urls, String collection) {
        if (collection == null || collection.isBlank()) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--solr needs --collection NAME");
        }
        CloudSolrClient client = client(urls);
        SolrCluster cluster = new SolrCluster(urls, collection, client);
        try {
            cluster.checkCollection();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The live nodes, or a message that the cluster cannot be reached. */
    static void checkReachable(CloudSolrClient client, List<String> urls) {
        try {
            client.getClusterStateProvider().getLiveNodes();
        } catch (RuntimeException e) {
            throw new PassagesException(PassagesException.Kind.CLUSTER, "cannot reach a Solr cluster at "
                    + String.join(",", urls) + " (" + reason(e) + "); check --solr (or " + ENV
                    + "): the base URL of a running SolrCloud node, such as http://localhost:8983/solr", e);
        }
    }

    private void checkCollection() {
        checkReachable(client, urls);
        DocCollection state;
        try {
            List<String> resolved = client.getClusterStateProvider().resolveAlias(collection);
            String name = resolved.isEmpty() ? collection : resolved.get(0);
            state = client.getClusterStateProvider().getCollection(name);
        } catch (IOException | RuntimeException e) {
            state = null;
        }
        if (state == null) {
            throw new PassagesException(PassagesException.Kind.CLUSTER, "no collection '" + collection + "' on the Solr cluster at "
                    + String.join(",", urls) + "; create it with: passages solr init --collection " + collection);
        }
        String config = state.getConfigName();
        if (!CONFIGSET.equals(config)) {
            throw new PassagesException(PassagesException.Kind.CLUSTER, "collection '" + collection + "' uses configset '" + config
                    + "', and this passages needs '" + CONFIGSET + "' (schema " + Schema.VERSION + "); build it anew with:"
                    + " passages solr init --collection " + collection + " --rebuild, then index again");
        }
    }

    public CloudSolrClient client() {
        return client;
    }

    public String collection() {
        return collection;
    }

    public String describe() {
        return "collection '" + collection + "' on " + String.join(",", urls);
    }

    /** A request that failed, as one line: what was being done, why, and what to do. */
    PassagesException failure(String doing, Exception e) {
        String why = reason(e);
        if (why.contains("Error loading class 'dev.passages.solr") || why.contains("dev.passages.solr.")) {
            return new PassagesException(PassagesException.Kind.CLUSTER, "the Solr nodes lack passages' plugin jar ("
                    + why + "); copy target/passages-solr-plugin.jar into each node's sharedLib folder and restart the nodes"
                    + " (see docs/solr.md)", e);
        }
        return new PassagesException(PassagesException.Kind.CLUSTER, doing + " " + describe() + " failed (" + why
                + "); check that every shard has a live node (the Solr admin UI, or bin/solr healthcheck) and run it again", e);
    }

    /** The innermost useful message of a failure, on one line and not too long. */
    static String reason(Throwable e) {
        String best = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
                if (t instanceof SolrException || t instanceof SolrServerException) {
                    break;
                }
            }
        }
        if (best == null) {
            best = e.getClass().getSimpleName();
        }
        best = best.replaceAll("\\s+", " ").strip();
        return best.length() > 300 ? best.substring(0, 300) + "..." : best;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a client whose nodes are gone
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
