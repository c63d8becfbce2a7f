package dev.passages.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The highlighter's reading of matches from the postings' offsets, with the query's weight built once per
 * segment for all the documents it marks there, rather than once per document: the same matches, as the
 * highlighter's own strategy finds them (the query rewritten and weighed over the segment alone, no query
 * cache), without rewriting and weighing the query again for each hit, and each term's postings moved forwards
 * from one hit of the segment to the next ({@link ForwardPostings}) instead of opened again for each.
 */
final class SegmentWeightOffsets extends PostingsOffsetStrategy {

    /** A segment as the weight reads it, and the weight. */
    private record Weighed(ForwardPostings reader, Weight weight) {
    }

    private final Map<LeafReader, Weighed> weights = new IdentityHashMap<>();

    SegmentWeightOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int docId, List<OffsetsEnum> results) throws IOException {
        Weighed weighed = weights.get(leaf);
        if (weighed == null) {
            ForwardPostings reader = fieldsMatched(leaf);
            IndexSearcher segment = new IndexSearcher(reader);
            segment.setQueryCache(null);
            weighed = new Weighed(reader, segment.rewrite(components.getQuery())
                    .createWeight(segment, ScoreMode.COMPLETE_NO_SCORES, 1.0f));
            weights.put(leaf, weighed);
        }
        weighed.reader().movingTo(docId);
        Matches matches = weighed.weight().matches(weighed.reader().getContext(), docId);
        if (matches == null) {
            return;
        }
        for (String field : matches) {
            if (components.getFieldMatcher().test(field)) {
                MatchesIterator iterator = matches.getMatches(field);
                if (iterator != null) {
                    results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                }
            }
        }
    }

    /**
     * The segment with the terms of every field the highlighter's field matcher takes read from the field highlighted,
     * its postings moved forwards from one hit to the next.
     */
    private ForwardPostings fieldsMatched(LeafReader leaf) {
        return new ForwardPostings(leaf, field -> components.getFieldMatcher().test(field) ? components.getField() : field);
    }
}
