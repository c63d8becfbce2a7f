package dev.passages.index;

import dev.passages.corpus.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Article queries: every paragraph of an article matches what its title matches, and scores as its first paragraph does. */
class ArticleQueryTest {

    private static final List<String> TITLE_WORDS = List.of("border", "drought", "election", "budget", "flood");
    private static final List<String> TEXT_WORDS = List.of("minister", "camp", "vote", "river", "tax");

    /** Random articles in files, some files updated or deleted later, so that blocks meet deletes and merges. */
    @Test
    void everyParagraphOfAnArticleMatchesWhatItsTitleMatches() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Map<String, Article> live = new HashMap<>();
            try (Directory dir = new ByteBuffersDirectory()) {
                IndexWriterConfig config = new IndexWriterConfig(Analyzers.forSchema()).setMaxBufferedDocs(7 + random.nextInt(20));
                try (IndexWriter w = new IndexWriter(dir, config)) {
                    for (int f = 0; f < 30; f++) {
                        String file = "f" + random.nextInt(12) + ".json";
                        live.values().removeIf(a -> a.file().equals(file));
                        if (random.nextInt(6) == 0) {
                            w.deleteDocuments(new Term(Schema.FILE, Schema.fileKey("1", file)));
                            continue;
                        }
                        List<Document> docs = new ArrayList<>();
                        for (int a = 0; a < 1 + random.nextInt(4); a++) {
                            Article article = article(random, file + "-" + f + "-" + a, file);
                            live.put(article.id(), article);
                            docs.addAll(Schema.documents(article, "1", null, "h"));
                        }
                        w.updateDocuments(new Term(Schema.FILE, Schema.fileKey("1", file)), docs);
                    }
                    if (seed % 2 == 0) {
                        w.forceMerge(1);
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    for (String t : TITLE_WORDS) {
                        Query title = new ArticleQuery(new TermQuery(new Term(Schema.TITLE, t)));
                        assertThat(ids(searcher, title)).as("seed %d title:%s", seed, t)
                                .isEqualTo(expected(live, a -> a.title().contains(t), p -> true));
                        for (String x : TEXT_WORDS) {
                            Query both = new BooleanQuery.Builder()
                                    .add(new TermQuery(new Term(Schema.TEXT, x)), BooleanClause.Occur.MUST)
                                    .add(title, BooleanClause.Occur.MUST).build();
                            assertThat(ids(searcher, both)).as("seed %d %s AND title:%s", seed, x, t)
                                    .isEqualTo(expected(live, a -> a.title().contains(t), p -> p.contains(x)));
                            Query without = new BooleanQuery.Builder()
                                    .add(new TermQuery(new Term(Schema.TEXT, x)), BooleanClause.Occur.MUST)
                                    .add(title, BooleanClause.Occur.MUST_NOT).build();
                            assertThat(ids(searcher, without)).as("seed %d %s -title:%s", seed, x, t)
                                    .isEqualTo(expected(live, a -> !a.title().contains(t), p -> p.contains(x)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theParagraphsOfAnArticleScoreAsItsFirstDoes() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forSchema()))) {
                w.addDocuments(Schema.documents(new Article("a", "a.txt", "Floods and floods", null, null, null,
                        List.of("one", "two", "three")), "1", null, "h"));
                w.addDocuments(Schema.documents(new Article("b", "b.txt", "Floods in the budget of a long year", null, null,
                        null, List.of("one", "two")), "1", null, "h"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] hits = searcher.search(new ArticleQuery(new TermQuery(new Term(Schema.TITLE, "flood"))), 10).scoreDocs;
                assertThat(hits).hasSize(5);
                Map<Integer, Float> byDoc = new HashMap<>();
                for (ScoreDoc h : hits) {
                    byDoc.put(h.doc, h.score);
                }
                assertThat(byDoc.get(1)).isEqualTo(byDoc.get(0)).isEqualTo(byDoc.get(2));
                assertThat(byDoc.get(4)).isEqualTo(byDoc.get(3)).isLessThan(byDoc.get(0));
                assertThat(searcher.explain(new ArticleQuery(new TermQuery(new Term(Schema.TITLE, "flood"))), 4)
                        .toString()).contains("first paragraph (document 3)");
            }
        }
    }

    private static Article article(Random random, String id, String file) {
        Set<String> title = new HashSet<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            title.add(TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())));
        }
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 1 + random.nextInt(6); p++) {
            paragraphs.add(TEXT_WORDS.get(random.nextInt(TEXT_WORDS.size())) + " and "
                    + TEXT_WORDS.get(random.nextInt(TEXT_WORDS.size())));
        }
        return new Article(id, file, String.join(" ", title), LocalDate.of(2024, 1, 1), null, null, paragraphs);
    }

    private static Set<String> expected(Map<String, Article> live, java.util.function.Predicate<Article> article,
                                        java.util.function.Predicate<String> paragraph) {
        Set<String> out = new HashSet<>();
        for (Article a : live.values()) {
            if (!article.test(a)) {
                continue;
            }
            for (int i = 0; i < a.paragraphs().size(); i++) {
                if (paragraph.test(a.paragraphs().get(i))) {
                    out.add(Schema.paragraphId(a.id(), i + 1));
                }
            }
        }
        return out;
    }

    private static Set<String> ids(IndexSearcher searcher, Query q) throws Exception {
        Set<String> out = new HashSet<>();
        for (ScoreDoc h : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
            out.add(Schema.paragraphId(searcher.storedFields().document(h.doc)));
        }
        return out;
    }
}
