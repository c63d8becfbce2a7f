package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hints for mistyped options: a long option written with one dash, and the nearest known option. */
class OptionHintsTest {

    @TempDir
    Path home;

    private String[] run(String... args) {
        CliRun r = CliRun.in(home, args);
        return new String[] {String.valueOf(r.code()), r.out(), r.err()};
    }

    @Test
    void aLongOptionWithOneDashIsNamedNotReadAsAShortOneWithAValue() {
        String[] r = run("search", "-from", "2023", "refugees");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).isEqualTo("passages: unknown option -from: did you mean --from? (see: passages search --help)\n");
        // -speaker would otherwise be -s with the value "peaker": a filter nobody asked for
        assertThat(run("search", "refugees", "-speaker", "Kakar")[2]).contains("did you mean --speaker?");
        assertThat(run("search", "refugees", "-limit=3")[2]).contains("did you mean --limit?");
    }

    @Test
    void shortOptionsWithValuesAndWordsAfterTheEndOfOptionsAreLeftAlone() {
        assertThat(OptionHints.singleDashLongOption(Main.commandLine(new String[] {"search"}, new Main.Factory(
                new Environment(Map.of()))), new String[] {"search", "-n5", "-fjson", "--", "-from"})).isNull();
    }

    @Test
    void anUnknownOptionGetsTheNearestKnownOne() {
        String[] r = run("search", "--limt", "3", "refugees");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("passages: Unknown option: '--limt'; did you mean --limit?");
        assertThat(r[2].lines().count()).isEqualTo(1);
    }
}
