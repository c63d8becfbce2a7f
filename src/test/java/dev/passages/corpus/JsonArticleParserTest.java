package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON collections: a JSON Lines file is read line by line, a bad line skipped alone; a JSON document all or nothing. */
class JsonArticleParserTest {

    private static final String ONE_BAD_LINE = """
            {"title":"L1","body":"Line one."}
            {broken
            {"title":"L3","body":"Line three."}
            """;

    private static FileArticles read(String name, String text, List<String> warnings) throws UnreadableFileException {
        CorpusFiles.Entry entry = new CorpusFiles.Entry(Path.of(name), name, CorpusFiles.kindOf(Path.of(name)));
        return ArticleReader.read(entry, text.getBytes(StandardCharsets.UTF_8), warnings::add);
    }

    @Test
    void aMalformedLineOfJsonLinesIsSkippedWithAWarningNamingItAndTheOtherLinesRead() throws Exception {
        for (String name : List.of("a.jsonl", "a.ndjson")) {
            List<String> warnings = new ArrayList<>();
            FileArticles read = read(name, ONE_BAD_LINE, warnings);
            assertThat(read.articles()).extracting(Article::title).as(name).containsExactly("L1", "L3");
            assertThat(read.articles()).extracting(Article::id).as(name).containsExactly("a/1", "a/3");
            assertThat(read.recordsSkipped()).as(name).isEqualTo(1);
            assertThat(warnings).as(name).filteredOn(w -> w.startsWith("line "))
                    .singleElement().asString().startsWith("line 2: skipped: malformed JSON: ").doesNotContain("\n");
        }
    }

    @Test
    void theSourceLosesTerminalEscapesAndEntitiesAsTheBylineDoes() throws Exception {
        List<Article> articles = JsonArticleParser.parse("w", "w.json", """
                [{"title":"T","body":"Body text.","date":"2023-05-02","source":"Out\\u001b[5mlet &amp; Co","author":"Jo\\u001b[1mhn"},
                 {"title":"U","body":"Body text.","date":"2023-05-02","source":" \\u0007 "}]
                """, w -> { });
        assertThat(articles.get(0).byline()).isEqualTo("John");
        assertThat(articles.get(0).source()).isEqualTo("Outlet & Co");
        assertThat(articles.get(1).source()).isNull();
    }

    @Test
    void aJsonDocumentWithAMalformedPartIsUnreadableWhole() {
        assertThatThrownBy(() -> read("a.json", ONE_BAD_LINE, new ArrayList<>()))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("malformed JSON: ")
                .hasMessageEndingWith(" at line 2");
        // nor does it warn of a record read before the fault: none of them is indexed
        List<String> warnings = new ArrayList<>();
        assertThatThrownBy(() -> JsonArticleParser.parse("bad", "bad.json", "[{\"body\":\"Undated text.\"}, {broken", warnings::add))
                .isInstanceOf(UnreadableFileException.class);
        assertThat(warnings).isEmpty();
    }

    @Test
    void blankLinesAreNoRecordsAndALineOfOtherJsonIsSkipped() throws Exception {
        List<String> warnings = new ArrayList<>();
        FileArticles read = JsonArticleParser.parseLines("w", "w.jsonl", """
                {"id":"x","title":"One","body":"First.","date":"2024-03-02"}

                [1, 2]
                {"title":"Two","body":"Second.","date":"2024-03-03"} {"title":"Three","body":"Third."}
                {"title":"Four","body":"Fourth.","date":"2024-03-04"}
                """, warnings::add);
        assertThat(read.articles()).extracting(Article::id).containsExactly("w/x", "w/4");
        assertThat(read.recordsSkipped()).isEqualTo(2);
        assertThat(warnings).containsExactly("line 3: skipped: not a JSON object",
                "line 4: skipped: more than one JSON value on the line");
    }

    @Test
    void aFileOfWhichNoLineCanBeReadIsUnreadableForItsFirstLine() {
        assertThatThrownBy(() -> JsonArticleParser.parseLines("w", "w.jsonl", "\n{broken\nnot json either\n", w -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("malformed JSON: ")
                .hasMessageEndingWith(" at line 2");
    }

    @Test
    void aJsonDocumentUnderAJsonLinesNameIsReadWhole() throws Exception {
        String array = "[\n  {\"title\": \"A1\", \"body\": \"One.\"},\n  {\"title\": \"A2\", \"body\": \"Two.\"}\n]\n";
        String spread = "{\n  \"title\": \"S1\",\n  \"body\": \"One.\"\n}\n{\n  \"title\": \"S2\",\n  \"body\": \"Two.\"\n}\n";
        assertThat(JsonArticleParser.parseLines("w", "w.jsonl", array, w -> { }).articles())
                .extracting(Article::title).containsExactly("A1", "A2");
        assertThat(JsonArticleParser.parseLines("w", "w.jsonl", spread, w -> { }).articles())
                .extracting(Article::title).containsExactly("S1", "S2");
    }

    @Test
    void manyBadLinesAreCountedInOneWarningAfterTheFirstOnes() throws Exception {
        StringBuilder text = new StringBuilder("{\"title\":\"Kept\",\"body\":\"Kept.\",\"date\":\"2024-03-02\"}\n");
        int bad = JsonArticleParser.LINE_WARNINGS + 5;
        text.append("{broken\n".repeat(bad));
        List<String> warnings = new ArrayList<>();
        FileArticles read = JsonArticleParser.parseLines("w", "w.jsonl", text.toString(), warnings::add);
        assertThat(read.articles()).hasSize(1);
        assertThat(read.recordsSkipped()).isEqualTo(bad);
        assertThat(warnings).hasSize(JsonArticleParser.LINE_WARNINGS + 1)
                .last().isEqualTo("5 more unreadable lines skipped (the last at line " + (bad + 1) + ")");
    }
}
