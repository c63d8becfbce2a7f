package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Acronyms;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs searches against one open index; open it once and ask many questions. It reads an {@link OpenIndex}: its
 * own, closed with it, or one it borrowed from a process that keeps indexes open, given back when it is closed.
 */
public final class PassageSearcher implements Closeable {

    private final OpenIndex index;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** What {@link #close()} does: closes the index, or gives a borrowed one back. */
    private final Closeable whenClosed;

    public PassageSearcher(Path indexDir) {
        this(indexDir, Features.DEFAULT);
    }

    /** @param features the query widenings to use (all, in normal use; fewer to measure what they bring) */
    public PassageSearcher(Path indexDir, Features features) {
        this(new OpenIndex(indexDir, features));
    }

    private PassageSearcher(OpenIndex index) {
        this(index, index);
    }

    /**
     * A searcher over an index opened by another, who still owns it.
     *
     * @param whenClosed what closing this searcher does (gives the index back to its owner)
     */
    public PassageSearcher(OpenIndex index, Closeable whenClosed) {
        this.index = index;
        this.reader = index.reader;
        this.searcher = index.searcher;
        this.whenClosed = whenClosed;
    }

    /** The index this searcher reads: the same object for as long as the index it was opened on has not changed. */
    public OpenIndex index() {
        return index;
    }

    /** The acronyms learned from this index, read once on first use. */
    public Acronyms acronyms() {
        return index.acronyms();
    }

    /** The corpus-wide speakers of this index, read once on first use. */
    public SpeakerRegistry speakers() {
        return index.speakers();
    }

    /** The speakers of this index that {@code name} refers to, as {@code --speaker} takes it ({@link SpeakerMatch}). */
    public List<SpeakerRegistry.Entry> speakersNamed(String name) {
        return index.speakersNamed(name);
    }

    /** The people of this index whom articles give a post in an organisation {@code name} refers to. */
    public List<SpeakerRegistry.Entry> speakersAffiliatedTo(String name) {
        return index.speakersAffiliatedTo(name);
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
        QueryBuilder.Plan plan = index.queries.plan(request);
        SortOrder order = plan.order();
        // no more hits than paragraphs: a limit of millions must not size the hit queue
        int offset = Math.min(request.offset(), Math.max(1, reader.maxDoc()));
        int shown = Math.min(Math.max(0, request.limit()), Math.max(1, reader.maxDoc()));
        int limit = shown == 0 ? 0 : shown + offset; // the hits skipped are ranked (and folded) as the ones shown
        try {
            // folding near-duplicates needs candidates beyond the limit
            int fetch = request.allCopies() ? Math.max(1, limit) : Math.max(1, Math.min(limit * 3, limit + 100));
            SemanticSide.Ranked ranked = index.rankedDocs.find(searcher, request, order, plan, fetch);
            TopDocs top = ranked.top();
            ScoreDoc[] docs = limit == 0 ? new ScoreDoc[0] : top.scoreDocs;
            List<Hit> hits = new HitPage(reader, index::hitReader, index.highlights, this::speakersAsked, index.storedFields())
                    .of(searcher, request, plan.match(), docs, offset, shown, limit, order == SortOrder.RELEVANCE,
                            ranked.foundBy());
            boolean partial = searcher.timedOut();
            String suggestion = request.hasQueryText() && !partial ? suggest(request.query()) : null;
            return new SearchResult(request, top.totalHits.value,
                    !partial && top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO, hits,
                    notes(request, suggestion, partial, budget), suggestion, partial);
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
        return new Suggestions(reader, index.analyzer).respelled(query);
    }

    /**
     * Passages about the same thing as the given paragraph, from other articles: Lucene's MoreLikeThis
     * over the paragraph's words (its most distinctive terms, weighted by tf-idf).
     */
    public SearchResult similar(String paragraphId, int asked) {
        return checked(() -> {
            try {
                return new SimilarPassages(searcher, reader, index.analyzer, index.hitReader()).of(paragraphId, asked);
            } catch (IOException e) {
                throw damaged("reading", e);
            }
        });
    }

    /** How many passages match, without fetching any. */
    public long count(SearchRequest request) {
        return checked(() -> {
            try {
                return (long) searcher.count(index.queries.build(request));
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
        } catch (IndexSearcher.TooManyClauses e) {
            throw QuerySyntax.tooManyTerms(e);
        } catch (RuntimeException | AssertionError | OutOfMemoryError e) {
            PassagesException damage = IndexFailure.damageBehind(reader, index.dir, e);
            if (damage != null) {
                throw damage;
            }
            throw e;
        }
    }


    /** A hit read with {@code stored}: one reader for all the hits of a search keeps its decompressed block between them. */
    Hit hit(org.apache.lucene.index.StoredFields stored, int rank, int docId, Float score, List<Hit.Span> spans)
            throws IOException {
        return index.hitReader().read(stored, rank, docId, score, spans);
    }

    /** The query a request matches with (filters included), for the counts beside this class ({@link Facets}). */
    Query query(SearchRequest request) {
        return index.queries.build(request);
    }

    /** The open index, for the readers beside this class ({@link ArticleLookup}). */
    IndexSearcher indexSearcher() {
        return searcher;
    }

    PassagesException damaged(String what, IOException e) {
        return index.damaged(what, e);
    }

    /** Closes the index, or gives it back to the process that lent it. */
    @Override
    public void close() throws IOException {
        whenClosed.close();
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
}
