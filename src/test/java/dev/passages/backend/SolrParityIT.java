package dev.passages.backend;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.PassagesException;
import dev.passages.index.IndexSummary;
import dev.passages.search.Hit;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.search.SortOrder;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SolrCloud backend against passages' own index, on a real two-node, two-shard cluster in this JVM:
 * the judged queries' top 10 (ties may reorder), totals and speakers agree; a re-run touches nothing, a changed
 * or removed file is updated by its hash; a node that stops mid-search gives a partial result that says so,
 * and mid-index a one-line error, both in bounded time.
 */
@SolrTestCaseJ4.SuppressSSL
public class SolrParityIT extends SolrCloudTestCase {

    private static final Path CORPUS = TestCorpus.FROZEN;
    private static LocalBackend local;
    private static SolrBackend solr;
    private static List<String> urls;
    private static IndexSummary solrIndexed;
    private static IndexSummary localIndexed;

    @BeforeClass
    public static void startCluster() throws Exception {
        configureCluster(2).withSolrXml(SolrClusterRule.solrXml(Path.of(createTempDir("lib").toString()), true)).configure();
        urls = SolrClusterRule.urls(cluster);
        SolrInit.run(urls, "news", 2, 1, false);
        solr = new SolrBackend(SolrCluster.open(urls, "news"));
        solrIndexed = solr.index(CORPUS, false, w -> { });
        Path index = Path.of(createTempDir("index").toString());
        local = new LocalBackend(index);
        localIndexed = local.index(CORPUS, true, w -> { });
    }

    @AfterClass
    public static void close() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (local != null) {
            local.close();
        }
        solr = null;
        local = null;
    }

    private static List<String> judgedQueries() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = SolrParityIT.class.getResourceAsStream("/retrieval/queries.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(n.get("query").asText());
                }
            }
        }
        return out;
    }

    /**
     * Whether two top lists agree: the same passages with the same scores (to float rounding), where a passage
     * of one list that the other lacks is tied with the other's last one.
     */
    private static String disagreement(SearchResult a, SearchResult b) {
        Map<String, Float> sa = a.hits().stream().collect(Collectors.toMap(Hit::id, h -> h.score() == null ? 0f : h.score()));
        Map<String, Float> sb = b.hits().stream().collect(Collectors.toMap(Hit::id, h -> h.score() == null ? 0f : h.score()));
        if (sa.size() != sb.size()) {
            return "hits " + sa.size() + " against " + sb.size();
        }
        float lastB = b.hits().isEmpty() ? 0 : sb.get(b.hits().get(b.hits().size() - 1).id());
        for (Map.Entry<String, Float> e : sa.entrySet()) {
            Float other = sb.get(e.getKey());
            float reference = other != null ? other : lastB;
            if (Math.abs(e.getValue() - reference) > 1e-3f * Math.max(1f, Math.abs(reference))) {
                return e.getKey() + " scores " + e.getValue() + (other != null ? " against " : " and is missing; last ") + reference;
            }
        }
        return null;
    }

    @Test
    public void judgedQueriesRankTheSameTopTenWithTheSameTotals() throws Exception {
        assertTrue(solrIndexed.added() > 30);
        assertEquals(localIndexed.added(), solrIndexed.added());
        assertEquals(localIndexed.paragraphsInIndex(), solrIndexed.paragraphsInIndex());
        List<String> queries = judgedQueries();
        assertTrue(queries.size() > 50);
        List<String> differ = new ArrayList<>();
        for (String query : queries) {
            SearchRequest request = SearchRequest.of(query);
            SearchResult l;
            try {
                l = local.search(request, QueryBudget.unlimited());
            } catch (PassagesException refused) {
                continue; // a query passages refuses is refused by both (checked below)
            }
            SearchResult s = solr.search(request, QueryBudget.unlimited());
            String why = disagreement(s, l);
            if (why != null) {
                differ.add(query + ": " + why);
            }
            assertEquals(query, local.count(request), s.total());
            assertFalse(query, s.partial());
            for (int i = 0; i < Math.min(l.hits().size(), s.hits().size()); i++) {
                Hit lh = l.hits().get(i);
                Hit sh = s.hits().stream().filter(h -> h.id().equals(lh.id())).findFirst().orElse(null);
                if (sh != null) {
                    assertEquals(query + " " + lh.id(), lh.speakers(), sh.speakers());
                    assertEquals(query + " " + lh.id(), lh.title(), sh.title());
                    assertEquals(query + " " + lh.id(), lh.date(), sh.date());
                    assertEquals(query + " " + lh.id(), lh.highlights(), sh.highlights());
                    assertEquals(query + " " + lh.id(), lh.copies().size(), sh.copies().size());
                }
            }
        }
        assertTrue("top 10 differ for " + differ.size() + " of " + queries.size() + ": " + differ, differ.isEmpty());
    }

    @Test
    public void filtersAndDateOrderAgree() {
        SpeakerRegistry.Entry top = local.speakers().all().stream()
                .max(Comparator.comparingLong(SpeakerRegistry.Entry::paragraphs)).orElseThrow();
        List<SearchRequest> requests = List.of(
                new SearchRequest("", List.of(top.name()), null, null, SortOrder.DATE, 20),
                new SearchRequest("refugees", List.of(), LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 15), SortOrder.RELEVANCE, 10),
                new SearchRequest("Pakistan", List.of(), null, null, SortOrder.CHRONOLOGICAL, 15, true),
                new SearchRequest("Afghan", List.of(), null, null, SortOrder.RELEVANCE, 5, false, 5),
                new SearchRequest("Afghan Taliban", List.of(top.name()), null, null, SortOrder.RELEVANCE, 10));
        for (SearchRequest r : requests) {
            SearchResult l = local.search(r, QueryBudget.unlimited());
            SearchResult s = solr.search(r, QueryBudget.unlimited());
            assertEquals(r.toString(), l.total(), s.total());
            // the same marks: the query's words and the speaker's names, whichever backend found the hit
            assertEquals(r.toString(), l.hits().stream().map(Hit::highlights).toList(),
                    s.hits().stream().map(Hit::highlights).toList());
            if (r.sort() == SortOrder.RELEVANCE) {
                assertNull(r.toString(), disagreement(s, l));
            } else {
                assertEquals(r.toString(), l.hits().stream().map(Hit::id).toList(), s.hits().stream().map(Hit::id).toList());
            }
        }
    }

    @Test
    public void articlesSimilarPassagesAndAcronymsAreTheSame() {
        List<Hit> hits = local.search(SearchRequest.of("refugees"), QueryBudget.unlimited()).hits();
        assertTrue(hits.size() >= 5);
        for (Hit h : hits.subList(0, 5)) {
            assertEquals(h.article(), local.article(h.article()), solr.article(h.article()));
            SearchResult l = local.similar(h.id(), 10);
            SearchResult s = solr.similar(h.id(), 10);
            assertFalse(h.id(), l.hits().isEmpty());
            assertEquals(h.id(), l.total(), s.total());
            assertNull(h.id(), disagreement(s, l));
        }
        assertNull(solr.article("absent"));
        PassagesException missing = assertThrows(PassagesException.class, () -> solr.similar("absent#1", 10));
        assertEquals(PassagesException.Kind.USAGE, missing.kind());
        assertEquals(local.acronyms().all(), solr.acronyms().all());
        for (SearchRequest r : List.of(SearchRequest.of("refugees"), new SearchRequest("", List.of(), LocalDate.of(2023, 10, 1), null, SortOrder.DATE, 10),
                new SearchRequest("Taliban", List.of("Kakar"), LocalDate.of(2023, 11, 1), null, SortOrder.RELEVANCE, 10))) {
            for (dev.passages.search.Facets.Period by : dev.passages.search.Facets.Period.values()) {
                assertEquals(r + " " + by, local.facets(r, by, 20, QueryBudget.unlimited()), solr.facets(r, by, 20, QueryBudget.unlimited()));
            }
        }
        SearchRequest grouped = SearchRequest.of("Pakistan Taliban").withLimit(8);
        assertEquals(articles(dev.passages.search.ArticleGroups.search(local::search, grouped, QueryBudget.unlimited())),
                articles(dev.passages.search.ArticleGroups.search(solr::search, grouped, QueryBudget.unlimited())));
    }

    private static List<String> articles(dev.passages.search.ArticleGroups.Result r) {
        return r.groups().stream().map(dev.passages.search.ArticleGroup::article).toList();
    }

    @Test
    public void speakersAreTheSame() {
        Map<String, SpeakerRegistry.Entry> l = byKey(local.speakers().all());
        Map<String, SpeakerRegistry.Entry> s = byKey(solr.speakers().all());
        assertTrue(l.size() > 20);
        assertEquals(l, s);
        String name = l.values().iterator().next().name();
        assertEquals(local.speakersNamed(name), solr.speakersNamed(name));
    }

    /** Copies the first {@code count} files of the test corpus into {@code folder}; returns the copies. */
    private static List<Path> copyFirstCorpusFiles(Path folder, int count) throws Exception {
        List<Path> copies = new ArrayList<>();
        try (var list = Files.list(CORPUS)) {
            for (Path f : list.sorted().limit(count).toList()) {
                copies.add(Files.copy(f, folder.resolve(f.getFileName())));
            }
        }
        return copies;
    }

    private static Map<String, SpeakerRegistry.Entry> byKey(List<SpeakerRegistry.Entry> entries) {
        Map<String, SpeakerRegistry.Entry> m = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(SpeakerRegistry.Entry::key)).forEach(e -> m.put(e.key(), e));
        return m;
    }

    @Test
    public void incrementalIndexingByFileHash() throws Exception {
        Path folder = Path.of(createTempDir("corpus").toString());
        List<Path> copies = copyFirstCorpusFiles(folder, 3);
        SolrInit.run(urls, "incremental", 2, 1, false);
        try (SolrBackend inc = new SolrBackend(SolrCluster.open(urls, "incremental"))) {
            IndexSummary first = inc.index(folder, false, w -> { });
            assertEquals(3, first.added());
            IndexSummary again = inc.index(folder, false, w -> { });
            assertEquals(3, again.unchanged());
            assertEquals(0, again.paragraphs());
            assertEquals(first.paragraphsInIndex(), again.paragraphsInIndex());
            Path changed = copies.get(0);
            Files.writeString(changed, Files.readString(changed) + "\n\nA closing paragraph about zanzibarite smelting.\n");
            Files.delete(copies.get(1));
            IndexSummary third = inc.index(folder, false, w -> { });
            assertEquals(1, third.updated());
            assertEquals(1, third.removed());
            assertEquals(1, third.unchanged());
            assertEquals(1, inc.search(SearchRequest.of("zanzibarite"), QueryBudget.unlimited()).total());
            assertTrue(third.paragraphsInIndex() < first.paragraphsInIndex());
            Path absent = Path.of(createTempDir("never-indexed").toString());
            PassagesException notASource = assertThrows(PassagesException.class, () -> inc.forget(absent));
            assertTrue(notASource.getMessage(), notASource.getMessage().contains("its sources: " + folder.toRealPath()));
            IndexSummary forgotten = inc.forget(folder);
            assertEquals(2, forgotten.removed());
            assertEquals(0, forgotten.paragraphsInIndex());
            assertEquals(0, inc.search(SearchRequest.of("zanzibarite"), QueryBudget.unlimited()).total());
        }
    }

    @Test
    public void aWebArchiveIsIndexedAsItsPagesAndRefreshedByItsHash() throws Exception {
        Path folder = Path.of(createTempDir("crawl").toString());
        java.time.Instant crawled = java.time.Instant.parse("2024-03-02T10:00:00Z");
        Path warc = folder.resolve("crawl.warc.gz");
        dev.passages.corpus.WarcFixtures.write(warc, true, List.of(
                dev.passages.corpus.WarcFixtures.request("https://news.example.org/flood", crawled),
                dev.passages.corpus.WarcFixtures.html("https://news.example.org/flood", crawled, "Flood waters recede",
                        "Flood waters receded on Saturday across the valley.", "Farmers returned to their fields."),
                dev.passages.corpus.WarcFixtures.response("https://news.example.org/map.png", crawled, 200, "image/png", new byte[] {1, 2, 3}),
                dev.passages.corpus.WarcFixtures.html("https://news.example.org/bridge", crawled, "Bridge reopens",
                        "The bridge over the river reopened after the flood.")));
        SolrInit.run(urls, "crawl", 2, 1, false);
        Path localIndex = Path.of(createTempDir("crawl-index").toString()).resolve("index");
        try (SolrBackend onSolr = new SolrBackend(SolrCluster.open(urls, "crawl"));
             LocalBackend onDisk = new LocalBackend(localIndex)) {
            IndexSummary first = onSolr.index(folder, false, w -> { });
            IndexSummary reference = onDisk.index(folder, false, w -> { });
            assertEquals(1, first.added());
            assertEquals(reference.paragraphsInIndex(), first.paragraphsInIndex());
            SearchRequest flood = SearchRequest.of("flood");
            SearchResult s = onSolr.search(flood, QueryBudget.unlimited());
            SearchResult l = onDisk.search(flood, QueryBudget.unlimited());
            assertEquals(l.total(), s.total());
            assertEquals(l.hits().stream().map(Hit::url).toList(), s.hits().stream().map(Hit::url).toList());
            assertEquals(LocalDate.of(2024, 3, 2), s.hits().get(0).date());
            assertEquals(1, onSolr.index(folder, false, w -> { }).unchanged());
            dev.passages.corpus.WarcFixtures.write(warc, true, List.of(
                    dev.passages.corpus.WarcFixtures.html("https://news.example.org/bridge", crawled, "Bridge reopens",
                            "The bridge over the river reopened after the flood.")));
            IndexSummary changed = onSolr.index(folder, false, w -> { });
            assertEquals(1, changed.updated());
            assertEquals(1, onSolr.search(flood, QueryBudget.unlimited()).total());
        }
    }

    @Test
    public void aNodeStoppedMidSearchGivesAPartialResultAndMidIndexAnError() throws Exception {
        Path folder = Path.of(createTempDir("faults").toString());
        List<Path> copies = copyFirstCorpusFiles(folder, 10);
        SolrInit.run(urls, "faults", 2, 1, false);
        JettySolrRunner stopped = null;
        try (SolrBackend faults = new SolrBackend(SolrCluster.open(urls.subList(0, 1), "faults"))) {
            faults.index(folder, false, w -> { });
            SearchRequest request = SearchRequest.of("Pakistan");
            long whole = faults.search(request, QueryBudget.unlimited()).total();
            stopped = cluster.stopJettySolrRunner(1);
            cluster.waitForJettyToStop(stopped);
            long t = System.nanoTime();
            SearchResult partial = faults.search(request, QueryBudget.unlimited());
            assertTrue(partial.partial());
            assertTrue(partial.total() + " of " + whole, partial.total() < whole);
            assertTrue(partial.notes().toString(), partial.notes().stream().anyMatch(n -> n.contains("did not answer")));
            for (Path copy : copies) {
                Files.writeString(copy, Files.readString(copy) + "\n\nA closing paragraph.\n");
            }
            PassagesException e = expectThrows(PassagesException.class, () -> faults.index(folder, false, w -> { }));
            assertEquals(PassagesException.Kind.CLUSTER, e.kind());
            assertFalse(e.getMessage(), e.getMessage().contains("\n"));
            assertTrue(e.getMessage(), e.getMessage().contains("failed"));
            assertTrue("took " + (System.nanoTime() - t) / 1e9 + " s", System.nanoTime() - t < 150e9);
        } finally {
            if (stopped != null) {
                cluster.startJettySolrRunner(stopped);
                for (String c : org.apache.solr.client.solrj.request.CollectionAdminRequest.listCollections(cluster.getSolrClient())) {
                    cluster.waitForActiveCollection(c, 2, 2);
                }
            }
        }
    }
}
