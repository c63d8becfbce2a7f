package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Schema;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A request's filters: its speakers and its dates, as clauses that select without scoring. */
final class Filters {

    private Filters() {
    }

    /**
     * The speakers asked for (by the article-level keys {@code speakerKeys} gives for a name, none when it
     * names nobody; with {@code --with-spokespeople}, also the people articles give a post in the organisation) and the date range, as clauses that select without scoring.
     */
    static List<Query> of(SearchRequest request, SpeakerKeys speakerKeys) {
        List<Query> filters = new ArrayList<>();
        if (!request.speakers().isEmpty()) {
            QueryLimits.checkSpeakers(request.speakers());
            Set<BytesRef> keys = new LinkedHashSet<>();
            for (String name : request.speakers()) {
                if (name == null || name.isBlank()) {
                    throw new PassagesException(PassagesException.Kind.USAGE, "--speaker needs a name");
                }
                speakerKeys.of(name, request.withSpokespeople()).forEach(k -> keys.add(new BytesRef(k)));
            }
            filters.add(keys.isEmpty() ? new MatchNoDocsQuery("no such speaker") : new TermInSetQuery(Schema.SPEAKER_KEY, keys));
        }
        if (request.from() != null || request.to() != null) {
            LocalDate from = request.from() == null ? LocalDate.MIN : request.from();
            LocalDate to = request.to() == null ? LocalDate.MAX : request.to();
            if (from.isAfter(to)) {
                throw new PassagesException(PassagesException.Kind.USAGE,
                        "--from " + from + " is after --to " + to);
            }
            filters.add(LongField.newRangeQuery(Schema.DATE, from.toEpochDay(), to.toEpochDay()));
        }
        return filters;
    }
}
