package dev.passages.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A query whose lower-case "and" or speaker: field reads as a filter is searched as words, and says so on stderr. */
class QueryHintsCommandTest {

    @TempDir
    static Path home;
    static String index;

    @BeforeAll
    static void indexTheCorpus() {
        index = CliRun.indexedCorpus(home);
    }

    private static long count(String... query) {
        String[] args = new String[query.length + 4];
        args[0] = "search";
        System.arraycopy(query, 0, args, 1, query.length);
        args[query.length + 1] = "--count";
        args[query.length + 2] = "--index";
        args[query.length + 3] = index;
        return Long.parseLong(CliRun.in(home, args).out().strip());
    }

    @Test
    void lowerCaseAndIsAWordAndTheNoteSaysHowToRequireBoth() {
        CliRun lower = CliRun.in(home, "search", "kakar and refugees", "--index", index, "--limit", "1");
        assertThat(lower.err()).contains("passages: 'and' in lower case is no operator").contains("write AND");
        assertThat(CliRun.in(home, "search", "kakar and refugees", "--index", index, "--count").err())
                .contains("'and' in lower case is no operator");
        assertThat(CliRun.in(home, "search", "Kakar AND refugees", "--index", index, "--count").err()).isEmpty();
        assertThat(count("Kakar AND refugees")).isLessThan(count("kakar and refugees"));
    }

    @Test
    void aSpeakerFieldBesideWordsIsNoFilterAndTheNoteNamesTheOptionThatIs() {
        CliRun field = CliRun.in(home, "search", "speaker:Kakar refugees", "--index", index, "--limit", "1");
        assertThat(field.err()).contains("--speaker NAME keeps only that speaker's passages");
        assertThat(count("refugees", "--speaker", "Kakar")).isLessThan(count("speaker:Kakar refugees"));
        assertThat(CliRun.in(home, "search", "refugees", "--speaker", "Kakar", "--index", index, "--limit", "1").err()).isEmpty();
    }
}
