package dev.passages.backend;

import dev.passages.index.Acronyms;
import dev.passages.index.IndexCheck;
import dev.passages.index.IndexSummary;
import dev.passages.index.Indexer;
import dev.passages.search.ArticleLookup;
import dev.passages.search.ArticleView;
import dev.passages.search.Facets;
import dev.passages.search.PassageSearcher;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.speakers.SpeakerRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The {@link Backend} of passages' own Lucene index in a folder: its {@link Indexer} and {@link PassageSearcher}, unchanged. */
public final class LocalBackend implements Backend {

    private final Path indexDir;
    private PassageSearcher searcher;

    public LocalBackend(Path indexDir) {
        this.indexDir = indexDir;
    }

    /** A backend over a searcher already open on {@code indexDir}; closing the backend closes it. */
    public LocalBackend(Path indexDir, PassageSearcher searcher) {
        this.indexDir = indexDir;
        this.searcher = searcher;
    }

    /** The open index, for what only passages' own index answers. */
    public synchronized PassageSearcher searcher() {
        if (searcher == null) {
            searcher = new PassageSearcher(indexDir);
        }
        return searcher;
    }

    @Override
    public IndexSummary index(Path corpus, boolean rebuild, Consumer<String> warn) {
        return new Indexer(indexDir, rebuild, warn).run(corpus);
    }

    @Override
    public SearchResult search(SearchRequest request, QueryBudget budget) {
        return searcher().search(request, budget);
    }

    @Override
    public long count(SearchRequest request) {
        return searcher().count(request);
    }

    @Override
    public ArticleView article(String articleId) {
        return ArticleLookup.read(searcher(), articleId);
    }

    @Override
    public SearchResult similar(String paragraphId, int limit) {
        return searcher().similar(paragraphId, limit);
    }

    @Override
    public Facets.Counts facets(SearchRequest request, Facets.Period by, int top, QueryBudget budget) {
        return Facets.count(searcher(), request, by, top, budget);
    }

    @Override
    public Acronyms acronyms() {
        return searcher().acronyms();
    }

    @Override
    public SpeakerRegistry speakers() {
        return searcher().speakers();
    }

    @Override
    public List<SpeakerRegistry.Entry> speakersNamed(String name) {
        return searcher().speakersNamed(name);
    }

    @Override
    public IndexCheck.Result check() {
        return IndexCheck.run(indexDir);
    }

    @Override
    public String describe() {
        return "index at " + indexDir;
    }

    @Override
    public synchronized void close() throws IOException {
        if (searcher != null) {
            searcher.close();
            searcher = null;
        }
    }
}
