package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.IntField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds whole articles, or a paragraph with its neighbours, by the ids search prints: the ids are checked and
 * windows cut here, over any store of articles (passages' own index, or a cluster through its backend).
 */
public final class ArticleLookup {

    private static final Sort PARAGRAPH_ORDER = new Sort(
            IntField.newSortField(Schema.PARAGRAPH, false, SortedNumericSelector.Type.MIN), SortField.FIELD_DOC);

    /** Reads one article whole by its id; null when the store has none. */
    @FunctionalInterface
    public interface Reader {
        ArticleView read(String articleId);
    }

    private final Reader reader;

    /** Articles of passages' own index. */
    public ArticleLookup(PassageSearcher searcher) {
        this(id -> read(searcher, id));
    }

    /** Articles of whatever {@code reader} reads. */
    public ArticleLookup(Reader reader) {
        this.reader = reader;
    }

    /**
     * The article with id {@code id}; else, when {@code id} is a paragraph id ({@code ARTICLE#N}), that
     * paragraph's article. A usage error naming {@code id} when there is neither.
     */
    public ArticleView article(String id) {
        ArticleView whole = reader.read(id);
        if (whole == null) {
            int hash = id.lastIndexOf('#');
            if (Schema.paragraphQuery(id) != null) {
                whole = reader.read(id.substring(0, hash));
                if (whole != null && Integer.parseInt(id.substring(hash + 1)) > whole.paragraphCount()) {
                    throw noParagraph(id); // as show says of it: the article has no such paragraph
                }
            }
        }
        if (whole == null) {
            throw new PassagesException(PassagesException.Kind.USAGE, "no article with id '" + id
                    + "' (ids are the article field of search output, or a paragraph id <article>#<n>)");
        }
        return whole;
    }

    /**
     * Paragraph {@code id} ({@code ARTICLE#N}, as search prints it) with up to {@code context} paragraphs of its
     * article before and after it. A usage error naming {@code id} when the index has no such paragraph.
     */
    public ArticleView paragraph(String id, int context) {
        int hash = id.lastIndexOf('#');
        ArticleView whole = Schema.paragraphQuery(id) == null ? null : reader.read(id.substring(0, hash));
        int number = whole == null ? 0 : Integer.parseInt(id.substring(hash + 1));
        if (whole == null || number > whole.paragraphCount()) {
            throw noParagraph(id);
        }
        long first = Math.max(1L, (long) number - context);
        long last = Math.min(whole.paragraphCount(), (long) number + context);
        return whole.window((int) first, (int) last);
    }

    /** The article {@code articleId} of {@code searcher}'s index with all its paragraphs in order, or null when it has none. */
    public static ArticleView read(PassageSearcher searcher, String articleId) {
        return searcher.checked(() -> {
            try {
                IndexSearcher index = searcher.indexSearcher();
                Query query = new TermQuery(new Term(Schema.ARTICLE, articleId));
                int n = index.count(query);
                if (n == 0) {
                    return null;
                }
                TopDocs docs = index.search(query, n, PARAGRAPH_ORDER);
                org.apache.lucene.index.StoredFields stored = index.storedFields();
                List<Hit> paragraphs = new ArrayList<>(docs.scoreDocs.length);
                for (ScoreDoc d : docs.scoreDocs) {
                    Hit h = searcher.hit(stored, 1, d.doc, null, List.of());
                    paragraphs.add(new Hit(h.paragraph(), h.id(), h.article(), h.paragraph(), h.title(), h.source(),
                            h.url(), h.byline(), h.date(), null, h.text(), List.of(), h.speakers(), List.of()));
                }
                return of(articleId, paragraphs);
            } catch (IOException e) {
                throw searcher.damaged("reading", e);
            }
        });
    }

    /** The article {@code articleId} made of its {@code paragraphs} (at least one, in order), metadata from the first. */
    public static ArticleView of(String articleId, List<Hit> paragraphs) {
        Hit first = paragraphs.get(0);
        int count = paragraphs.get(paragraphs.size() - 1).paragraph();
        return new ArticleView(articleId, first.title(), first.date(), first.source(), first.url(), first.byline(), count,
                paragraphs);
    }

    /** The usage error of a paragraph id the index does not have. */
    public static PassagesException noParagraph(String id) {
        return new PassagesException(PassagesException.Kind.USAGE, "no paragraph with id '" + id
                + "' (ids look like <article>#<n>, as search prints them)");
    }
}
