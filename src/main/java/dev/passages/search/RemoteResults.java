package dev.passages.search;

import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the ranked candidates another engine found for a request into the {@link SearchResult} that
 * {@link PassageSearcher} would give: near-duplicates folded, the hits skipped and shown, the shown ones
 * highlighted and the notes for the user, by the same rules.
 */
public final class RemoteResults {

    /** A ranked candidate: its hit (no rank, highlights or copies yet) and its MinHash signature (null: none). */
    public record Candidate(Hit hit, byte[] signature) {
    }

    private final Analyzer analyzer = Analyzers.forSchema();
    private final Highlights highlights = new Highlights(analyzer);

    /** How many candidates to fetch for {@code request}: beyond the hits shown, to fold near-duplicates. */
    public static int fetch(SearchRequest request) {
        int limit = Math.max(0, request.limit());
        limit = limit == 0 ? 0 : limit + request.offset();
        return request.allCopies() ? Math.max(1, limit) : Math.max(1, Math.min(limit * 3, limit + 100));
    }

    /** How many first-phase hits the second phase rescores for {@code request}. */
    public static int rescoreDepth(SearchRequest request) {
        return Math.max(fetch(request), Ranking.RESCORE_DEPTH);
    }

    /**
     * @param match         the query that matched (for highlighting)
     * @param speakersNamed the speakers a {@code --speaker} name refers to
     * @param speakers      the corpus-wide speakers (for a note naming the nearest one)
     * @param more          notes of the engine (such as a part of the index that did not answer)
     */
    public SearchResult of(SearchRequest request, Query match, List<Candidate> candidates, long total, boolean totalExact,
                           boolean partial, Function<String, List<SpeakerRegistry.Entry>> speakersNamed,
                           SpeakerRegistry speakers, List<String> more) {
        int shown = Math.max(0, request.limit());
        int limit = shown == 0 ? 0 : shown + request.offset();
        List<Hit> hits = new ArrayList<>();
        NearDuplicates folding = request.allCopies() ? null : new NearDuplicates(i -> candidates.get(i).signature(),
                (i, j) -> candidates.get(i).hit().article().equals(candidates.get(j).hit().article()));
        for (int i = 0; i < candidates.size() && hits.size() < limit; i++) {
            Hit hit = candidates.get(i).hit();
            int same = folding == null ? -1 : folding.foldOrKeep(i);
            if (same >= 0) {
                Hit first = hits.get(same);
                List<Hit.Copy> copies = new ArrayList<>(first.copies());
                copies.add(new Hit.Copy(hit.id(), hit.article(), hit.source(), hit.date()));
                hits.set(same, first.withCopies(copies));
                continue;
            }
            hits.add(new Hit(hits.size() + 1, hit.id(), hit.article(), hit.paragraph(), hit.title(), hit.source(),
                    hit.url(), hit.byline(), hit.date(), hit.score(), hit.text(), List.of(), hit.speakers(), List.of()));
        }
        int skipped = Math.min(request.offset(), hits.size());
        hits = new ArrayList<>(hits.subList(skipped, Math.min(hits.size(), skipped + shown)));
        if ((request.hasQueryText() || !request.speakers().isEmpty()) && !hits.isEmpty()) {
            List<SpeakerRegistry.Entry> asked = new ArrayList<>();
            request.speakers().forEach(name -> asked.addAll(speakersNamed.apply(name)));
            List<List<Hit.Span>> spans = highlight(match, asked, hits.stream().map(Hit::text).toList());
            for (int i = 0; i < hits.size(); i++) {
                hits.set(i, hits.get(i).withHighlights(spans.get(i)));
            }
        }
        List<String> notes = new ArrayList<>(QueryHints.of(request.query()));
        for (String name : request.speakers()) {
            if (speakersNamed.apply(name).isEmpty()) {
                String near = Suggestions.nearestSpeaker(name, speakers);
                notes.add("no speaker matches '" + name + "'" + (near == null ? "" : "; did you mean " + near + "?")
                        + " (list them with: passages speakers)");
            }
        }
        notes.addAll(more);
        return new SearchResult(request, total, totalExact && !partial, hits, notes, null, partial);
    }

    /**
     * The spans of each text the query marks, read from a small index of the texts alone: the query without its
     * filters (dates, speakers, sources), whose fields that index does not hold.
     */
    private List<List<Hit.Span>> highlight(Query match, List<SpeakerRegistry.Entry> asked, List<String> texts) {
        match = Highlights.withoutFilters(match);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String text : texts) {
                    Document d = new Document();
                    d.add(new TextField(Schema.TEXT, text == null ? "" : text, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                int[] ids = new int[texts.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = i;
                }
                return highlights.of(new IndexSearcher(reader), match, asked, ids, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
