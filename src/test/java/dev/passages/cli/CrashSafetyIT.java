package dev.passages.cli;

import dev.passages.index.IndexCheck;
import dev.passages.index.Indexer;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An index run killed with SIGKILL at any moment leaves the last commit searchable; the next run completes it. */
class CrashSafetyIT {

    private static final int FIRST = 100;
    private static final int ALL = 700;
    private static final int PARAGRAPHS = 25;

    @TempDir
    Path tmp;

    private static long count(Path index) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.count(SearchRequest.of("discussed"));
        }
    }

    private static List<String> ids(Path index) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            List<String> ids = new ArrayList<>();
            s.search(new SearchRequest("discussed", List.of(), null, null, dev.passages.search.SortOrder.CHRONOLOGICAL,
                    ALL * PARAGRAPHS)).hits().forEach(h -> ids.add(h.id()));
            ids.sort(null);
            return ids;
        }
    }

    /**
     * The corpus of {@link #FIRST} articles indexed into {@code index}, then the rest of {@link #ALL} added to it,
     * for a run to index.
     */
    private void indexedThenGrown(Path corpus, Path index) throws Exception {
        ProcessHarness.writeCorpus(corpus, 0, FIRST, PARAGRAPHS);
        new Indexer(index, true, w -> { }).run(corpus);
        ProcessHarness.writeCorpus(corpus, FIRST, ALL - FIRST, PARAGRAPHS);
    }

    @Test
    void killNineAtSeveralPointsLosesNothingCommitted() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        indexedThenGrown(corpus, index);
        long committed = count(index);
        assertThat(committed).isEqualTo((long) FIRST * PARAGRAPHS);

        int interrupted = 0;
        for (long delayMs : new long[] {150, 600, 1200, 2000, 3000}) {
            Process p = ProcessHarness.start(tmp.resolve("log-" + delayMs), "index", corpus.toString(), "--index", index.toString());
            Thread.sleep(delayMs);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long now = count(index);
            assertThat(now).as("after kill at %d ms", delayMs).isIn(committed, (long) ALL * PARAGRAPHS);
            assertThat(IndexCheck.run(index).sound()).as("check after kill at %d ms", delayMs).isTrue();
            interrupted += now == committed ? 1 : 0;
            committed = now;
        }
        System.out.println("crash safety: " + interrupted + " of 5 kills interrupted a run before its commit");
        assertThat(interrupted).as("kills that landed before the commit").isPositive();

        new Indexer(index, false, w -> { }).run(corpus);
        Path clean = tmp.resolve("clean");
        new Indexer(clean, true, w -> { }).run(corpus);
        assertThat(count(index)).isEqualTo((long) ALL * PARAGRAPHS);
        assertThat(ids(index)).isEqualTo(ids(clean));
    }

    @Test
    void aRunEndedByASignalSaysWhereItLeavesTheIndex() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        indexedThenGrown(corpus, index);
        int said = 0;
        for (long delayMs : new long[] {800, 1500, 2200}) {
            long before = count(index);
            Path log = tmp.resolve("log-term-" + delayMs);
            Process p = ProcessHarness.start(log, "index", corpus.toString(), "--index", index.toString(), "--rebuild");
            Thread.sleep(delayMs);
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // a signal before the run began (the JVM starting) ends it with nothing to say; once begun, the line is said
            if (java.nio.file.Files.readString(log)
                    .contains("passages: index run interrupted; the index at " + index + " keeps its last commit")) {
                said++;
                assertThat(count(index)).as("after the signal at %d ms", delayMs).isEqualTo(before);
            }
        }
        assertThat(said).as("runs the signal ended part way, saying so").isPositive();
    }
}
