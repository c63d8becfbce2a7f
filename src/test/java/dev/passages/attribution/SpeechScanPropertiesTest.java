package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan that passes over an article with no cue word and no quotation mark before it is tokenized: the full run
 * finds no speaker in any article it passes over, and {@link Attributor} answers for those as the run would.
 */
class SpeechScanPropertiesTest {

    @Property(tries = 3000)
    void anArticleTheScanPassesOverHasNoSpeaker(@ForAll("articles") List<String> paragraphs) {
        boolean may = SpeechScan.mayHoldSpeech(paragraphs);
        Statistics.collect(may);
        List<List<Attribution>> full = new ArticleRun(paragraphs, Outlets.NONE).run();
        if (!may) {
            assertThat(full).allMatch(List::isEmpty);
        }
        assertThat(new Attributor().attribute(paragraphs)).isEqualTo(full);
        // both answers come often enough for the property to say something of each
        Statistics.coverage(check -> {
            check.check(false).percentage(p -> p >= 10);
            check.check(true).percentage(p -> p >= 10);
        });
    }

    @Property(tries = 2000)
    void theShapeTestOnTextIsTheShapeTestOnTheWordLowerCased(@ForAll("letters") String word) {
        String text = "(" + word + ")";
        assertThat(CueWords.mayBeCue(text, 1, text.length() - 1))
                .isEqualTo(CueWords.mayBeCue(word.toLowerCase(java.util.Locale.ROOT)));
    }

    @Example
    void cueWordsAndQuotationMarksAreSeenWhereverTheyStand() {
        assertThat(List.of("Prices rose, officials SAID.", "Prices rose, according", "It was ''firm'' at 5.",
                "Reed: “Prices rose”")).allMatch(SpeechScan::mayHoldSpeech);
        assertThat(List.of("Prices rose 5 pct in the week.", "It's up 5 pct in O'Neil's sayings."))
                .noneMatch(SpeechScan::mayHoldSpeech);
    }

    @Example
    void aParagraphTooLongToBeReadIsNotScanned() {
        String tooLong = "Officials said so. ".repeat(Attributor.MAX_PARAGRAPH_CHARS / 19 + 1);
        assertThat(SpeechScan.mayHoldSpeech(List.of("Prices rose.", tooLong))).isFalse();
        assertThat(new ArticleRun(List.of("Prices rose.", tooLong), Outlets.NONE).run()).allMatch(List::isEmpty);
    }

    @Provide
    Arbitrary<List<String>> articles() {
        // clauses of no speech, and now and then one that may carry some: a cue, a quotation, a letter outside ASCII
        Arbitrary<String> plain = Arbitraries.of("Tom Reed, the Harbour Council's spokesman, met reporters.",
                "Prices rose 5 pct in the week to Monday.", "He reopened <HBR> and <Harbour Corp>.", "O'Neil's sayings",
                "The firm's said2 and 2said units,", "a'said", "said-led", "Mr. Reed", "the spokesman", "he", "rose",
                "`", "'", ",", ".", ":", "-", "(U.S.)", "Council", "concluded.", "answers");
        Arbitrary<String> speech = Arbitraries.of("said", "Said", "SAYS", "told reporters", "according to Reed,",
                "made the remarks", "Saïd", "a\u0301sk", "Reed as\u212A", "\"", "“", "”", "‘", "’", "«", "»", "''", "``",
                "“Prices will rise,” Tom Reed concluded.", "\"We reopen,\" he answers.", "“It is firm.");
        Arbitrary<String> paragraph = Arbitraries.frequencyOf(Tuple.of(15, plain), Tuple.of(1, speech))
                .list().ofMaxSize(8).map(l -> String.join(" ", l));
        return paragraph.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.oneOf(Arbitraries.of(List.copyOf(Lexicon.CUE_VERBS.keySet())),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20))
                .map(w -> w.length() > 1 && w.hashCode() % 2 == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
    }
}
