package dev.passages.cli;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passages index} with and without a folder, {@code --forget}, and {@code check} listing the sources. */
class IndexSourcesCommandTest extends HomeFixture {

    Path mine;
    String index;

    @BeforeEach
    void folders() throws Exception {
        TestCorpus.copyAll(home.resolve("corpus"));
        mine = Files.createDirectories(home.resolve("mine"));
        for (int i = 1; i <= 10; i++) {
            Files.writeString(mine.resolve("note-" + i + ".txt"), "Title: Note " + i + "\nDate: 2024-02-0" + (i % 9 + 1)
                    + "\n\nMy own note number " + i + " on the quarry.\n");
        }
        index = home.resolve("myidx").toString();
    }

    @Test
    void aForgottenFolderRefreshesTheIndexsOwnSourcesRatherThanReplacingThem() {
        assertThat(run("index", mine.toString(), "--index", index, "-q").code()).isZero();
        CliRun again = run("index", "--index", index);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("0 added, 0 updated, 0 removed, 10 unchanged");
        assertThat(run("search", "quarry", "--index", index, "--count").out().trim()).isEqualTo("10");
        assertThat(run("search", "hideouts", "--index", index, "--count").out().trim()).isEqualTo("0");
    }

    @Test
    void aNamedIndexThatRecordsNoFolderAsksForOne() {
        CliRun r = run("index", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("records no corpus folder").contains("passages index DIR"));
        assertThat(Path.of(index)).doesNotExist();
    }

    @Test
    void theDefaultIndexWithNoFolderIndexesTheCorpusFolderThenRefreshesWhatItRecords() throws Exception {
        CliRun first = run("index");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("31 added");
        assertThat(run("index", mine.toString(), "-q").code()).isZero();
        CliRun refresh = run("index");
        assertThat(refresh.err()).contains("0 removed, 41 unchanged");
        CliRun check = run("check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("2 sources")
                .contains("source " + home.resolve("corpus").toRealPath() + ": 31 articles")
                .contains("source " + mine.toRealPath() + ": 10 articles, 10 paragraphs; ids mine/...");
    }

    @Test
    void forgetRemovesOneSourceAndCheckShowsTheRest() throws Exception {
        run("index", home.resolve("corpus").toString(), "--index", index, "-q");
        run("index", mine.toString(), "--index", index, "-q");
        CliRun forget = run("index", "--forget", mine.toString(), "--index", index);
        assertThat(forget.code()).as(forget.err()).isZero();
        assertThat(forget.err()).contains("forgot").contains("10 files removed");
        assertThat(run("search", "quarry", "--index", index, "--count").out().trim()).isEqualTo("0");
        CliRun check = run("check", "--index", index);
        assertThat(check.out()).contains("1 source").doesNotContain(mine.toString());
        CliRun unknown = run("index", "--forget", mine.toString(), "--index", index);
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("is not a source");
    }

    @Test
    void aMissingSourceFolderKeepsItsArticlesAndExitsThree() throws Exception {
        run("index", home.resolve("corpus").toString(), "--index", index, "-q");
        run("index", mine.toString(), "--index", index, "-q");
        Files.move(mine, home.resolve("elsewhere"));
        CliRun r = run("index", "--index", index);
        assertThat(r.code()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(r.err()).contains("warning: source folder " + mine + " is missing; its articles stay in the index")
                .contains("0 removed");
        assertThat(run("search", "quarry", "--index", index, "--count").out().trim()).isEqualTo("10");
        assertThat(run("check", "--index", index).out()).contains("(folder missing)");
        CliRun rebuild = run("index", "--rebuild", "--index", index);
        assertThat(rebuild.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rebuild.err()).contains("--forget " + mine);
        assertThat(run("search", "quarry", "--index", index, "--count").out().trim()).isEqualTo("10");
    }

    @Test
    void aDefaultIndexOfAnotherSchemaIsRebuiltFromEveryFolderItRecords() throws Exception {
        assertThat(run("index", "-q").code()).isZero();
        assertThat(run("index", mine.toString(), "-q").code()).isZero();
        Path defaultIndex = home.resolve("index");
        try (var d = org.apache.lucene.store.FSDirectory.open(defaultIndex);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            Map<String, String> data = new java.util.HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(dev.passages.index.Schema.VERSION_KEY, "0");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        CliRun r = run("search", "quarry", "--count");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("rebuilding it from").contains(mine.toRealPath().toString()).contains("41 added");
        assertThat(r.out().trim()).isEqualTo("10");
    }
}
