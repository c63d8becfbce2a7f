package dev.passages.cli;

import dev.passages.TestCorpus;
import dev.passages.attribution.Attributor;
import dev.passages.index.Indexer;
import dev.passages.search.PassageSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon's warm-up runs searches of the index's own words, within its bounds, and stops when told. */
class WarmupCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsItsQueriesOverTheIndexsOwnWordsAndStopsWhenTold() throws Exception {
        Path index = dir.resolve("index");
        new Indexer(index, true, w -> { }, 1, new Attributor()).run(TestCorpus.FROZEN);
        try (PassageSearcher searcher = new PassageSearcher(index)) {
            assertThat(searcher.frequentWords(5)).hasSize(5).allMatch(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter));
            assertThat(WarmupCommand.exercise(searcher, 60, 60_000, () -> false)).isEqualTo(60);
            AtomicInteger asked = new AtomicInteger();
            assertThat(WarmupCommand.exercise(searcher, 60, 60_000, () -> asked.incrementAndGet() > 10)).isEqualTo(10);
            assertThat(WarmupCommand.exercise(searcher, 60, 0, () -> false)).isZero();
        }
    }
}
