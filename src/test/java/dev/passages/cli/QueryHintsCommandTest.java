package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/** A query whose lower-case "and" or speaker: field reads as a filter is searched as words, and says so on stderr. */
class QueryHintsCommandTest {

    @RegisterExtension
    static final IndexedHome corpus = new IndexedHome();

    private static long count(String... query) {
        String[] args = new String[query.length + 4];
        args[0] = "search";
        System.arraycopy(query, 0, args, 1, query.length);
        args[query.length + 1] = "--count";
        args[query.length + 2] = "--index";
        args[query.length + 3] = corpus.index();
        return Long.parseLong(corpus.run(args).out().strip());
    }

    @Test
    void lowerCaseAndIsAWordAndTheNoteSaysHowToRequireBoth() {
        CliRun lower = corpus.run("search", "kakar and refugees", "--index", corpus.index(), "--limit", "1");
        assertThat(lower.err()).contains("passages: 'and' in lower case is no operator").contains("write AND");
        assertThat(corpus.run("search", "kakar and refugees", "--index", corpus.index(), "--count").err())
                .contains("'and' in lower case is no operator");
        assertThat(corpus.run("search", "Kakar AND refugees", "--index", corpus.index(), "--count").err()).isEmpty();
        assertThat(count("Kakar AND refugees")).isLessThan(count("kakar and refugees"));
    }

    @Test
    void aSpeakerFieldBesideWordsIsNoFilterAndTheNoteNamesTheOptionThatIs() {
        CliRun field = corpus.run("search", "speaker:Kakar refugees", "--index", corpus.index(), "--limit", "1");
        assertThat(field.err()).contains("--speaker NAME keeps only that speaker's passages");
        assertThat(count("refugees", "--speaker", "Kakar")).isLessThan(count("speaker:Kakar refugees"));
        assertThat(corpus.run("search", "refugees", "--speaker", "Kakar", "--index", corpus.index(), "--limit", "1").err()).isEmpty();
    }

    @Test
    void theQueryTheExclusionHintOffersForAWordAloneFindsEveryPassageWithoutIt() {
        CliRun alone = corpus.run("search", "NOT refugees", "--index", corpus.index(), "--count");
        assertThat(alone.code()).isZero();
        assertThat(alone.err()).isEmpty();
        assertThat(count("NOT refugees")).isPositive().isEqualTo(count("*:*") - count("refugees"));
        assertThat(count("NOT refugees", "--from", "2023")).isPositive().isLessThanOrEqualTo(count("NOT refugees"));
    }

    @Test
    void aQuotedQueryThatBeginsWithADashIsAQueryNotAnOption() {
        assertThat(count("-refugees -Kakar")).isPositive().isLessThan(190);
        assertThat(count("-title:deportation")).isPositive().isLessThan(190);
        // but a short option with its value attached stays one (-s'Mullah Omar' is a speaker), and says so when no one is
        assertThat(corpus.run("search", "-sAnwar-ul-Haq Kakar", "--index", corpus.index(), "--count").out().strip())
                .isEqualTo(String.valueOf(count("--speaker", "Anwar-ul-Haq Kakar")));
    }

    @Test
    void aCountOfNoneSaysWhatASearchWouldHaveSaid() {
        CliRun speaker = corpus.run("search", "refugees", "--speaker", "Kakarx", "--index", corpus.index(), "--count");
        assertThat(speaker.out().strip()).isEqualTo("0");
        assertThat(speaker.err()).contains("no speaker matches 'Kakarx'").contains("did you mean Anwar-ul-Haq Kakar?");
        assertThat(corpus.run("search", "Ashrfi", "--index", corpus.index(), "--count").err()).contains("did you mean: ashrafi");
        // an honorific alone names no one, but says whom the user meant
        assertThat(corpus.run("search", "--speaker", "Hafiz", "--index", corpus.index(), "--count").err())
                .contains("no speaker matches 'Hafiz'; did you mean Hafiz Muhammad Tahir Mehmood Ashrafi?");
        assertThat(corpus.run("search", "refugees", "--index", corpus.index(), "--count").err()).isEmpty();
    }
}
