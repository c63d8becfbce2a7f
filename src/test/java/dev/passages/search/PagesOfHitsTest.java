package dev.passages.search;

import dev.passages.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of hits further down (an offset) is that part of the whole list: the same hits, ranks, scores and marks. */
class PagesOfHitsTest {

    /** Reports on different things, each with the words the queries ask for. */
    private static final String[] REPORTS = {
            "Farmers in the north expect the wheat harvest to fall short after a dry spring, the ministry said this season.",
            "Coffee growers will vote on export quotas next month, officials in the capital told reporters.",
            "Steel makers asked parliament for tariffs on cheap imports while the ministry said it would study the plea.",
            "The central bank held its lending rate at six percent, officials in the capital said on Monday.",
            "Oil output from the offshore fields rose to a record as two new platforms started pumping this season.",
            "Sugar exporters signed a three-year contract with refiners abroad, the ministry said in a statement.",
            "Tin prices slid on the London exchange as smelters in the south cleared their stocks, delegations heard.",
            "Rice importers warned of shortages in the capital unless port workers end their strike by Monday."};
    private static final String[] TOPICS = REPORTS;

    @TempDir
    Path tmp;

    @Test
    void aPageIsThatPartOfTheWholeList() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        int file = 0;
        for (int t = 0; t < TOPICS.length; t++) {
            String report = REPORTS[t];
            // each report run by one to three outlets, lightly edited: near-duplicates folded into the first
            for (int copy = 0; copy <= t % 3; copy++) {
                String body = copy == 0 ? report : "LONDON (Outlet " + copy + ") - " + report;
                Files.writeString(corpus.resolve("f" + (file++) + ".txt"), "Title: Report " + t + " (" + copy + ")"
                        + "\nDate: 2023-11-" + (10 + t) + "\nSource: Outlet " + copy + "\n\n" + body + "\n");
            }
        }
        new Indexer(tmp.resolve("index"), true, w -> { }).run(corpus);
        try (PassageSearcher s = new PassageSearcher(tmp.resolve("index"))) {
            for (String query : List.of("ministry said season capital Monday", "officials capital delegations exports imports")) {
                List<Hit> whole = s.search(SearchRequest.of(query).withLimit(50)).hits();
                assertThat(whole).hasSizeGreaterThanOrEqualTo(4);
                assertThat(whole.stream().filter(h -> !h.copies().isEmpty()).count()).isGreaterThanOrEqualTo(2);
                int copies = 0;
                for (int offset = 0; offset <= whole.size(); offset++) {
                    for (int limit = 1; limit <= 3; limit++) {
                        List<Hit> page = s.search(SearchRequest.of(query).withOffset(offset).withLimit(limit)).hits();
                        List<Hit> part = whole.subList(Math.min(offset, whole.size()), Math.min(whole.size(), offset + limit));
                        // copies are folded from the candidates a page ranks, fewer for a shorter page: those it
                        // has are the whole list's
                        assertThat(page).as("offset %d limit %d", offset, limit)
                                .extracting(h -> h.withCopies(List.of())).isEqualTo(part.stream().map(h -> h.withCopies(List.of())).toList());
                        for (int k = 0; k < page.size(); k++) {
                            assertThat(part.get(k).copies().containsAll(page.get(k).copies())).as("copies of %s", page.get(k).id()).isTrue();
                        }
                        copies += page.stream().mapToInt(h -> h.copies().size()).sum();
                    }
                }
                assertThat(copies).as("copies on the pages").isPositive();
            }
        }
    }
}
