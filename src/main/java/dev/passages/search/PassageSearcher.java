package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Analyzers;
import dev.passages.index.IndexPaths;
import dev.passages.index.Acronyms;
import dev.passages.index.Schema;
import dev.passages.index.SpeakerRegistryFile;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs searches against one open index; open it once and ask many questions. */
public final class PassageSearcher implements Closeable {

    private final Path indexDir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final QueryBuilder queries;
    private final Highlights highlights;
    private final RankedDocs rankedDocs;
    /** Reads hits with the speakers' corpus-wide names: made when first needed, as the speakers are read. */
    private volatile HitReader hitReader;
    private SpeakerRegistry speakers;

    public PassageSearcher(Path indexDir) {
        this(indexDir, Features.DEFAULT);
    }

    /** @param features the query widenings to use (all, in normal use; fewer to measure what they bring) */
    public PassageSearcher(Path indexDir, Features features) {
        this.indexDir = indexDir;
        this.reader = IndexPaths.open(indexDir);
        this.searcher = new IndexSearcher(DenseNorms.of(reader));
        this.searcher.setSimilarity(new BM25Similarity(Ranking.BM25_K1, Ranking.BM25_B));
        this.analyzer = Analyzers.forSchema();
        this.queries = new QueryBuilder(analyzer, this::speakerKeys, this::acronyms, features, this::docFreq);
        this.highlights = new Highlights(analyzer);
        this.rankedDocs = new RankedDocs(new SemanticSide(reader, indexDir), this::speakerKeys);
    }

    private long docFreq(org.apache.lucene.index.Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            return 0;
        }
    }

    private Acronyms acronyms;

    /** The acronyms learned from this index, read once on first use. */
    public synchronized Acronyms acronyms() {
        if (acronyms == null) {
            try {
                acronyms = Acronyms.load(reader, indexDir);
            } catch (IOException e) {
                throw damaged("reading acronyms of", e);
            }
        }
        return acronyms;
    }

    /** The corpus-wide speakers of this index, read once on first use. */
    public synchronized SpeakerRegistry speakers() {
        if (speakers == null) {
            try {
                speakers = SpeakerRegistryFile.load(reader, indexDir);
            } catch (IOException e) {
                throw damaged("reading speakers of", e);
            }
        }
        return speakers;
    }

    private SpeakerMatch speakerMatch;

    /** The speakers of this index that {@code name} refers to, as {@code --speaker} takes it ({@link SpeakerMatch}). */
    public List<SpeakerRegistry.Entry> speakersNamed(String name) {
        synchronized (this) {
            if (speakerMatch == null) {
                speakerMatch = new SpeakerMatch(speakers());
            }
        }
        return speakerMatch.match(name);
    }

    private List<String> speakerKeys(String name, boolean affiliated) {
        List<String> keys = new ArrayList<>();
        speakersNamed(name).forEach(e -> keys.addAll(e.rawKeys()));
        if (affiliated) {
            speakersAffiliatedTo(name).forEach(e -> keys.addAll(e.rawKeys()));
        }
        return keys;
    }

    /** The people of this index whom articles give a post in an organisation {@code name} refers to. */
    public List<SpeakerRegistry.Entry> speakersAffiliatedTo(String name) {
        speakersNamed(name);
        return speakerMatch.affiliatedTo(name);
    }

    /** The speakers a request's {@code --speaker} names refer to (with their organisations' people, when it asks). */
    private List<SpeakerRegistry.Entry> speakersAsked(SearchRequest request) {
        List<SpeakerRegistry.Entry> asked = new ArrayList<>();
        request.speakers().forEach(name -> asked.addAll(speakersNamed(name)));
        if (request.withSpokespeople()) {
            request.speakers().forEach(name -> asked.addAll(speakersAffiliatedTo(name)));
        }
        return asked;
    }

    /** The passages {@code request} asks for, found within {@link QueryBudget#DEFAULT}. */
    public SearchResult search(SearchRequest request) {
        return search(request, QueryBudget.of(QueryBudget.DEFAULT));
    }

    /**
     * The passages {@code request} asks for. When {@code budget} runs out or is cancelled while matches are
     * collected, the result holds the hits found so far and says it is {@link SearchResult#partial() partial}.
     */
    public SearchResult search(SearchRequest request, QueryBudget budget) {
        return checked(() -> run(request, budget));
    }

    private SearchResult run(SearchRequest request, QueryBudget budget) {
        IndexSearcher searcher = new IndexSearcher(this.searcher.getIndexReader());
        searcher.setSimilarity(this.searcher.getSimilarity());
        searcher.setTimeout(budget);
        SortOrder order = request.hasQueryText() ? request.sort()
                : request.sort() == SortOrder.RELEVANCE ? SortOrder.CHRONOLOGICAL : request.sort();
        QueryBuilder.Plan plan = queries.plan(request, order == SortOrder.RELEVANCE);
        // no more hits than paragraphs: a limit of millions must not size the hit queue
        int offset = Math.min(request.offset(), Math.max(1, reader.maxDoc()));
        int shown = Math.min(Math.max(0, request.limit()), Math.max(1, reader.maxDoc()));
        int limit = shown == 0 ? 0 : shown + offset; // the hits skipped are ranked (and folded) as the ones shown
        try {
            // folding near-duplicates needs candidates beyond the limit
            int fetch = request.allCopies() ? Math.max(1, limit) : Math.max(1, Math.min(limit * 3, limit + 100));
            SemanticSide.Ranked ranked = rankedDocs.find(searcher, request, order, plan, fetch);
            TopDocs top = ranked.top();
            ScoreDoc[] docs = limit == 0 ? new ScoreDoc[0] : top.scoreDocs;
            List<Hit> hits = new HitPage(reader, this::hitReader, highlights, this::speakersAsked)
                    .of(searcher, request, plan.match(), docs, offset, shown, limit, order == SortOrder.RELEVANCE,
                            ranked.foundBy());
            boolean partial = searcher.timedOut();
            String suggestion = request.hasQueryText() && !partial ? suggest(request.query()) : null;
            return new SearchResult(request, top.totalHits.value,
                    !partial && top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO, hits,
                    notes(request, suggestion, partial, budget), suggestion, partial);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query expands to too many terms (limit " + IndexSearcher.getMaxClauseCount() + "); make wildcards more specific", e);
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new PassagesException(PassagesException.Kind.BAD_QUERY,
                    "query is too complex (a regular expression or wildcard that expands too far)", e);
        } catch (IOException e) {
            throw damaged("reading", e);
        }
    }

    /** The notes a result carries: hints on the query, speakers not found, the spelling suggested, a search cut short. */
    private List<String> notes(SearchRequest request, String suggestion, boolean partial, QueryBudget budget) {
        List<String> notes = new ArrayList<>(QueryHints.of(request.query()));
        for (String name : request.speakers()) {
            if (speakersNamed(name).isEmpty() && (!request.withSpokespeople() || speakersAffiliatedTo(name).isEmpty())) {
                String near = Suggestions.nearestSpeaker(name, speakers());
                notes.add("no speaker matches '" + name + "'" + (near == null ? "" : "; did you mean " + near + "?")
                        + " (list them with: passages speakers)");
            }
        }
        if (suggestion != null) {
            notes.add("did you mean: " + suggestion);
        }
        if (partial) {
            notes.add(budget.cancelled() ? "search cancelled; the hits are those found before it stopped"
                    : "search stopped at its time limit (--timeout); the hits are those found in time, and more passages may match");
        }
        return notes;
    }

    /**
     * The query with each word the index does not know at all respelled as a near word it knows, or null
     * (see {@link Suggestions#respelled}).
     */
    String suggest(String query) throws IOException {
        return new Suggestions(reader, analyzer).respelled(query);
    }

    /**
     * Passages about the same thing as the given paragraph, from other articles: Lucene's MoreLikeThis
     * over the paragraph's words (its most distinctive terms, weighted by tf-idf).
     */
    public SearchResult similar(String paragraphId, int asked) {
        return checked(() -> {
            try {
                return new SimilarPassages(searcher, reader, analyzer, hitReader()).of(paragraphId, asked);
            } catch (IOException e) {
                throw damaged("reading", e);
            }
        });
    }

    /** How many passages match, without fetching any. */
    public long count(SearchRequest request) {
        return checked(() -> {
            try {
                return (long) searcher.count(queries.build(request));
            } catch (IOException e) {
                throw damaged("reading", e);
            }
        });
    }

    /**
     * The answer of {@code work}; when it fails unexpectedly (an index whose bytes changed underneath the
     * checksums can fail in any way as it is read: an index out of bounds, a null, a huge allocation), the
     * segments' checksums are verified, and a mismatch is reported as a damaged index, not as the failure.
     */
    <T> T checked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PassagesException e) {
            throw e;
        } catch (RuntimeException | AssertionError | OutOfMemoryError e) {
            PassagesException damage = IndexFailure.damageBehind(reader, indexDir, e);
            if (damage != null) {
                throw damage;
            }
            throw e;
        }
    }


    /** A hit read with {@code stored}: one reader for all the hits of a search keeps its decompressed block between them. */
    Hit hit(org.apache.lucene.index.StoredFields stored, int rank, int docId, Float score, List<Hit.Span> spans)
            throws IOException {
        return hitReader().read(stored, rank, docId, score, spans);
    }

    private HitReader hitReader() {
        HitReader r = hitReader;
        if (r == null) {
            r = new HitReader(searcher, speakers());
            hitReader = r;
        }
        return r;
    }

    private volatile boolean kept;
    /** The id of the commit the reader holds, taken when kept open: a rebuilt index has another. */
    private volatile byte[] commitId;

    /**
     * Keeps this searcher open through {@link #close()}, for a process that serves many commands in
     * turn (the daemon); {@link #release()} closes it.
     */
    public PassageSearcher keepOpen() {
        try {
            commitId = org.apache.lucene.index.SegmentInfos.readCommit(reader.directory(),
                    reader.getIndexCommit().getSegmentsFileName()).getId();
        } catch (IOException e) {
            throw damaged("reading", e);
        }
        kept = true;
        return this;
    }

    /**
     * Whether the index is still the one this searcher opened: no commit since, and (for one
     * {@link #keepOpen() kept open}) not deleted and built again in its place, which can reach the
     * same commit generation with another commit id.
     */
    public boolean isCurrent() {
        try {
            return reader.isCurrent() && (commitId == null || java.util.Arrays.equals(commitId,
                    org.apache.lucene.index.SegmentInfos.readLatestCommit(reader.directory()).getId()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The query a request matches with (filters included), for the counts beside this class ({@link Facets}). */
    Query query(SearchRequest request) {
        return queries.build(request);
    }

    /** The open index, for the readers beside this class ({@link ArticleLookup}). */
    IndexSearcher indexSearcher() {
        return searcher;
    }

    PassagesException damaged(String what, IOException e) {
        return IndexFailure.damaged(indexDir, what, e);
    }

    @Override
    public void close() throws IOException {
        if (!kept) {
            release();
        }
    }

    /**
     * The {@code n} words in most paragraphs of the index's largest segment (letters only, three or more),
     * most frequent first: material for warming up on the index's own vocabulary.
     */
    public List<String> frequentWords(int n) throws IOException {
        org.apache.lucene.index.LeafReader largest = null;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            if (largest == null || leaf.reader().maxDoc() > largest.maxDoc()) {
                largest = leaf.reader();
            }
        }
        org.apache.lucene.index.Terms terms = largest == null ? null : largest.terms(Schema.TEXT);
        if (terms == null) {
            return List.of();
        }
        java.util.PriorityQueue<Map.Entry<String, Integer>> top = new java.util.PriorityQueue<>(Map.Entry.comparingByValue());
        org.apache.lucene.index.TermsEnum it = terms.iterator();
        for (org.apache.lucene.util.BytesRef t = it.next(); t != null; t = it.next()) {
            String word = t.utf8ToString();
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                top.add(Map.entry(word, it.docFreq()));
                if (top.size() > n) {
                    top.poll();
                }
            }
        }
        List<String> out = new ArrayList<>();
        while (!top.isEmpty()) {
            out.add(0, top.poll().getKey());
        }
        return out;
    }

    /** Closes the index, even when {@link #keepOpen() kept open}. */
    public void release() throws IOException {
        Directory dir = reader.directory();
        reader.close();
        dir.close();
    }
}
