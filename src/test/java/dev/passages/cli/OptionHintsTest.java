package dev.passages.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hints for mistyped options: a long option written with one dash, and the nearest known option. */
class OptionHintsTest extends HomeFixture {

    @Test
    void aLongOptionWithOneDashIsNamedNotReadAsAShortOneWithAValue() {
        CliRun r = run("search", "-from", "2023", "refugees");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passages: unknown option -from: did you mean --from? (see: passages search --help)\n");
        // -speaker would otherwise be -s with the value "peaker": a filter nobody asked for
        assertThat(run("search", "refugees", "-speaker", "Kakar").err()).contains("did you mean --speaker?");
        assertThat(run("search", "refugees", "-limit=3").err()).contains("did you mean --limit?");
    }

    @Test
    void shortOptionsWithValuesAndWordsAfterTheEndOfOptionsAreLeftAlone() {
        assertThat(OptionHints.singleDashLongOption(Main.commandLine(new String[] {"search"}, new Main.Factory(
                new Environment(Map.of()))), new String[] {"search", "-n5", "-fjson", "--", "-from"})).isNull();
    }

    @Test
    void anUnknownOptionGetsTheNearestKnownOne() {
        CliRun r = run("search", "--limt", "3", "refugees");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("passages: Unknown option: '--limt'; did you mean --limit?");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aWordTheQueryLeavesOutWrittenOutsideItsQuotesIsExplained() {
        CliRun r = run("search", "hideouts", "-refugees");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passages: Unknown option: '-refugees'; to leave out passages with a word, put it"
                + " inside the quoted query (\"... -refugees\", or \"NOT refugees\" for every passage without it)"
                + " (see: passages search --help)\n");
        assertThat(run("search", "hideouts -refugees", "--limit", "1").err()).doesNotContain("Unknown option");
    }

    @Test
    void onlyASearchArgumentWithASpaceAColonOrAQuoteIsTakenForAQuery() {
        CommandLine root = Main.commandLine(new String[] {"search"}, new Main.Factory(new Environment(Map.of())));
        assertThat(OptionHints.queriesNotOptions(root, new String[] {"search", "-n5", "-sKakar", "-refugees -Kakar", "--", "-a b"}))
                .containsExactly("search", "-n5", "-sKakar", " -refugees -Kakar", "--", "-a b");
        // an option's value, attached or after it, stays the option's
        assertThat(OptionHints.queriesNotOptions(root, new String[] {"search", "-sMullah Omar", "--speaker", "-Foo Bar", "x"}))
                .containsExactly("search", "-sMullah Omar", "--speaker", "-Foo Bar", "x");
        CommandLine index = Main.commandLine(new String[] {"index"}, new Main.Factory(new Environment(Map.of())));
        assertThat(OptionHints.queriesNotOptions(index, new String[] {"index", "-a b"})).containsExactly("index", "-a b");
    }
}
