package dev.passages.cli;

import dev.passages.index.IndexLock;
import dev.passages.index.IndexPaths;
import dev.passages.index.Indexer;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches during an index run see the old or the new commit; a second index run is refused at once. */
class ConcurrencyIT {

    @TempDir
    Path tmp;

    private static boolean writerHolds(Path index) throws Exception {
        try (FSDirectory dir = FSDirectory.open(index); Lock lock = dir.obtainLock("write.lock")) {
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        }
    }

    @Test
    void searchesDuringIndexingSeeOneCommitAndASecondIndexerIsRefused() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        ProcessHarness.writeCorpus(corpus, 0, 100, 20);
        new Indexer(index, true, w -> { }).run(corpus);
        long before;
        try (PassageSearcher s = new PassageSearcher(index)) {
            before = s.count(SearchRequest.of("discussed"));
        }
        ProcessHarness.writeCorpus(corpus, 100, 600, 20);
        long after = 700L * 20;

        Process p = ProcessHarness.start(tmp.resolve("log"), "index", corpus.toString(), "--index", index.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!writerHolds(index) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("indexer still running when its lock is seen").isTrue();

        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"index", corpus.toString(), "--index", index.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), new Environment(Map.of()));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("being updated by another process").doesNotContain("Exception");
        assertThat(err.toString().strip().lines()).hasSize(1);

        int searches = 0;
        while (p.isAlive()) {
            try (PassageSearcher s = new PassageSearcher(index)) {
                assertThat(s.count(SearchRequest.of("discussed"))).isIn(before, after);
            }
            searches++;
        }
        assertThat(p.waitFor()).isZero();
        assertThat(searches).isPositive();
        try (PassageSearcher s = new PassageSearcher(index)) {
            assertThat(s.count(SearchRequest.of("discussed"))).isEqualTo(after);
        }
    }

    @Test
    void searchAndCheckDuringAFirstIndexRunSayTheIndexIsBeingUpdatedNotMissing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(Path.of("/proc/locks")),
                "the kernel's lock table is Linux's");
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        ProcessHarness.writeCorpus(corpus, 0, 800, 20);
        Process p = ProcessHarness.start(tmp.resolve("log"), "index", corpus.toString(), "--index", index.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        // the lock is watched in the kernel's table: taking it to see would fail the run if it started meanwhile
        while (!IndexLock.held(index) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("indexer still running when its lock is seen").isTrue();

        StringWriter searchErr = new StringWriter();
        int search = Main.run(new String[] {"search", "discussed", "--index", index.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(searchErr), new Environment(Map.of()));
        StringWriter checkErr = new StringWriter();
        int check = Main.run(new String[] {"check", "--index", index.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(checkErr), new Environment(Map.of()));
        org.junit.jupiter.api.Assumptions.assumeFalse(IndexPaths.exists(index), "the index run committed before the searches ended");

        assertThat(search).isEqualTo(ExitCodes.USAGE);
        assertThat(searchErr.toString()).isEqualTo("passages: index at " + index
                + " is being updated by another process; try again when it is done\n");
        assertThat(check).isEqualTo(ExitCodes.USAGE);
        assertThat(checkErr.toString()).isEqualTo("passages: index at " + index
                + " is being updated by another process; check it when that is done\n");
        assertThat(p.waitFor()).isZero();
        try (PassageSearcher s = new PassageSearcher(index)) {
            assertThat(s.count(SearchRequest.of("discussed"))).isEqualTo(800L * 20);
        }
    }
}
