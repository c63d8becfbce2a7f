package dev.passages.cli;

import dev.passages.TestCorpus;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands with {@code --solr} on a real two-node cluster in this JVM: {@code solr init} refused by a node
 * that lacks the plugin jar; with the jar in the nodes' library folder, the collection made,
 * the corpus indexed, searched (one query, a batch, a count), its speakers listed and its state checked; and
 * one line naming the problem and the fix, with exit code 5, for a wrong URL, a missing collection and a
 * collection of another schema version.
 */
@SolrTestCaseJ4.SuppressSSL
public class SolrCommandLineIT extends SolrCloudTestCase {

    private static final Path PLUGIN_JAR = Path.of("target/passages-solr-plugin.jar");
    private static Path home;
    private static String url;
    private static CliRun refusedWithoutPlugin;

    @BeforeClass
    public static void startCluster() throws Exception {
        home = Path.of(createTempDir("home").toString());
        // a node whose library folder lacks the plugin jar refuses the collection
        Path empty = Path.of(createTempDir("empty-lib").toString());
        MiniSolrCloudCluster bare = new MiniSolrCloudCluster.Builder(1, Path.of(createTempDir("bare").toString()))
                .withSolrXml(solrXml(empty)).build();
        try {
            refusedWithoutPlugin = run(Map.of(), "solr", "init", "--solr",
                    bare.getJettySolrRunners().get(0).getBaseUrl().toString(), "--collection", "bare");
        } finally {
            bare.shutdown();
        }
        // the operator's fix: the jar in every node's library folder
        Path lib = Path.of(createTempDir("lib").toString());
        Files.copy(PLUGIN_JAR, lib.resolve(PLUGIN_JAR.getFileName()));
        configureCluster(2).withSolrXml(solrXml(lib)).configure();
        url = cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
        CliRun init = run(Map.of(), "solr", "init", "--solr", url, "--collection", "news", "--shards", "2");
        assertEquals(init.err(), 0, init.code());
        CliRun index = run(Map.of(), "index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--solr", url, "--collection", "news");
        assertEquals(index.err(), 0, index.code());
        assertTrue(index.err(), index.err().contains("added"));
    }

    private static String solrXml(Path lib) {
        return MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
    }

    private static CliRun run(Map<String, String> vars, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(vars);
        env.put("PASSAGES_HOME", home.toString());
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Environment(env));
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void assertOneLine(CliRun r, int code, String... words) {
        assertEquals(r.err(), code, r.code());
        String line = r.err().strip();
        assertFalse(line, line.contains("\n"));
        assertFalse(line, line.contains("Exception"));
        for (String w : words) {
            assertTrue(line + " lacks " + w, line.contains(w));
        }
    }

    @Test
    public void initWithoutThePluginJarSaysWhereItGoes() {
        assertOneLine(refusedWithoutPlugin, ExitCodes.CLUSTER, "plugin jar", "passages-solr-plugin.jar", "sharedLib");
    }

    @Test
    public void searchBatchCountSpeakersAndCheckRunOnTheCollection() throws Exception {
        CliRun search = run(Map.of(), "search", "TTP hideouts", "--solr", url, "--collection", "news", "--format", "json");
        assertEquals(search.err(), 0, search.code());
        assertTrue(search.out(), search.out().contains("\"hits\""));
        assertTrue(search.out(), search.out().contains("hideouts"));
        CliRun fromEnv = run(Map.of("PASSAGES_SOLR", url), "search", "TTP hideouts", "--collection", "news", "--format", "json");
        assertEquals(search.out(), fromEnv.out());
        Path queries = home.resolve("queries.txt");
        Files.writeString(queries, "TTP hideouts\nrefugees\ntitle:(\nKakar\n");
        CliRun batch = run(Map.of(), "search", "--batch", queries.toString(), "--solr", url, "--collection", "news");
        assertEquals(4, batch.out().strip().split("\n").length);
        assertTrue(batch.out(), batch.out().contains("hideouts"));
        CliRun count = run(Map.of(), "search", "refugees", "--count", "--solr", url, "--collection", "news");
        assertEquals(count.err(), 0, count.code());
        assertTrue(count.out(), Long.parseLong(count.out().strip()) > 0);
        CliRun speakers = run(Map.of(), "speakers", "--solr", url, "--collection", "news", "--format", "tsv");
        assertEquals(speakers.err(), 0, speakers.code());
        assertTrue(speakers.out(), speakers.out().split("\n").length > 10);
        CliRun check = run(Map.of(), "check", "--solr", url, "--collection", "news");
        assertEquals(check.err(), 0, check.code());
        assertTrue(check.out(), check.out().contains("sound"));
        CliRun again = run(Map.of(), "index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--solr", url, "--collection", "news");
        assertTrue(again.err(), again.err().contains("0 added, 0 updated, 0 removed"));
        String first = search.out().split("\"id\":\"")[1].split("\"")[0];
        CliRun show = run(Map.of(), "show", first, "--context", "1", "--solr", url, "--collection", "news");
        assertEquals(show.err(), 0, show.code());
        assertTrue(show.out(), show.out().contains("hideouts"));
        CliRun article = run(Map.of(), "article", first, "--format", "jsonl", "--solr", url, "--collection", "news");
        assertEquals(article.err(), 0, article.code());
        assertTrue(article.out(), article.out().split("\n").length > 3);
        CliRun similar = run(Map.of(), "similar", first, "--format", "json", "--solr", url, "--collection", "news");
        assertEquals(similar.err(), 0, similar.code());
        assertTrue(similar.out(), similar.out().contains("\"rank\":1,"));
        assertFalse(similar.out(), similar.out().contains("\"article\":\"" + first.substring(0, first.indexOf('#')) + "\""));
        CliRun grouped = run(Map.of(), "search", "refugees", "--group", "article", "--format", "json", "--solr", url, "--collection", "news");
        assertEquals(grouped.err(), 0, grouped.code());
        assertTrue(grouped.out(), grouped.out().contains("\"groups\""));
        CliRun acronyms = run(Map.of(), "acronyms", "--solr", url, "--collection", "news");
        assertEquals(acronyms.err(), 0, acronyms.code());
        assertTrue(acronyms.out(), acronyms.out().contains("TTP"));
        assertOneLine(run(Map.of(), "similar", "x#1", "--solr", url, "--collection", "news"), ExitCodes.USAGE,
                "no paragraph with id 'x#1'");
    }

    @Test
    public void serveAnswersFromTheCollection() throws Exception {
        CliRun indexed = run(Map.of(), "index", TestCorpus.FROZEN.toAbsolutePath().toString(), "--solr", url, "--collection", "news");
        assertTrue(indexed.err(), indexed.code() == 0 || indexed.code() == ExitCodes.SKIPPED);
        try (ServedCluster pool = new ServedCluster(new dev.passages.backend.SolrBackend(
                dev.passages.backend.SolrCluster.open(List.of(url), "news")))) {
            dev.passages.serve.WebServer server = dev.passages.serve.WebServer.start("127.0.0.1", 0, pool, line -> { });
            try {
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                String search = get(client, server.url() + "api/search?q=TTP+hideouts&limit=3");
                assertTrue(search, search.contains("\"returned\":3") && search.contains("hideouts"));
                String id = search.split("\"id\":\"")[1].split("\"")[0];
                String facets = get(client, server.url() + "api/facets?q=refugees");
                assertTrue(facets, facets.contains("\"speakers\":[{") && facets.contains("\"sources\":[{"));
                String histogram = get(client, server.url() + "api/histogram?q=refugees&by=month");
                assertTrue(histogram, histogram.contains("\"period\":\"2023-11\""));
                String passage = get(client, server.url() + "api/passage/" + id.replace("#", "%23") + "?context=1");
                assertTrue(passage, passage.contains("hideouts"));
                String speakers = get(client, server.url() + "api/speakers?prefix=kak");
                assertTrue(speakers, speakers.contains("Kakar"));
            } finally {
                server.close();
            }
        }
    }

    private static String get(java.net.http.HttpClient client, String uri) throws Exception {
        java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    @Test
    public void aWrongUrlAMissingCollectionAndAnotherSchemaEachGetOneLine() throws Exception {
        assertOneLine(run(Map.of(), "search", "refugees", "--solr", "http://127.0.0.1:9/solr", "--collection", "news"),
                ExitCodes.CLUSTER, "cannot reach", "--solr");
        assertOneLine(run(Map.of(), "search", "refugees", "--solr", url, "--collection", "absent"),
                ExitCodes.CLUSTER, "no collection 'absent'", "passages solr init --collection absent");
        // a collection made by a passages of another schema version: its configset bears that version
        Path conf = Path.of(createTempDir("conf").toString());
        for (String name : List.of("schema.xml", "solrconfig.xml")) {
            Files.writeString(conf.resolve(name), dev.passages.backend.SolrInit.configFile(name));
        }
        cluster.uploadConfigSet(conf, "passages-schema-0");
        CollectionAdminRequest.createCollection("older", "passages-schema-0", 1, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection("older", 1, 1);
        assertOneLine(run(Map.of(), "search", "refugees", "--solr", url, "--collection", "older"),
                ExitCodes.CLUSTER, "passages-schema-0", "--rebuild");
        assertOneLine(run(Map.of(), "solr", "init", "--solr", url, "--collection", "news"),
                ExitCodes.CLUSTER, "exists already", "--rebuild");
    }
}
