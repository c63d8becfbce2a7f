package dev.passages.search;

import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.attribution.SpeakerType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks why each shown passage matched: the words of the query as typed, and also the words it matched
 * through another spelling of a name, an acronym's long form (or the acronym of a long form typed), a
 * synonym, or the name of a speaker asked for with {@code --speaker}. Two passes over each text: one for
 * the query's text terms, one for its name terms and the speakers' names over the spelling skeletons of the
 * text's capitalised words; their spans are merged. Both read the words' offsets from the postings of the
 * text and variants fields; where a field has none (an index of the texts alone), the text is analysed again.
 */
final class Highlights {

    /** Longest paragraph text the highlighter reads; longer ones are shown but marked only in this prefix. */
    static final int MAX_CHARS = 1_000_000;

    /**
     * Scores the one passage of a text as any other: the whole text is one passage, so there is nothing to rank, and
     * Lucene's passage scorer hashed every match of it into a new block of 32 KB for each hit.
     */
    private static final PassageScorer WHOLE_TEXT = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return 1f;
        }
    };

    private final Analyzer analyzer;
    private final Analyzer skeletons;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.skeletons = new PerFieldAnalyzerWrapper(analyzer, Map.of(Schema.TEXT, Analyzers.textVariants()));
    }

    /**
     * The matched spans of each document of {@code ids} (of {@code searcher}), whose texts, already loaded, are
     * {@code texts}.
     *
     * @param match the query that matched them (filters and all; only its text and name clauses mark)
     * @param speakers the speakers asked for, whose names are marked where the text says them
     */
    List<List<Hit.Span>> of(IndexSearcher searcher, Query match, List<SpeakerRegistry.Entry> speakers, int[] ids, List<String> texts)
            throws IOException {
        List<List<Hit.Span>> out = new ArrayList<>(ids.length);
        if (ids.length == 0) {
            return out;
        }
        Map<Integer, String> byDoc = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byDoc.put(ids[i], texts.get(i));
        }
        List<List<Hit.Span>> typed = pass(searcher, analyzer, Schema.TEXT, withoutFilters(match), ids, byDoc);
        // the skeletons are read from the variants field's postings, or, without offsets there, from the text analysed again
        String field = hasOffsets(searcher, Schema.TEXT_VARIANTS) ? Schema.TEXT_VARIANTS : Schema.TEXT;
        Query names = nameQuery(match, speakers, field);
        List<List<Hit.Span>> spelled = names == null ? null : pass(searcher, skeletons, field, names, ids, byDoc);
        for (int i = 0; i < ids.length; i++) {
            out.add(spelled == null ? typed.get(i) : merged(typed.get(i), spelled.get(i)));
        }
        return out;
    }

    /**
     * {@code q} without its top-level filter clauses (speakers, dates); a query of filters alone is left as it is. The
     * hits passed the filters and their fields are not marked, but the highlighter would match each of them again in
     * every segment, a date range by walking its points.
     */
    static Query withoutFilters(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.clauses().stream().noneMatch(c -> c.getOccur() == BooleanClause.Occur.FILTER)) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        int kept = 0;
        for (BooleanClause c : bq.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.FILTER) {
                b.add(c);
                kept++;
            }
        }
        return kept == 0 ? q : b.build();
    }

    /** Whether every segment of the index holds {@code field} with offsets in its postings. */
    private static boolean hasOffsets(IndexSearcher searcher, String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info == null || info.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the highlighter reads {@code field}'s offsets from the postings alone: every segment has them there and
     * no term vectors (as the highlighter decides from the segments' merged field infos).
     */
    private static boolean offsetsOnly(IndexSearcher searcher, String field) {
        if (searcher.getIndexReader().leaves().isEmpty() || !hasOffsets(searcher, field)) {
            return false;
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(field).hasVectors()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The spans {@code query} marks in {@code field} of each document, whose value is the paragraph's text: read
     * from the postings' offsets where the field has them, otherwise found by analysing the text with {@code reading}.
     */
    private static List<List<Hit.Span>> pass(IndexSearcher searcher, Analyzer reading, String field, Query query, int[] ids,
                                             Map<Integer, String> texts) throws IOException {
        boolean offsets = offsetsOnly(searcher, field);
        UnifiedHighlighter.Builder settings = UnifiedHighlighter.builder(searcher, reading)
                .withBreakIterator(WholeBreakIterator::new)
                .withScorer(WHOLE_TEXT)
                .withMaxLength(MAX_CHARS)
                .withFormatter(new SpanFormatter())
                .withMaxNoHighlightPassages(0);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(settings) {
            @Override
            protected OffsetSource getOffsetSource(String name) {
                // the highlighter would merge the field infos of every segment on each search to learn this
                return name.equals(field) && offsets ? OffsetSource.POSTINGS : super.getOffsetSource(name);
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                // the query weighed once per segment, not once per hit; other sources as the highlighter has them
                return source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                        ? new SegmentWeightOffsets(components) : super.getOffsetStrategy(source, components);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                if (fields.length != 1 || !fields[0].equals(field)) {
                    return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
                }
                // the hits' texts are in hand: no second read of their stored fields
                List<CharSequence[]> values = new ArrayList<>();
                int chars = 0;
                do {
                    int doc = docIter.nextDoc();
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    String text = texts.get(doc);
                    if (text != null && text.length() > MAX_CHARS) {
                        text = text.substring(0, MAX_CHARS);
                    }
                    values.add(new CharSequence[] {text});
                    chars += text == null ? 0 : text.length();
                } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
                return values;
            }
        };
        Map<String, String[]> marked = highlighter.highlightFields(new String[] {field}, query, ids, new int[] {1});
        List<List<Hit.Span>> out = new ArrayList<>(ids.length);
        for (String encoded : marked.get(field)) {
            out.add(SpanFormatter.decode(encoded));
        }
        return out;
    }

    /**
     * The name clauses of {@code match} (terms and phrases over the spelling skeletons) and the names of
     * the speakers asked for, as one query over {@code field} (the variants field, or the text field to be
     * read with the skeleton analysis); null when there are none.
     */
    private Query nameQuery(Query match, List<SpeakerRegistry.Entry> speakers, String field) {
        List<Query> leaves = new ArrayList<>();
        collectSkeletonLeaves(match, leaves, field);
        for (SpeakerRegistry.Entry speaker : speakers) {
            for (String alias : speaker.aliases()) {
                List<String> words = skeletonWords(alias);
                if (words.isEmpty()) {
                    continue;
                }
                leaves.add(words.size() == 1 ? new TermQuery(new Term(field, words.get(0)))
                        : new PhraseQuery(field, words.toArray(new String[0])));
                if (speaker.type() == SpeakerType.PERSON && words.size() > 1) {
                    // "Kakar said" names the same person as "Anwaar-ul-Haq Kakar"
                    leaves.add(new TermQuery(new Term(field, words.get(words.size() - 1))));
                }
            }
        }
        if (leaves.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        leaves.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * The term and phrase leaves of {@code q} over the spelling skeletons (of the text's names, and of the
     * speakers' names), moved to {@code field}; negated clauses skipped.
     */
    private static void collectSkeletonLeaves(Query q, List<Query> out, String field) {
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    collectSkeletonLeaves(c.getQuery(), out, field);
                }
            }
        } else if (q instanceof BoostQuery boost) {
            collectSkeletonLeaves(boost.getQuery(), out, field);
        } else if (q instanceof ConstantScoreQuery constant) {
            collectSkeletonLeaves(constant.getQuery(), out, field);
        } else if (q instanceof DisjunctionMaxQuery max) {
            max.getDisjuncts().forEach(d -> collectSkeletonLeaves(d, out, field));
        } else if (q instanceof TermQuery t && (t.getTerm().field().equals(Schema.TEXT_VARIANTS)
                || t.getTerm().field().equals(Schema.SPEAKER))) {
            // a speaker's name matched by a typed word: where the text spells it, in any spelling
            out.add(new TermQuery(new Term(field, t.getTerm().text())));
        } else if (q instanceof PhraseQuery p && p.getField().equals(Schema.TEXT_VARIANTS)) {
            PhraseQuery.Builder moved = new PhraseQuery.Builder().setSlop(p.getSlop());
            for (int i = 0; i < p.getTerms().length; i++) {
                moved.add(new Term(field, p.getTerms()[i].text()), p.getPositions()[i]);
            }
            out.add(moved.build());
        }
    }

    /** The skeletons of the capitalised words of a name, in order. */
    private List<String> skeletonWords(String name) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = skeletons.tokenStream(Schema.TEXT, name)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The union of two span lists, sorted, overlapping or touching spans joined. */
    static List<Hit.Span> merged(List<Hit.Span> a, List<Hit.Span> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Hit.Span> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(Hit.Span::start).thenComparingInt(Hit.Span::end));
        List<Hit.Span> out = new ArrayList<>();
        Hit.Span open = null;
        for (Hit.Span s : all) {
            if (open != null && s.start() <= open.end()) {
                open = new Hit.Span(open.start(), Math.max(open.end(), s.end()));
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = s;
            }
        }
        out.add(open);
        return out;
    }
}
