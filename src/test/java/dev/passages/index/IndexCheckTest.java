package dev.passages.index;

import dev.passages.corpus.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index check: articles written as blocks are sound, paragraphs out of their block are damage. */
class IndexCheckTest {

    private static List<Document> article(String id) {
        return Schema.documents(new Article(id, id + ".txt", "A title", LocalDate.of(2024, 1, 1), null, null,
                List.of("One.", "Two.", "Three.")), "1", null, "h");
    }

    private static void write(Path dir, List<Document> docs) throws Exception {
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.forIndexing()))) {
            w.addDocuments(docs);
            w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION,
                    Schema.SOURCES_KEY, Sources.NONE.with(dir).json()).entrySet());
            w.commit();
        }
    }

    @Test
    void articlesWrittenAsBlocksAreSound(@TempDir Path dir) throws Exception {
        List<Document> docs = new ArrayList<>(article("a"));
        docs.addAll(article("b"));
        write(dir, docs);
        assertThat(IndexCheck.run(dir).sound()).isTrue();
    }

    /** The title of a later paragraph is found through the block layout: an index without it is damaged. */
    @Test
    void paragraphsOutOfTheirBlockAreDamage(@TempDir Path dir) throws Exception {
        List<Document> a = article("a");
        List<Document> b = article("b");
        write(dir, List.of(a.get(0), b.get(0), a.get(1), a.get(2), b.get(1), b.get(2)));
        IndexCheck.Result r = IndexCheck.run(dir);
        assertThat(r.sound()).isFalse();
        assertThat(r.line()).contains("paragraph 2 of article a does not follow paragraph 1");
    }
}
