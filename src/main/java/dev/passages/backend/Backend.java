package dev.passages.backend;

import dev.passages.index.Acronyms;
import dev.passages.index.IndexCheck;
import dev.passages.index.IndexSummary;
import dev.passages.search.ArticleView;
import dev.passages.search.Facets;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.speakers.SpeakerRegistry;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the commands ask of an index, wherever it is kept: passages' own Lucene index on this machine
 * ({@link LocalBackend}) or a SolrCloud collection ({@link SolrBackend}). Articles go in as a corpus folder
 * (read, split into paragraphs and attributed by passages itself); searches go in as {@link SearchRequest}s
 * and come out as {@link SearchResult}s with their speakers, highlights and totals.
 */
public interface Backend extends Closeable {

    /**
     * Brings the index in line with one corpus folder: new and changed files (by content hash) written,
     * files gone from the folder removed, unchanged ones left; with {@code rebuild}, the folder's articles
     * are all written again.
     *
     * @param warn receives one line per skipped file or other recoverable problem
     */
    IndexSummary index(Path corpus, boolean rebuild, Consumer<String> warn);

    /** The passages {@code request} asks for, within {@code budget}. */
    SearchResult search(SearchRequest request, QueryBudget budget);

    /** How many passages {@code request} matches, counted exactly. */
    long count(SearchRequest request);

    /** The article {@code articleId} whole, its paragraphs in order with their speakers; null when the index has none. */
    ArticleView article(String articleId);

    /**
     * Up to {@code limit} passages of other articles about the same thing as paragraph {@code paragraphId} (its
     * most distinctive words); a usage error naming the id when the index has no such paragraph.
     */
    SearchResult similar(String paragraphId, int limit);

    /**
     * How the passages {@code request} matches spread over time (bars of {@code by}), speakers and outlets (the
     * {@code top} most frequent of each), its limit, offset and order aside.
     */
    Facets.Counts facets(SearchRequest request, Facets.Period by, int top, QueryBudget budget);

    /** The acronyms the index's paragraphs define, with their long forms and counts. */
    Acronyms acronyms();

    /** The corpus-wide speakers of the index. */
    SpeakerRegistry speakers();

    /** The speakers {@code name} refers to, as {@code --speaker} takes it. */
    List<SpeakerRegistry.Entry> speakersNamed(String name);

    /** Whether the index is sound, in one line (and one per source). */
    IndexCheck.Result check();

    /** Where the index is, for messages. */
    String describe();
}
