package dev.passages.index;

import dev.passages.corpus.Article;
import dev.passages.corpus.CorpusFiles;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files and records whose ids would be one get distinct ids, with a warning; check catches a clash. */
class ArticleIdClashTest extends CorpusFolderFixture {

    private static String article(String title, String body) {
        return "Title: " + title + "\nDate: 2023-11-20\n\n" + body + "\n";
    }

    private IndexSummary run(int threads) {
        return new Indexer(index, false, warnings::add, threads).run(corpus);
    }

    @Test
    void aTxtAndATextOfOneNameAreTwoArticles() throws Exception {
        write("a.txt", article("Plain", "The txt file speaks of harbours."));
        write("a.text", article("Other", "The text file speaks of harbours."));
        IndexSummary s = run(2);
        assertThat(s.added()).isEqualTo(2);
        // in the order of the list: a.text before a.txt
        assertThat(ids("harbours")).containsExactly("a#1", "a@2#1");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("a.txt: article id a is taken by a.text")
                .endsWith("indexed as a@2"));
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void aFileAndACollectionRecordOfOneIdAreTwoArticles() throws Exception {
        write("x/1.txt", article("File", "A file about lighthouses."));
        write("x.json", "[{\"id\": \"1\", \"title\": \"Record\", \"date\": \"2023-11-20\", \"body\": \"A record about lighthouses.\"}]");
        run(2);
        assertThat(ids("lighthouses")).containsExactly("x/1#1", "x/1@2#1");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("x/1.txt: article id x/1 is taken by x.json"));
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void twoRecordsOfOneIdAreTwoArticles() throws Exception {
        write("wire.jsonl", "{\"id\": \"7\", \"title\": \"One\", \"date\": \"2023-11-20\", \"body\": \"First story of tides.\"}\n"
                + "{\"id\": \"7\", \"title\": \"Two\", \"date\": \"2023-11-20\", \"body\": \"Second story of tides.\"}\n");
        run(2);
        assertThat(ids("tides")).containsExactly("wire/7#1", "wire/7@2#1");
        try (PassageSearcher s = new PassageSearcher(index)) {
            assertThat(s.search(SearchRequest.of("id:wire/7@2#1")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.title()).isEqualTo("Two"));
        }
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("wire.jsonl: article id wire/7 is taken by another"
                + " article of this file"));
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void namesThatAreNotUtf8AndDecodeAlikeAreTwoFiles() throws Exception {
        Process p = new ProcessBuilder("sh", "-c",
                "printf 'Title: One\\n\\nFirst about canals.\\n' > \"$(printf 'n\\377.txt')\";"
                        + " printf 'Title: Two\\n\\nSecond about canals.\\n' > \"$(printf 'n\\376.txt')\"")
                .directory(corpus.toFile()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "this system cannot make such file names");
        List<CorpusFiles.Entry> listed = CorpusFiles.list(corpus, w -> { });
        assumeTrue(listed.size() == 2 && listed.get(0).relative().equals(listed.get(1).relative()),
                "this system decodes the two names differently");
        IndexSummary s = run(2);
        assertThat(s.added()).isEqualTo(2);
        assertThat(ids("canals")).hasSize(2).doesNotHaveDuplicates();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("not valid UTF-8"));
        assertThat(IndexCheck.run(index).sound()).isTrue();
        // and they stay two, unchanged, on the next run
        assertThat(run(2).unchanged()).isEqualTo(2);
        assertThat(ids("canals")).hasSize(2);
    }

    @Test
    void anArticleKeepsItsIdWhenAnotherOfTheSameIdJoinsOrItChanges() throws Exception {
        write("a.txt", article("Plain", "The txt file speaks of harbours."));
        run(2);
        write("a.text", article("Other", "The text file speaks of harbours."));
        run(2);
        assertThat(ids("txt harbours")).first().isEqualTo("a#1");
        write("a.txt", article("Plain", "The txt file speaks of harbours again."));
        IndexSummary s = run(2);
        assertThat(s.updated()).isEqualTo(1);
        try (PassageSearcher search = new PassageSearcher(index)) {
            assertThat(search.search(SearchRequest.of("id:a#1")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.title()).isEqualTo("Plain"));
            assertThat(search.search(SearchRequest.of("id:a@2#1")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.title()).isEqualTo("Other"));
        }
        assertThat(IndexCheck.run(index).sound()).isTrue();
    }

    @Test
    void idsDoNotDependOnTheNumberOfThreads() throws Exception {
        for (int i = 0; i < 60; i++) {
            write("f" + i + ".txt", article("T" + i, "Story " + i + " of estuaries."));
            write("f" + i + ".text", article("U" + i, "Other story " + i + " of estuaries."));
            write("g" + (i % 7) + ".jsonl", "{\"id\": \"1\", \"body\": \"Record " + i + " of estuaries.\"}\n".repeat(1 + i % 3));
        }
        new Indexer(index, true, warnings::add, 1).run(corpus);
        List<String> one = ids("estuaries");
        Path other = tmp.resolve("index-4");
        new Indexer(other, true, warnings::add, 4).run(corpus);
        assertThat(ids(other, "estuaries")).isEqualTo(one);
        assertThat(one).doesNotHaveDuplicates();
    }

    @Test
    void checkCallsTwoArticlesOfOneIdDamage() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (String file : List.of("a.txt", "a.text")) {
            docs.addAll(Schema.documents(new Article("a", file, "Title", LocalDate.of(2024, 1, 1), null, null,
                    List.of("One.", "Two.")), "1", null, "h"));
        }
        HandMadeIndex.write(index, docs, corpus);
        IndexCheck.Result r = IndexCheck.run(index);
        assertThat(r.sound()).isFalse();
        assertThat(r.line()).contains("damaged");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("paragraph id a#1 is not unique"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("article id a is not unique"));
    }

    @Test
    void checkListsEachSourceWithItsCounts() throws Exception {
        write("a.txt", article("Plain", "One.\n\nTwo."));
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(news.resolve("b.txt"), article("Other", "Three."));
        run(1);
        new Indexer(index, false, warnings::add, 1).run(news);
        IndexCheck.Result r = IndexCheck.run(index);
        assertThat(r.sound()).isTrue();
        assertThat(r.line()).contains("3 paragraphs, 2 articles, 2 files, 2 sources");
        assertThat(r.sources()).containsExactly(
                "source " + corpus.toRealPath() + ": 1 articles, 2 paragraphs",
                "source " + news.toRealPath() + ": 1 articles, 1 paragraphs; ids news/...");
    }
}
