package dev.passages.search;

import dev.passages.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One report re-published by several outlets is shown once, with "also reported by"; --all-copies shows each. */
class NearDuplicateTest {

    private static final String REPORT = "Pakistan's caretaker prime minister said on Sunday that the Afghan government"
            + " knew where the militants were hiding and that talks could not be held at gunpoint. He added that registered"
            + " refugees would not be deported, but undocumented migrants had to leave before the deadline.";

    @TempDir
    Path tmp;

    private void write(String name, String title, String source, String body) throws Exception {
        Files.writeString(tmp.resolve("corpus").resolve(name), "Title: " + title + "\nDate: 2023-11-20\nSource: " + source
                + "\n\n" + body + "\n");
    }

    @Test
    void copiesAreFoldedIntoOneHitAndNothingElseIs() throws Exception {
        Files.createDirectories(tmp.resolve("corpus"));
        write("a.txt", "PM says Kabul knows militant hideouts", "Outlet A", REPORT);
        write("b.txt", "PM: Kabul knows hideouts", "Outlet B", "ISLAMABAD (Reuters) - " + REPORT);
        write("c.txt", "Kabul aware of hideouts, says premier", "Outlet C", REPORT.replace(" He added that registered"
                + " refugees would not be deported, but undocumented migrants had to leave before the deadline.", ""));
        write("d.txt", "Premier on militants", "Outlet D", REPORT + " The foreign office declined to comment.");
        write("e.txt", "Premier speaks", "Outlet E", REPORT.replace("'", "’").replace("gunpoint", "“gunpoint”").replace(",", " ,"));
        write("f.txt", "Ministry on deadline", "Outlet F", "The interior ministry said the deadline for undocumented migrants"
                + " would not be extended and that registered refugees were not affected, while officials in Kabul objected.");
        write("g.txt", "Talks", "Outlet G", "Militants hiding in Afghanistan were the subject of talks that the government"
                + " said could resume once attacks stopped, according to officials who spoke on Sunday.");
        new Indexer(tmp.resolve("index"), true, w -> { }).run(tmp.resolve("corpus"));
        try (PassageSearcher s = new PassageSearcher(tmp.resolve("index"))) {
            SearchResult folded = s.search(new SearchRequest("militants hiding deadline refugees", List.of(), null, null,
                    SortOrder.RELEVANCE, 10));
            List<Hit> copies = folded.hits().stream().filter(h -> !h.copies().isEmpty()).toList();
            assertThat(copies).hasSize(1);
            assertThat(copies.get(0).copies()).hasSize(4);
            assertThat(folded.hits()).hasSize(3);
            assertThat(folded.hits()).extracting(Hit::article).contains("f", "g");
            assertThat(folded.hits()).extracting(Hit::rank).containsExactly(1, 2, 3);

            SearchResult all = s.search(new SearchRequest("militants hiding deadline refugees", List.of(), null, null,
                    SortOrder.RELEVANCE, 10, true));
            assertThat(all.hits()).hasSize(7);
            assertThat(all.hits()).allSatisfy(h -> assertThat(h.copies()).isEmpty());
        }
    }
}
