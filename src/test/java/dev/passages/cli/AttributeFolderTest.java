package dev.passages.cli;

import dev.passages.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** attribute over a folder reads it article by article as index lists it; a path that is neither file nor folder is one line. */
class AttributeFolderTest extends HomeFixture {

    @Test
    void aFolderIsReadArticleByArticleAsIndexListsIt() throws Exception {
        TestFiles.folder(home.resolve("news"), Map.of(
                "a.txt", "Date: 2023-11-20\n\nMinister Amal Rahimi said the border would reopen.\n",
                "sub/b.txt", "Date: 2023-11-21\n\n\u201cNot yet,\u201d said Tom Reed.\n",
                "README.md", "About these articles.\n"));
        CliRun r = run("attribute", home.resolve("news").toString(), "--format", "jsonl");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out()).contains("\"article\":\"a\"").contains("Amal Rahimi")
                .contains("\"article\":\"sub/b\"").contains("Tom Reed");
    }

    @Test
    void aLinkOutOfTheFolderIsSkippedWithAWarningAndExitCode3() throws Exception {
        Path news = TestFiles.folder(home.resolve("news"), Map.of(
                "a.txt", "Date: 2023-11-20\n\nMinister Amal Rahimi said the border would reopen.\n"));
        Path outside = Files.writeString(home.resolve("outside.txt"), "Date: 2023-11-21\n\nTom Reed said no.\n");
        Files.createSymbolicLink(news.resolve("b.txt"), outside);
        CliRun r = run("attribute", news.toString(), "--format", "jsonl");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("Amal Rahimi").doesNotContain("Tom Reed");
        assertThat(r.err()).contains("b.txt: skipped: symbolic link to");
    }

    @Test
    void aMalformedLineOfJsonLinesIsSkippedWithAWarningAndExitCode3() throws Exception {
        Path wire = Files.writeString(home.resolve("wire.jsonl"),
                "{\"body\":\"Tom Reed said the port would reopen.\",\"date\":\"2023-11-20\"}\nnot json\n");
        CliRun r = run("attribute", wire.toString(), "--format", "jsonl");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("Tom Reed");
        assertThat(r.err()).contains("line 2: skipped: malformed JSON");
    }

    @Test
    void aPathThatIsNeitherFileNorFolderIsOneLine() {
        CliRun r = run("attribute", home.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("missing: no such file or folder\n");
    }

    @Test
    void aPipeIsNamedForWhatItIsNotCalledMissing() throws Exception {
        java.nio.file.Path fifo = home.resolve("queue.txt");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
        }
        CliRun r = run("attribute", fifo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("queue.txt: not a file or folder (a device, pipe or socket is not read)\n");
    }
}
