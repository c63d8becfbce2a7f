package dev.passages.backend;

import dev.passages.PassagesException;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import dev.passages.index.Acronyms;
import dev.passages.index.Analyzers;
import dev.passages.index.IndexCheck;
import dev.passages.index.IndexSummary;
import dev.passages.index.Schema;
import dev.passages.search.ArticleView;
import dev.passages.search.Facets;
import dev.passages.search.Features;
import dev.passages.search.Hit;
import dev.passages.search.QueryBudget;
import dev.passages.search.QueryBuilder;
import dev.passages.search.RemoteResults;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.search.SortOrder;
import dev.passages.search.SpeakerMatch;
import dev.passages.speakers.SpeakerCodec;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.speakers.SpeakerStats;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ShardParams;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The {@link Backend} of a SolrCloud collection: queries are built by passages ({@link QueryBuilder}, the same
 * as for its own index), sent in {@link QueryCodec} form to the plugin's query parser with the second phase as
 * a rerank, and the candidates come back to be folded and highlighted here ({@link RemoteResults}); speakers and
 * acronyms are read from the collection's fields. A shard with no live node gives a partial result, said so
 * in a note.
 */
public final class SolrBackend implements Backend {

    static final String FIELDS = String.join(",", SolrDocuments.ID, Schema.ARTICLE, Schema.PARAGRAPH,
            SolrDocuments.ARTICLE_TITLE, Schema.SOURCE, Schema.URL, Schema.BYLINE, Schema.DATE_ISO, Schema.TEXT,
            Schema.SPEAKERS_STORED, Schema.MINHASH, "score");
    static final String PARAGRAPHS = SolrIndexing.termQuery(SolrDocuments.DOC_TYPE, SolrDocuments.PARAGRAPH_TYPE);

    private final SolrCluster cluster;
    private final QueryBuilder queries;
    private final RemoteResults results = new RemoteResults();
    private final SolrArticles articles = new SolrArticles(this::query);
    private final SolrFacets facets = new SolrFacets(this::query);
    private final Map<Term, Long> docFreqs = new ConcurrentHashMap<>();
    private SpeakerRegistry speakers;
    private SpeakerMatch speakerMatch;
    private Acronyms acronyms;

    public SolrBackend(SolrCluster cluster) {
        this(cluster, Features.DEFAULT);
    }

    /** @param features the query widenings to use, as for passages' own index */
    public SolrBackend(SolrCluster cluster, Features features) {
        this.cluster = cluster;
        this.queries = new QueryBuilder(Analyzers.forSchema(), this::speakerKeys, this::acronyms, features, this::docFreq);
    }

    @Override
    public IndexSummary index(Path corpus, boolean rebuild, Consumer<String> warn) {
        return index(corpus, rebuild, warn, new Attributor());
    }

    /** @param attributor who speaks in each paragraph; null indexes without speakers */
    public IndexSummary index(Path corpus, boolean rebuild, Consumer<String> warn, Attributor attributor) {
        return changed(new SolrIndexing(cluster, attributor, Runtime.getRuntime().availableProcessors())
                .run(corpus, rebuild, warn));
    }

    /** Removes the articles of source folder {@code folder} from the collection (see {@link SolrIndexing#forget}). */
    public IndexSummary forget(Path folder) {
        return changed(new SolrIndexing(cluster, null, 1).forget(folder));
    }

    /** Forgets what was read from the collection before a run changed it; returns the run's summary. */
    private IndexSummary changed(IndexSummary summary) {
        synchronized (this) {
            speakers = null;
            speakerMatch = null;
            acronyms = null;
        }
        docFreqs.clear();
        return summary;
    }

    @Override
    public SearchResult search(SearchRequest request, QueryBudget budget) {
        QueryBuilder.Plan plan = queries.plan(request);
        SortOrder order = plan.order();
        int fetch = request.limit() <= 0 ? 0 : RemoteResults.fetch(request);
        boolean rescore = order == SortOrder.RELEVANCE && plan.rescore() != null && fetch > 0;
        SolrQuery q = base(plan.match());
        q.setRows(rescore ? RemoteResults.rescoreDepth(request) : fetch);
        q.setFields(FIELDS);
        if (order != SortOrder.RELEVANCE) {
            SolrQuery.ORDER dir = order == SortOrder.DATE ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc;
            q.addSort(Schema.DATE, dir);
            q.addSort(Schema.ARTICLE, SolrQuery.ORDER.asc);
            q.addSort(Schema.PARAGRAPH, SolrQuery.ORDER.asc);
        }
        long left = budget.millisLeft();
        if (left > 0) {
            q.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, left));
        }
        QueryResponse r = query(q, "searching");
        boolean partial = partial(r);
        List<SolrDocument> docs = new ArrayList<>(r.getResults());
        Map<String, Float> scores = new HashMap<>();
        for (SolrDocument d : docs) {
            Object score = d.getFirstValue("score");
            scores.put((String) d.getFirstValue(SolrDocuments.ID), score == null ? 0f : ((Number) score).floatValue());
        }
        if (rescore && !docs.isEmpty()) {
            partial |= secondPhase(plan.rescore(), docs, scores);
            docs.sort(java.util.Comparator.comparing((SolrDocument d) -> scores.get((String) d.getFirstValue(SolrDocuments.ID)))
                    .reversed());
            docs = new ArrayList<>(docs.subList(0, Math.min(fetch, docs.size())));
        }
        List<RemoteResults.Candidate> candidates = new ArrayList<>();
        SpeakerRegistry registry = speakers();
        for (SolrDocument d : docs) {
            Float score = order == SortOrder.RELEVANCE ? scores.get((String) d.getFirstValue(SolrDocuments.ID)) : null;
            candidates.add(new RemoteResults.Candidate(hit(d, score, registry), (byte[]) d.getFirstValue(Schema.MINHASH)));
        }
        List<String> notes = partial ? List.of("part of " + cluster.describe() + " did not answer (a node down, or the"
                + " time limit): the hits and the total are those of the shards that did") : List.of();
        return results.of(request, plan.match(), candidates, r.getResults().getNumFound(), true, partial,
                name -> askedFor(name, request.withSpokespeople()), registry, notes);
    }

    @Override
    public long count(SearchRequest request) {
        SolrQuery q = base(queries.build(request));
        q.setRows(0);
        return query(q, "counting in").getResults().getNumFound();
    }

    /**
     * Adds to {@code scores} the second phase's score of each candidate it matches, as passages' own
     * searcher does over its best hits (a rerank on each shard would rescore each shard's best instead);
     * returns whether a shard did not answer.
     */
    private boolean secondPhase(org.apache.lucene.search.Query rescore, List<SolrDocument> docs, Map<String, Float> scores) {
        SolrQuery q = base(rescore);
        q.set("candidates", String.join("\n", docs.stream().map(d -> (String) d.getFirstValue(SolrDocuments.ID)).toList()));
        q.set("sep", "\n");
        q.addFilterQuery("{!terms f=" + SolrDocuments.ID + " separator=$sep v=$candidates}");
        q.setRows(docs.size());
        q.setFields(SolrDocuments.ID, "score");
        QueryResponse r = query(q, "searching");
        for (SolrDocument d : r.getResults()) {
            String id = (String) d.getFirstValue(SolrDocuments.ID);
            scores.computeIfPresent(id, (k, first) -> first + ((Number) d.getFirstValue("score")).floatValue());
        }
        return partial(r);
    }

    private static boolean partial(QueryResponse r) {
        return Boolean.TRUE.equals(r.getHeader() == null ? null : r.getHeader().get("partialResults"));
    }

    /** A search of paragraphs by {@code query}, tolerant of a shard that does not answer. */
    static SolrQuery base(org.apache.lucene.search.Query query) {
        SolrQuery q = new SolrQuery();
        q.set("q", "{!passages v=$pq}");
        q.set("pq", QueryCodec.encode(query));
        q.addFilterQuery(PARAGRAPHS);
        q.set(ShardParams.SHARDS_TOLERANT, true);
        return q;
    }

    private QueryResponse query(SolrQuery q, String doing) {
        try {
            return cluster.client().query(cluster.collection(), q, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException | SolrException e) {
            if (e instanceof SolrException s && s.code() == 400) {
                throw new PassagesException(PassagesException.Kind.BAD_QUERY, "the cluster refused the query ("
                        + SolrCluster.reason(e) + ")", e);
            }
            throw cluster.failure(doing, e);
        }
    }

    static Hit hit(SolrDocument d, Float score, SpeakerRegistry registry) {
        List<Hit.SpeakerRef> refs = new ArrayList<>();
        Collection<Object> stored = d.getFieldValues(Schema.SPEAKERS_STORED);
        if (stored != null) {
            for (Object o : stored) {
                Attribution a = SpeakerCodec.decode((String) o);
                SpeakerRegistry.Entry canonical = registry.canonical(a.speaker().key());
                refs.add(new Hit.SpeakerRef(canonical == null ? a.speaker().key() : canonical.key(),
                        canonical == null ? a.speaker().name() : canonical.name(), a.speaker().type().label(), a.cue(),
                        a.trigger(), a.speaker().affiliations()));
            }
        }
        String iso = (String) d.getFirstValue(Schema.DATE_ISO);
        return new Hit(0, (String) d.getFirstValue(SolrDocuments.ID), (String) d.getFirstValue(Schema.ARTICLE),
                ((Number) d.getFirstValue(Schema.PARAGRAPH)).intValue(), (String) d.getFirstValue(SolrDocuments.ARTICLE_TITLE),
                (String) d.getFirstValue(Schema.SOURCE), (String) d.getFirstValue(Schema.URL),
                (String) d.getFirstValue(Schema.BYLINE), iso == null ? null : LocalDate.parse(iso),
                score, (String) d.getFirstValue(Schema.TEXT),
                List.of(), refs, List.of());
    }

    @Override
    public ArticleView article(String articleId) {
        return articles.article(articleId, speakers());
    }

    @Override
    public SearchResult similar(String paragraphId, int limit) {
        return articles.similar(paragraphId, limit, speakers());
    }

    @Override
    public Facets.Counts facets(SearchRequest request, Facets.Period by, int top, QueryBudget budget) {
        return facets.count(queries.build(request), by, top, budget, speakers());
    }

    /** How many paragraphs hold {@code term} (for telling a name's spellings apart), asked once per term. */
    private long docFreq(Term term) {
        return docFreqs.computeIfAbsent(term, t -> {
            SolrQuery q = base(new TermQuery(t));
            q.setRows(0);
            q.set(ShardParams.SHARDS_TOLERANT, false);
            return query(q, "reading").getResults().getNumFound();
        });
    }

    private List<String> speakerKeys(String name, boolean affiliated) {
        List<String> keys = new ArrayList<>();
        askedFor(name, affiliated).forEach(e -> keys.addAll(e.rawKeys()));
        return keys;
    }

    /** The speakers {@code name} refers to, and with {@code affiliated} the people given a post in it. */
    private List<SpeakerRegistry.Entry> askedFor(String name, boolean affiliated) {
        List<SpeakerRegistry.Entry> named = speakersNamed(name);
        if (!affiliated) {
            return named;
        }
        SpeakerMatch match;
        synchronized (this) {
            match = speakerMatch;
        }
        List<SpeakerRegistry.Entry> all = new ArrayList<>(named);
        all.addAll(match.affiliatedTo(name));
        return all;
    }

    /** The acronyms defined in the collection's paragraphs, counted once on first use. */
    @Override
    public synchronized Acronyms acronyms() {
        if (acronyms == null) {
            SolrQuery q = new SolrQuery("*:*");
            q.addFilterQuery(PARAGRAPHS);
            q.setRows(0);
            q.setFacet(true);
            q.addFacetField(Schema.ACRONYM_DEF);
            q.setFacetLimit(-1);
            q.setFacetMinCount(1);
            Map<String, Long> counts = new HashMap<>();
            query(q, "reading acronyms of").getFacetField(Schema.ACRONYM_DEF).getValues()
                    .forEach(c -> counts.put(c.getName(), c.getCount()));
            acronyms = Acronyms.of(counts);
        }
        return acronyms;
    }

    /** The corpus-wide speakers, read once from every attributed paragraph (its speakers, article and date). */
    @Override
    public synchronized SpeakerRegistry speakers() {
        if (speakers == null) {
            SpeakerStats stats = new SpeakerStats();
            SolrQuery q = new SolrQuery("*:*");
            q.addFilterQuery(PARAGRAPHS);
            q.addFilterQuery(Schema.SPEAKER_ENTRY + ":*");
            q.setFields(SolrDocuments.ID, Schema.SPEAKER_ENTRY, Schema.ARTICLE, Schema.DATE);
            q.setRows(5000);
            q.setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
            String cursor = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse r = query(q, "reading speakers of");
                for (SolrDocument d : r.getResults()) {
                    Object day = d.getFirstValue(Schema.DATE);
                    LocalDate date = day == null ? null : LocalDate.ofEpochDay(((Number) day).longValue());
                    String article = (String) d.getFirstValue(Schema.ARTICLE);
                    for (Object entry : d.getFieldValues(Schema.SPEAKER_ENTRY)) {
                        stats.add(SpeakerCodec.parseEntry((String) entry), article, date);
                    }
                }
                String next = r.getNextCursorMark();
                if (next == null || next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            speakers = stats.build();
        }
        return speakers;
    }

    @Override
    public List<SpeakerRegistry.Entry> speakersNamed(String name) {
        SpeakerMatch match;
        synchronized (this) {
            if (speakerMatch == null) {
                speakerMatch = new SpeakerMatch(speakers());
            }
            match = speakerMatch;
        }
        return match.match(name);
    }

    /**
     * Sound when every shard of the collection has an active replica on a live node; one line with the
     * paragraphs and articles it holds.
     */
    @Override
    public IndexCheck.Result check() {
        DocCollection state;
        try {
            state = cluster.client().getClusterStateProvider().getCollection(
                    cluster.client().getClusterStateProvider().resolveSimpleAlias(cluster.collection()));
        } catch (IOException | RuntimeException e) {
            throw cluster.failure("reading the state of", e);
        }
        java.util.Set<String> live = cluster.client().getClusterStateProvider().getLiveNodes();
        List<String> problems = new ArrayList<>();
        for (Slice slice : state.getSlices()) {
            boolean up = slice.getReplicas().stream().anyMatch(rep -> rep.isActive(live));
            if (!up) {
                problems.add("shard " + slice.getName() + " has no active replica on a live node");
            }
        }
        if (!problems.isEmpty()) {
            return new IndexCheck.Result(false, cluster.describe() + ": " + problems.get(0) + "; start its node again"
                    + " (bin/solr start -c) or add a replica, then check again", problems, List.of());
        }
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(SolrDocuments.DOC_TYPE);
        Map<String, Long> counts = new HashMap<>();
        query(q, "checking").getFacetField(SolrDocuments.DOC_TYPE).getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
        return new IndexCheck.Result(true, String.format(java.util.Locale.ROOT,
                "%s is sound: %d shards, each with a live replica; %d articles, %d paragraphs (schema %s)",
                cluster.describe(), state.getSlices().size(), counts.getOrDefault(SolrDocuments.ARTICLE_TYPE, 0L),
                counts.getOrDefault(SolrDocuments.PARAGRAPH_TYPE, 0L), Schema.VERSION), List.of(), List.of());
    }

    @Override
    public String describe() {
        return cluster.describe();
    }

    @Override
    public void close() {
        cluster.close();
    }
}
