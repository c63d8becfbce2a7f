package dev.passages.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search folded to one entry per article, articles ranked by their best passage, each with up to
 * {@link #PER_ARTICLE} of its best passages. The request's limit and offset count articles.
 *
 * <p>The ranked passages are read in growing batches until enough articles have been seen or every match
 * has: an article's rank is that of its best passage, so the first articles met in passage order are the
 * best ones. The passages listed for an article are its best among those read.
 */
public final class ArticleGroups {

    /** Passages listed for each article at most. */
    public static final int PER_ARTICLE = 3;
    /** Passages read first: enough for a page of articles on most queries. */
    private static final int FIRST_READ = 100;

    /** The groups shown, and the passage search they came from (its total, notes and suggestion hold). */
    public record Result(SearchResult passages, List<ArticleGroup> groups) {
        public Result {
            groups = List.copyOf(groups);
        }
    }

    private ArticleGroups() {
    }

    /** Searches passages, wherever the index is (passages' own, or a cluster through its backend). */
    @FunctionalInterface
    public interface Passages {
        SearchResult search(SearchRequest request, QueryBudget budget);
    }

    public static Result search(Passages searcher, SearchRequest request, QueryBudget budget) {
        int offset = request.offset();
        long wanted = (long) offset + request.limit();
        long read = Math.max(FIRST_READ, wanted * PER_ARTICLE);
        while (true) {
            int n = (int) Math.min(Integer.MAX_VALUE, read);
            SearchResult result = searcher.search(request.withOffset(0).withLimit(n), budget);
            Map<String, List<Hit>> byArticle = new LinkedHashMap<>();
            for (Hit h : result.hits()) {
                List<Hit> passages = byArticle.computeIfAbsent(h.article(), a -> new ArrayList<>());
                if (passages.size() < PER_ARTICLE) {
                    passages.add(h);
                }
            }
            boolean allRead = result.totalExact() && n >= result.total();
            if (byArticle.size() >= wanted || allRead || result.partial() || n == Integer.MAX_VALUE) {
                List<ArticleGroup> groups = new ArrayList<>();
                int rank = 0;
                for (Map.Entry<String, List<Hit>> e : byArticle.entrySet()) {
                    rank++;
                    if (rank > offset && groups.size() < request.limit()) {
                        groups.add(new ArticleGroup(rank, e.getKey(), e.getValue()));
                    }
                }
                return new Result(result, groups);
            }
            read *= 4;
        }
    }
}
