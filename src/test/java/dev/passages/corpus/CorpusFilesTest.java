package dev.passages.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing a corpus folder: articles sorted, docs and hidden files passed over, link loops reported, ids from relative paths. */
class CorpusFilesTest {

    @Test
    void listsArticlesSortedAndPassesOverDocsAndHiddenFiles(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("b.txt"), "B");
        Files.createDirectories(root.resolve("sub/deeper"));
        Files.writeString(root.resolve("sub/deeper/a.txt"), "A");
        Files.writeString(root.resolve("README.md"), "docs");
        Files.writeString(root.resolve("LICENSE-conversion"), "MIT");
        Files.writeString(root.resolve(".hidden.txt"), "h");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/x.txt"), "x");
        Files.write(root.resolve("photo.png"), new byte[] {1, 2});
        List<CorpusFiles.Entry> entries = CorpusFiles.list(root, p -> { });
        assertThat(entries).extracting(CorpusFiles.Entry::relative).containsExactly("b.txt", "photo.png", "sub/deeper/a.txt");
        assertThat(entries).extracting(CorpusFiles.Entry::kind)
                .containsExactly(CorpusFiles.Kind.TEXT, CorpusFiles.Kind.UNSUPPORTED, CorpusFiles.Kind.TEXT);
    }

    @Test
    void anArticleIdHoldsNoHashWhichBeginsAParagraphsNumber() throws Exception {
        assertThat(CorpusFiles.articleId("notes/a#2.txt")).isEqualTo("notes/a%232");
        List<Article> records = JsonArticleParser.parse("j", "j.json",
                "[{\"id\":\"x\",\"body\":\"One.\\n\\nTwo.\"},{\"id\":\"x#2\",\"body\":\"Other.\"}]", w -> { });
        assertThat(records).extracting(Article::id).containsExactly("j/x", "j/x%232");
    }

    @Test
    void onlyAFolderOwnPapersArePassedOverNotArticlesWhoseNameBeginsWithTheirWord() {
        assertThat(List.of("README.md", "README", "readme.txt", "Readme.txt", "LICENSE-conversion", "license.txt",
                "COPYING", "NOTICE.txt", "CHANGELOG_2023.txt", "LICENCE"))
                .allMatch(n -> CorpusFiles.isDocumentation(Path.of(n)));
        assertThat(List.of("notice-to-quit.txt", "licensed-drivers.txt", "copying-machines.txt", "readmeeting.txt",
                "changelog-of-the-law.txt", "news.txt")).noneMatch(n -> CorpusFiles.isDocumentation(Path.of(n)));
    }

    @Test
    void symlinkLoopIsReportedNotFollowedForever(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("d"));
        Files.writeString(root.resolve("d/a.txt"), "A");
        Files.createSymbolicLink(root.resolve("d/loop"), root.resolve("d"));
        List<String> problems = new ArrayList<>();
        List<CorpusFiles.Entry> entries = CorpusFiles.list(root, problems::add);
        assertThat(entries).extracting(CorpusFiles.Entry::relative).containsExactly("d/a.txt");
        assertThat(problems).singleElement().asString().contains("d/loop").contains("loop");
    }

    @Test
    void aPipeInTheFolderIsReportedNotLeftOutUnsaid(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.txt"), "A");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    new ProcessBuilder("mkfifo", root.resolve("queue.txt").toString()).start().waitFor() == 0);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
        }
        List<String> problems = new ArrayList<>();
        List<CorpusFiles.Entry> entries = CorpusFiles.list(root, problems::add);
        assertThat(entries).extracting(CorpusFiles.Entry::relative).containsExactly("a.txt");
        assertThat(problems).containsExactly("queue.txt: skipped: not a file (a pipe, socket or device)");
    }

    @ParameterizedTest
    @CsvSource({"sub/2023-11-20-x.txt, sub/2023-11-20-x", "noext, noext", "a/b.json, a/b", "dir.v2/noext, dir.v2/noext"})
    void articleIdIsRelativePathWithoutExtension(String path, String id) {
        assertThat(CorpusFiles.articleId(path)).isEqualTo(id);
    }
}
