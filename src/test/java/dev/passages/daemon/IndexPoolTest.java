package dev.passages.daemon;

import dev.passages.TestCorpus;
import dev.passages.search.Features;
import dev.passages.search.OpenIndex;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool keeps an index open for the searchers that borrow it, opens it again once changed, and closes what nobody uses. */
class IndexPoolTest {

    @TempDir
    Path home;
    Path idx;
    IndexPool pool;

    @BeforeEach
    void open() throws Exception {
        LocalRun.indexFirstArticles(home, 3);
        idx = home.resolve("idx");
        pool = new IndexPool((searcher, queries, millis, stop) -> 0, () -> false, () -> false, message -> { });
    }

    @AfterEach
    void close() {
        pool.awaitWarmUp(2000);
        pool.closeAll();
    }

    private static boolean isOpen(OpenIndex index) {
        return index.reader().getRefCount() > 0;
    }

    @Test
    void aCopyOfTheIndexPutInItsPlaceIsOpenedAgainThoughItsCommitIsTheSame() throws Exception {
        Path backup = Files.createDirectories(home.resolve("backup"));
        try (java.util.stream.Stream<Path> files = Files.list(idx)) {
            for (Path f : files.toList()) {
                Files.copy(f, backup.resolve(f.getFileName()));
            }
        }
        OpenIndex before;
        try (PassageSearcher first = pool.borrow(idx, Features.DEFAULT)) {
            before = first.index();
        }
        // the index's folder replaced by its copy, as a user puts a backup back over a damaged index
        Files.move(idx, home.resolve("damaged"));
        Files.move(backup, idx);
        try (PassageSearcher again = pool.borrow(idx, Features.DEFAULT)) {
            assertThat(again.index()).isNotSameAs(before);
            assertThat(again.count(SearchRequest.of("said"))).isPositive();
        }
    }

    @Test
    void searchersShareTheOpenIndexAndClosingOneGivesItBackOpen() throws Exception {
        PassageSearcher first = pool.borrow(idx, Features.DEFAULT);
        PassageSearcher second = pool.borrow(idx, Features.DEFAULT);
        assertThat(second.index()).isSameAs(first.index());
        first.close();
        long said = second.count(SearchRequest.of("said"));
        assertThat(said).isPositive();
        second.close();
        assertThat(isOpen(first.index())).isTrue();
        try (PassageSearcher third = pool.borrow(idx, Features.DEFAULT)) {
            assertThat(third.index()).isSameAs(first.index());
            assertThat(third.count(SearchRequest.of("said"))).isEqualTo(said);
        }
    }

    @Test
    void aRebuiltIndexIsOpenedAgainAndTheOldOneClosedWhenItsLastSearcherIsGivenBack() throws Exception {
        PassageSearcher before = pool.borrow(idx, Features.DEFAULT);
        PassageSearcher alsoBefore = pool.borrow(idx, Features.DEFAULT);
        long said = before.count(SearchRequest.of("said"));
        try (var files = Files.list(TestCorpus.FROZEN)) {
            for (Path p : files.sorted().skip(3).limit(3).toList()) {
                Files.copy(p, home.resolve("corpus").resolve(p.getFileName()));
            }
        }
        assertThat(LocalRun.from(home, home, "index", "corpus", "--index", "idx", "-q").code()).isZero();
        try (PassageSearcher after = pool.borrow(idx, Features.DEFAULT)) {
            assertThat(after.index()).isNotSameAs(before.index());
            assertThat(after.count(SearchRequest.of("said"))).isGreaterThan(said);
            // the old index stays open for the searcher still reading it
            assertThat(isOpen(before.index())).isTrue();
            assertThat(before.count(SearchRequest.of("said"))).isEqualTo(said);
            before.close();
            before.close(); // closed twice, given back once: the other searcher still reads the old index
            assertThat(isOpen(before.index())).isTrue();
            assertThat(alsoBefore.count(SearchRequest.of("said"))).isEqualTo(said);
            alsoBefore.close();
            assertThat(isOpen(before.index())).isFalse();
            assertThat(isOpen(after.index())).isTrue();
        }
    }

    @Test
    void closingThePoolClosesItsIndexesAndOtherFeaturesOpenTheirOwn() throws Exception {
        OpenIndex all;
        OpenIndex fewer;
        try (PassageSearcher a = pool.borrow(idx, Features.DEFAULT); PassageSearcher b = pool.borrow(idx, Features.NONE)) {
            all = a.index();
            fewer = b.index();
        }
        assertThat(fewer).isNotSameAs(all);
        pool.closeAll();
        assertThat(isOpen(all)).isFalse();
        assertThat(isOpen(fewer)).isFalse();
    }
}
