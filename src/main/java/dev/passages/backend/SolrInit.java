package dev.passages.backend;

import dev.passages.PassagesException;
import dev.passages.index.Schema;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CoreAdminParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code passages solr init}: uploads the configset of this passages' schema ({@link SolrCluster#CONFIGSET}, from
 * the jar's resources) and makes the collection that commands name: a collection named for the moment it was
 * made, behind an alias of the given name, so that {@code --rebuild} makes a new collection and moves the
 * alias to it (the previous collection is kept, for its owner to delete).
 */
public final class SolrInit {

    private static final String[] CONFIG_FILES = {"schema.xml", "solrconfig.xml"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    /** What the init did: the collection made, and the one the alias pointed to before (null: none). */
    public record Outcome(String collection, String previous) {
    }

    private SolrInit() {
    }

    public static Outcome run(List<String> urls, String alias, int shards, int replicas, boolean rebuild) {
        if (alias == null || alias.isBlank() || !alias.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--collection: '" + alias
                    + "' is not a collection name; use letters, digits, '.', '_' and '-'");
        }
        if (shards < 1 || replicas < 1) {
            throw new PassagesException(PassagesException.Kind.USAGE, "--shards and --replicas must be 1 or more");
        }
        try (CloudSolrClient client = SolrCluster.client(urls)) {
            SolrCluster.checkReachable(client, urls);
            List<String> existing = CollectionAdminRequest.listCollections(client);
            String previous = client.getClusterStateProvider().resolveSimpleAlias(alias);
            boolean aliased = !previous.equals(alias);
            if (existing.contains(alias) && !aliased) {
                throw new PassagesException(PassagesException.Kind.CLUSTER, "'" + alias + "' is a collection passages did not"
                        + " make (not an alias); choose another --collection name");
            }
            if (aliased && !rebuild) {
                throw new PassagesException(PassagesException.Kind.CLUSTER, "collection '" + alias + "' exists already (it is "
                        + previous + "); index into it, or start it anew with: passages solr init --collection " + alias + " --rebuild");
            }
            upload(client);
            String made = alias + "_" + LocalDateTime.now().format(STAMP);
            CollectionAdminRequest.createCollection(made, SolrCluster.CONFIGSET, shards, replicas).process(client);
            CollectionAdminRequest.createAlias(alias, made).process(client);
            return new Outcome(made, aliased ? previous : null);
        } catch (SolrServerException | IOException | SolrException e) {
            throw failure(urls, e, coreFailures(urls));
        }
    }

    /** What the nodes say about cores that failed to load (a class the schema names that they cannot load, say). */
    private static String coreFailures(List<String> urls) {
        StringBuilder b = new StringBuilder();
        for (String url : urls) {
            try (Http2SolrClient node = new Http2SolrClient.Builder(url)
                    .withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withRequestTimeout(10, TimeUnit.SECONDS).build()) {
                CoreAdminRequest status = new CoreAdminRequest();
                status.setAction(CoreAdminParams.CoreAdminAction.STATUS);
                Object failures = status.process(node).getResponse().get("initFailures");
                if (failures != null) {
                    b.append(failures).append('\n');
                }
                // the node's recent errors, where a core that could not be made says why
                ModifiableSolrParams since = new ModifiableSolrParams();
                since.set("since", 0);
                Object history = new GenericSolrRequest(
                        SolrRequest.METHOD.GET, "/admin/info/logging", since)
                        .process(node).getResponse().get("history");
                if (history != null) {
                    b.append(history).append('\n');
                }
            } catch (IOException | SolrServerException | RuntimeException ignored) {
                // a node that does not answer says nothing more
            }
        }
        return b.toString();
    }

    private static PassagesException failure(List<String> urls, Exception e, String coreFailures) {
        String why = SolrCluster.reason(e);
        if ((details(e) + coreFailures).contains("dev.passages.solr")) {
            return new PassagesException(PassagesException.Kind.CLUSTER, "the Solr nodes lack passages' plugin jar (" + why
                    + "); copy target/passages-solr-plugin.jar into each node's sharedLib folder, restart the nodes and run"
                    + " passages solr init again (see docs/solr.md)", e);
        }
        return new PassagesException(PassagesException.Kind.CLUSTER, "setting up the collection on " + String.join(",", urls)
                + " failed (" + why + "); check that the nodes run SolrCloud 9.10 (bin/solr start -c) and try again", e);
    }

    /** Everything the nodes said about a failure: the message, and for a remote one its response (per node). */
    private static String details(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
            if (t instanceof BaseHttpSolrClient.RemoteExecutionException remote
                    && remote.getMetaData() != null) {
                b.append(remote.getMetaData()).append('\n');
            }
        }
        return b.toString();
    }

    /** Uploads the configset (again, if it is there: the same name holds the same schema). */
    private static void upload(CloudSolrClient client) throws IOException, SolrServerException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : CONFIG_FILES) {
                out.putNextEntry(new ZipEntry(name));
                out.write(configFile(name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        ContentStreamBase.ByteArrayStream stream = new ContentStreamBase.ByteArrayStream(zip.toByteArray(), "configset.zip",
                "application/zip");
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setUploadStream(stream).setOverwrite(true);
        upload.setConfigSetName(SolrCluster.CONFIGSET);
        upload.process(client);
    }

    /** A file of the configset, as uploaded: the schema names its version. */
    public static String configFile(String name) throws IOException {
        try (InputStream in = SolrInit.class.getResourceAsStream("solr/" + name)) {
            if (in == null) {
                throw new IOException("missing resource solr/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@SCHEMA_VERSION@", Schema.VERSION);
        }
    }
}
