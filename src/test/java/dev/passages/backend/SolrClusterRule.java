package dev.passages.backend;

import org.apache.solr.cloud.MiniSolrCloudCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the SolrCloud tests share: the plugin jar in a node library folder, and the nodes' base URLs. */
final class SolrClusterRule {

    /** The plugin jar that {@code mvn package} builds. */
    static final Path PLUGIN_JAR = Path.of("target/passages-solr-plugin.jar");

    private SolrClusterRule() {
    }

    /**
     * A solr.xml whose nodes load their libraries from {@code lib}; with {@code withPlugin}, the plugin jar
     * is copied there first (the nodes load it as an operator's would, not from the test classpath).
     */
    static String solrXml(Path lib, boolean withPlugin) throws IOException {
        Files.createDirectories(lib);
        if (withPlugin) {
            if (!Files.isRegularFile(PLUGIN_JAR)) {
                throw new IllegalStateException(PLUGIN_JAR + " is missing: build it with mvn package");
            }
            Files.copy(PLUGIN_JAR, lib.resolve(PLUGIN_JAR.getFileName()));
        }
        return MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
    }

    static List<String> urls(MiniSolrCloudCluster cluster) {
        return cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
    }
}
