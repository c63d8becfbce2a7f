package dev.passages.index;

import dev.passages.corpus.Article;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index check: articles written as blocks are sound, paragraphs out of their block are damage. */
class IndexCheckTest {

    private static List<Document> article(String id) {
        return Schema.documents(new Article(id, id + ".txt", "A title", LocalDate.of(2024, 1, 1), null, null,
                List.of("One.", "Two.", "Three.")), "1", null, "h");
    }

    @Test
    void articlesWrittenAsBlocksAreSound(@TempDir Path dir) throws Exception {
        List<Document> docs = new ArrayList<>(article("a"));
        docs.addAll(article("b"));
        HandMadeIndex.write(dir, docs, dir);
        assertThat(IndexCheck.run(dir).sound()).isTrue();
    }

    /** The title of a later paragraph is found through the block layout: an index without it is damaged. */
    @Test
    void paragraphsOutOfTheirBlockAreDamage(@TempDir Path dir) throws Exception {
        List<Document> a = article("a");
        List<Document> b = article("b");
        HandMadeIndex.write(dir, List.of(a.get(0), b.get(0), a.get(1), a.get(2), b.get(1), b.get(2)), dir);
        IndexCheck.Result r = IndexCheck.run(dir);
        assertThat(r.sound()).isFalse();
        assertThat(r.line()).contains("paragraph 2 of article a does not follow paragraph 1");
    }
}
