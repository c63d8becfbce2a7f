package dev.passages.attribution;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker F1 against the hand-annotated gold (src/test/resources/gold, conventions there): every
 * paragraph of the corpus, and a sample of Reuters-21578 stories. Prints the figures.
 */
class AttributionEvaluation {

    private static final double CORPUS_BAR = 0.95;
    private static final double REUTERS_BAR = 0.85;
    private static final Path REUTERS = Path.of("..", "shared", "data", "reuters-21578");

    @Test
    void corpusSpeakerF1MeetsTheBar() throws Exception {
        List<SpeakerGold.Paragraph> gold = SpeakerGold.load("corpus-speakers.jsonl");
        var articles = SpeakerGold.corpusArticles(TestCorpus.FROZEN);
        // as the index attributes them: each article knows the outlet of its own source field
        Attributor attributor = new Attributor();
        SpeakerGold.Score all = SpeakerGold.score(gold, articles, attributor);
        SpeakerGold.Score heldout = SpeakerGold.score(gold.stream().filter(SpeakerGold.Paragraph::heldout).toList(),
                articles, attributor);
        System.out.println(all.line("speakers corpus (all)"));
        System.out.println(heldout.line("speakers corpus (held out)"));
        assertThat(all.f1()).as("corpus speaker F1").isGreaterThanOrEqualTo(CORPUS_BAR);
    }

    @Test
    void reutersSpeakerF1MeetsTheBar() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REUTERS), "Reuters-21578 not present at " + REUTERS);
        List<SpeakerGold.Paragraph> gold = SpeakerGold.load("reuters-speakers.jsonl");
        var articles = SpeakerGold.reutersArticles(REUTERS, gold);
        SpeakerGold.Score all = SpeakerGold.score(gold, articles, new Attributor());
        SpeakerGold.Score heldout = SpeakerGold.score(gold.stream().filter(SpeakerGold.Paragraph::heldout).toList(),
                articles, new Attributor());
        System.out.println(all.line("speakers reuters (all)"));
        System.out.println(heldout.line("speakers reuters (held out)"));
        assertThat(all.f1()).as("Reuters speaker F1").isGreaterThanOrEqualTo(REUTERS_BAR);
    }
}
