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
    private final StoredFields stored;

    /**
     * @param speakersAsked the speakers of the index a request's {@code --speaker} names refer to
     * @param stored        the reader of {@code reader}'s stored fields the hits are read with
     */
    HitPage(DirectoryReader reader, Supplier<HitReader> hitReader, Highlights highlights,
            Function<SearchRequest, List<SpeakerRegistry.Entry>> speakersAsked, StoredFields stored) {
        this.reader = reader;
        this.stored = stored;
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
        // signatures and articles come from doc values: folding loads no document
        Candidates candidates = request.allCopies() ? null : Candidates.read(reader, docs);
        List<Integer> kept = new ArrayList<>();
        List<Integer> folded = new ArrayList<>();
        List<Integer> foldedInto = new ArrayList<>();
        fold(candidates, docs.length, limit, kept, folded, foldedInto);
        int skipped = Math.min(offset, kept.size());
        int end = Math.min(kept.size(), skipped + shown);
        // only the hits shown are read: those skipped before them are ranked and folded, but not loaded
        List<Hit> hits = new ArrayList<>(end - skipped);
        for (int k = skipped; k < end; k++) {
            int i = kept.get(k);
            Hit hit = hitReader.get().read(stored, k + 1, docs[i].doc, scored ? docs[i].score : null, List.of());
            hits.add(foundBy == null ? hit : hit.withFoundBy(foundBy.get(docs[i].doc).label()));
        }
        attachCopies(candidates, hits, skipped, folded, foldedInto);
        if ((request.hasQueryText() || !request.speakers().isEmpty()) && !hits.isEmpty()) {
            highlight(searcher, request, query, kept.subList(skipped, end).stream().mapToInt(i -> docs[i].doc).toArray(), hits);
        }
        return hits;
    }

    /**
     * Goes through the candidates in rank order until {@code limit} are kept, each near-duplicate folded into the
     * first copy kept: {@code kept} receives the candidate of each hit; {@code folded} each copy folded, and
     * {@code foldedInto} the position, among the hits kept, of the hit it was folded into.
     */
    private static void fold(Candidates candidates, int n, int limit, List<Integer> kept, List<Integer> folded,
                             List<Integer> foldedInto) {
        NearDuplicates folding = candidates == null ? null : new NearDuplicates(candidates);
        for (int i = 0; i < n && kept.size() < limit; i++) {
            int same = folding == null ? -1 : folding.foldOrKeep(i);
            if (same >= 0) {
                folded.add(i);
                foldedInto.add(same);
            } else {
                kept.add(i);
            }
        }
    }

    /** The copies folded into the hits shown (the first at position {@code skipped}), added in the order folded. */
    private static void attachCopies(Candidates candidates, List<Hit> hits, int skipped, List<Integer> folded,
                                     List<Integer> foldedInto) throws IOException {
        List<Integer> shownCopies = new ArrayList<>();
        for (int j = 0; j < folded.size(); j++) {
            int into = foldedInto.get(j) - skipped;
            if (into >= 0 && into < hits.size()) {
                shownCopies.add(j);
            }
        }
        if (shownCopies.isEmpty()) {
            return;
        }
        Hit.Copy[] copies = candidates.copies(shownCopies.stream().mapToInt(folded::get).toArray());
        List<List<Hit.Copy>> byHit = new ArrayList<>();
        for (Hit hit : hits) {
            byHit.add(new ArrayList<>(hit.copies()));
        }
        for (int c = 0; c < copies.length; c++) {
            byHit.get(foldedInto.get(shownCopies.get(c)) - skipped).add(copies[c]);
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
