package dev.passages.search;

import java.util.List;

/**
 * One article of a grouped search: its rank among articles (by its best passage), and its best passages in
 * their ranked order (the first is the best; each keeps its rank among all passages).
 */
public record ArticleGroup(int rank, String article, List<Hit> passages) {

    public ArticleGroup {
        passages = List.copyOf(passages);
    }

    /** The article's best passage: it ranks the article and carries its title, date, source and url. */
    public Hit best() {
        return passages.get(0);
    }
}
