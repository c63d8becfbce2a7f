package dev.passages.cli;

import dev.passages.TestCorpus;
import dev.passages.index.IndexFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The index command's folder rules as a user meets them: messages, exit codes, the default index. */
class IndexFolderCommandTest extends HomeFixture {

    Path corpus;

    @BeforeEach
    void corpus() throws Exception {
        corpus = TestCorpus.copyAll(home.resolve("corpus"));
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedInOneLineWithExitTwo() throws Exception {
        Path mine = Files.createDirectories(home.resolve("work"));
        Files.writeString(mine.resolve("_notes.md"), "notes");
        Files.writeString(mine.resolve("_2024_budget.xlsx"), "budget");
        for (String[] args : new String[][] {
            {"index", corpus.toString(), "--index", mine.toString()},
            {"index", corpus.toString(), "--index", mine.toString(), "--rebuild"},
        }) {
            CliRun r = run(args);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip().lines()).singleElement().asString()
                    .isEqualTo("passages: index folder " + mine + " holds files passages did not write (e.g. _2024_budget.xlsx);"
                            + " choose an empty or new folder");
        }
        assertThat(mine.resolve("_notes.md")).hasContent("notes");
        assertThat(mine.resolve("_2024_budget.xlsx")).hasContent("budget");
        try (var files = Files.list(mine)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }

    @Test
    void theCorpusAsIndexIsRefusedAndItsFilesKept() throws Exception {
        Files.writeString(corpus.resolve("_1.txt"), "Title: One\n\nOne.\n");
        Files.writeString(corpus.resolve("segments_9.txt"), "Title: Nine\n\nNine.\n");
        CliRun r = run("index", corpus.toString(), "--index", corpus.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("passages: index folder " + corpus + " is the corpus folder; choose a folder outside it\n");
        assertThat(corpus.resolve("_1.txt")).exists();
        assertThat(corpus.resolve("segments_9.txt")).exists();
        assertThat(corpus.resolve(IndexFolder.MARKER)).doesNotExist();
        CliRun inside = run("index", corpus.toString(), "--index", corpus.resolve("idx").toString());
        assertThat(inside.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(inside.err()).contains("is inside the corpus folder");
    }

    @Test
    void searchingAFolderWithAFileNamedLikeACommitSaysThereIsNoIndex() throws Exception {
        Files.writeString(corpus.resolve("segments_9.txt"), "Title: Nine\n\nNine.\n");
        CliRun r = run("search", "nine", "--index", corpus.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("passages: no index at " + corpus).doesNotContain("internal error");
        assertThat(corpus.resolve("segments_9.txt")).exists();
    }

    @Test
    void aFileOrAFolderOfOtherFilesGivenAsTheIndexIsNotOfferedAsAPlaceToBuildOne() throws Exception {
        Path file = Files.writeString(home.resolve("queries.txt"), "refugees\n");
        CliRun onFile = run("search", "refugees", "--index", file.toString());
        assertThat(onFile.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(onFile.err()).isEqualTo("passages: no index at " + file
                + " (a file, not a folder); give --index the folder an index was built in\n");
        CliRun onCorpus = run("check", "--index", corpus.toString());
        assertThat(onCorpus.err()).contains("(a folder of other files)").doesNotContain("--index " + corpus);
        Path empty = Files.createDirectories(home.resolve("new-index"));
        assertThat(run("search", "x", "--index", empty.toString()).err()).contains("build one with: passages index");
    }

    @Test
    void theDefaultIndexFolderWithItsReadmeIsBuiltByTheFirstSearch() throws Exception {
        Path index = Files.createDirectories(home.resolve("index"));
        Files.writeString(index.resolve("README.md"), "The default index of `passages` is written here.\n");
        CliRun r = run("search", "TTP", "hideouts");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("no index yet").contains("31 added");
        assertThat(r.out()).contains("000_13c3e290747b6afd#9");
        assertThat(index.resolve("README.md")).hasContent("The default index of `passages` is written here.");
        assertThat(index.resolve(IndexFolder.MARKER)).exists();
    }

    @Test
    void aDefaultIndexFolderHoldingOtherFilesIsNotWrittenBySearch() throws Exception {
        Path index = Files.createDirectories(home.resolve("index"));
        Files.writeString(index.resolve("_draft.txt"), "mine");
        CliRun r = run("search", "TTP", "hideouts");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("index folder " + index + " holds files passages did not write (e.g. _draft.txt)");
        try (var files = Files.list(index)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("_draft.txt");
        }
    }

    @Test
    void aLinkToASystemFileIsNotIndexedUnlessAsked() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), "Title: Secret\n\nroot:x:0:0:zqxjkv:/root:/bin/bash\n");
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), secret);
        String index = home.resolve("idx").toString();
        CliRun r = run("index", corpus.toString(), "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("passages: warning: passwd.txt: skipped: symbolic link to " + secret.toRealPath()
                + ", outside the corpus folder (--follow-symlinks follows it)");
        assertThat(run("search", "zqxjkv", "--index", index).code()).isEqualTo(ExitCodes.NO_HITS);
        assertThat(run("index", corpus.toString(), "--index", index, "--follow-symlinks").code()).isEqualTo(ExitCodes.OK);
        assertThat(run("search", "zqxjkv", "--index", index).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void etcPasswdLinkedIntoACorpusIsNotIndexed() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(passwd));
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), passwd);
        String index = home.resolve("idx").toString();
        assertThat(run("index", corpus.toString(), "--index", index).code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(run("search", "root", "--index", index).code()).isEqualTo(ExitCodes.NO_HITS);
        assertThat(run("search", "passwd", "--index", index).code()).isEqualTo(ExitCodes.NO_HITS);
    }

    @Test
    void aLinkedFolderWhoseTargetVanishedGivesExitThreeAndKeepsItsArticles() throws Exception {
        Path drive = Files.createDirectories(home.resolve("drive"));
        Files.writeString(drive.resolve("d.txt"), "Title: Drive\n\nQuixotic zqxfoo words.\n");
        Files.createSymbolicLink(corpus.resolve("mounted"), drive);
        String index = home.resolve("idx").toString();
        assertThat(run("index", corpus.toString(), "--index", index, "--follow-symlinks").code()).isEqualTo(ExitCodes.OK);
        Files.delete(drive.resolve("d.txt"));
        Files.delete(drive);
        CliRun r = run("index", corpus.toString(), "--index", index, "--follow-symlinks");
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("passages: warning: mounted: cannot be read (no such file (broken link?));"
                + " its 1 indexed file stays in the index").contains("0 removed");
        assertThat(run("search", "zqxfoo", "--index", index).code()).isEqualTo(ExitCodes.OK);
        assertThat(run("check", "--index", index).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void helpNamesTheFolderRulesAndTheirOptions() {
        CliRun r = run("index", "--help");
        assertThat(r.out()).contains("--follow-symlinks").contains("--shared-index").contains(IndexFolder.MARKER)
                .contains("owner-only");
    }
}
