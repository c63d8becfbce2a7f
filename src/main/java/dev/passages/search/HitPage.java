package dev.passages.search;

import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hits of one page of a search: the ranked documents in turn, near-duplicates folded into the first
 * copy shown, the offset skipped, and the hits shown loaded and highlighted.
 */
final class HitPage {

    private final DirectoryReader reader;
    /** Made when the first hit is read: it reads the speakers' registry. */
    private final Supplier<HitReader> hitReader;
    private final Highlights highlights;
    private final Function<SearchRequest, List<SpeakerRegistry.Entry>> speakersAsked;

    /** @param speakersAsked the speakers of the index a request's {@code --speaker} names refer to */
    HitPage(DirectoryReader reader, Supplier<HitReader> hitReader, Highlights highlights,
            Function<SearchRequest, List<SpeakerRegistry.Entry>> speakersAsked) {
        this.reader = reader;
        this.hitReader = hitReader;
        this.highlights = highlights;
        this.speakersAsked = speakersAsked;
    }

    /**
     * The hits from {@code offset} on, at most {@code shown}, of the ranked documents {@code docs}.
     *
     * @param limit    the hits to rank, those skipped included ({@code offset + shown}; 0 for none)
     * @param scored   whether the hits carry their scores (an order by relevance)
     * @param foundBy  which side found each document of a fused ranking, or null
     */
    List<Hit> of(IndexSearcher searcher, SearchRequest request, Query query, ScoreDoc[] docs, int offset, int shown,
                 int limit, boolean scored, Map<Integer, Fusion.Side> foundBy) throws IOException {
        List<Hit> hits = new ArrayList<>(Math.min(docs.length, limit));
        List<Integer> keptCandidates = new ArrayList<>();
        fold(searcher.storedFields(), request, docs, limit, scored, foundBy, hits, keptCandidates);
        int skipped = Math.min(offset, hits.size());
        hits = new ArrayList<>(hits.subList(skipped, Math.min(hits.size(), skipped + shown)));
        keptCandidates = new ArrayList<>(keptCandidates.subList(skipped, skipped + hits.size()));
        if ((request.hasQueryText() || !request.speakers().isEmpty()) && !hits.isEmpty()) {
            highlight(searcher, request, query, keptCandidates.stream().mapToInt(i -> docs[i].doc).toArray(), hits);
        }
        return hits;
    }

    /**
     * Reads the documents in rank order into {@code hits}, up to {@code limit}, each near-duplicate folded
     * into the first copy kept; {@code keptCandidates} receives the rank of each hit kept.
     */
    private void fold(StoredFields stored, SearchRequest request, ScoreDoc[] docs, int limit, boolean scored,
                      Map<Integer, Fusion.Side> foundBy, List<Hit> hits, List<Integer> keptCandidates)
            throws IOException {
        // signatures and articles come from doc values: a copy that is folded costs no document load
        Candidates candidates = request.allCopies() ? null : Candidates.read(reader, docs);
        NearDuplicates folding = candidates == null ? null : new NearDuplicates(candidates);
        List<Integer> folded = new ArrayList<>();
        List<Integer> foldedInto = new ArrayList<>();
        for (int i = 0; i < docs.length && hits.size() < limit; i++) {
            Float score = scored ? docs[i].score : null;
            int same = folding == null ? -1 : folding.foldOrKeep(i);
            if (same >= 0) {
                folded.add(i);
                foldedInto.add(same);
                continue;
            }
            Hit hit = hitReader.get().read(stored, hits.size() + 1, docs[i].doc, score, List.of());
            if (foundBy != null) {
                hit = hit.withFoundBy(foundBy.get(docs[i].doc).label());
            }
            hits.add(hit);
            keptCandidates.add(i);
        }
        if (!folded.isEmpty()) {
            attachCopies(hits, candidates.copies(folded.stream().mapToInt(Integer::intValue).toArray()), foldedInto);
        }
    }

    /** Each copy (in the order folded) added to the hit it was folded into. */
    private static void attachCopies(List<Hit> hits, Hit.Copy[] copies, List<Integer> foldedInto) {
        List<List<Hit.Copy>> byHit = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            byHit.add(new ArrayList<>(hits.get(k).copies()));
        }
        for (int j = 0; j < copies.length; j++) {
            byHit.get(foldedInto.get(j)).add(copies[j]);
        }
        for (int k = 0; k < hits.size(); k++) {
            if (byHit.get(k).size() > hits.get(k).copies().size()) {
                hits.set(k, hits.get(k).withCopies(byHit.get(k)));
            }
        }
    }

    /** The hits shown, highlighted in place: the query's words and the speakers asked for. */
    private void highlight(IndexSearcher searcher, SearchRequest request, Query query, int[] ids, List<Hit> hits)
            throws IOException {
        List<SpeakerRegistry.Entry> asked = speakersAsked.apply(request);
        List<List<Hit.Span>> spans = highlights.of(searcher, query, asked, ids, hits.stream().map(Hit::text).toList());
        for (int i = 0; i < hits.size(); i++) {
            hits.set(i, hits.get(i).withHighlights(spans.get(i)));
        }
    }
}
