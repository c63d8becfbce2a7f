package dev.passages.backend;

import dev.passages.index.Schema;
import dev.passages.search.Facets;
import dev.passages.search.QueryBudget;
import dev.passages.speakers.SpeakerCodec;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The date histogram and the speaker and outlet counts of a search on a SolrCloud collection: one request with
 * three term facets over every match (days, speaker entries, outlet names), tallied as {@link Facets} tallies
 * passages' own index.
 */
final class SolrFacets {

    private static final String FACETS = "{days:{type:terms,field:" + Schema.DATE + ",limit:-1,mincount:1},"
            + "speakers:{type:terms,field:" + Schema.SPEAKER_ENTRY + ",limit:-1,mincount:1},"
            + "sources:{type:terms,field:" + SolrDocuments.SOURCE_FACET + ",limit:-1,mincount:1}}";

    private final BiFunction<SolrQuery, String, QueryResponse> query;

    /** @param query sends a query to the collection; the string says what it was doing, for an error */
    SolrFacets(BiFunction<SolrQuery, String, QueryResponse> query) {
        this.query = query;
    }

    /** The counts of the paragraphs {@code match} finds. */
    Facets.Counts count(org.apache.lucene.search.Query match, Facets.Period by, int top, QueryBudget budget,
                        SpeakerRegistry registry) {
        SolrQuery q = SolrBackend.base(match);
        q.setRows(0);
        q.set("json.facet", FACETS);
        long left = budget.millisLeft();
        if (left > 0) {
            q.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, left));
        }
        QueryResponse r = query.apply(q, "counting in");
        NamedList<?> facets = (NamedList<?>) r.getResponse().get("facets");
        long total = r.getResults().getNumFound();
        Map<String, Long> periods = new HashMap<>();
        long dated = 0;
        for (Map.Entry<Object, Long> day : buckets(facets, "days").entrySet()) {
            periods.merge(Facets.label(LocalDate.ofEpochDay(((Number) day.getKey()).longValue()), by), day.getValue(), Long::sum);
            dated += day.getValue();
        }
        Map<String, Long> speakers = new HashMap<>();
        buckets(facets, "speakers").forEach((entry, n) ->
                speakers.merge(SpeakerCodec.parseEntry((String) entry).key(), n, Long::sum));
        Map<String, Long> sources = new HashMap<>();
        buckets(facets, "sources").forEach((name, n) -> sources.merge((String) name, n, Long::sum));
        boolean partial = Boolean.TRUE.equals(r.getHeader() == null ? null : r.getHeader().get("partialResults"));
        return Facets.counts(total, total - dated, periods, speakers, sources, registry, top, partial);
    }

    /** The buckets of term facet {@code name}: each value with its count (none when nothing matched). */
    private static Map<Object, Long> buckets(NamedList<?> facets, String name) {
        Map<Object, Long> out = new HashMap<>();
        Object facet = facets == null ? null : facets.get(name);
        if (facet instanceof NamedList<?> f && f.get("buckets") instanceof List<?> list) {
            for (Object b : list) {
                NamedList<?> bucket = (NamedList<?>) b;
                out.put(bucket.get("val"), ((Number) bucket.get("count")).longValue());
            }
        }
        return out;
    }
}
