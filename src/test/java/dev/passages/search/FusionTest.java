package dev.passages.search;

import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Linear fusion of normalised scores and reciprocal rank fusion, and which side each fused hit came from. */
class FusionTest {

    private static ScoreDoc[] docs(float... docAndScore) {
        ScoreDoc[] out = new ScoreDoc[docAndScore.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ScoreDoc((int) docAndScore[2 * i], docAndScore[2 * i + 1]);
        }
        return out;
    }

    private static int[] order(Fusion.Fused f) {
        return Arrays.stream(f.hits()).mapToInt(d -> d.doc).toArray();
    }

    @Test
    void linearFusionWeighsNormalisedScoresAndNamesTheSides() {
        ScoreDoc[] bm25 = docs(1, 12f, 2, 7f, 3, 2f);      // normalised 1, 0.5, 0
        ScoreDoc[] dense = docs(4, 0.9f, 2, 0.8f, 1, 0.5f); // normalised 1, 0.75, 0
        Fusion.Fused f = Fusion.linear(bm25, dense, 0.5f);
        // 2: 0.25 + 0.375 = 0.625; 1: 0.5 + 0 = 0.5; 4: 0 + 0.5 = 0.5; 3: 0
        assertThat(order(f)).containsExactly(2, 1, 4, 3);
        assertThat(f.hits()[0].score).isEqualTo(0.625f);
        assertThat(f.foundBy()).containsEntry(2, Fusion.Side.BOTH).containsEntry(1, Fusion.Side.BOTH)
                .containsEntry(4, Fusion.Side.SEMANTIC).containsEntry(3, Fusion.Side.BM25);
    }

    @Test
    void theWeightMovesTheRankingTowardsOneSide() {
        ScoreDoc[] bm25 = docs(1, 10f, 2, 1f);
        ScoreDoc[] dense = docs(2, 0.9f, 1, 0.1f);
        assertThat(order(Fusion.linear(bm25, dense, 0.15f))).startsWith(1);
        assertThat(order(Fusion.linear(bm25, dense, 0.85f))).startsWith(2);
    }

    @Test
    void aSideOfOneHitOrNoneStillFuses() {
        Fusion.Fused f = Fusion.linear(docs(5, 3f), new ScoreDoc[0], 0.5f);
        assertThat(order(f)).containsExactly(5);
        assertThat(f.hits()[0].score).isEqualTo(0.5f);
        assertThat(Fusion.linear(new ScoreDoc[0], new ScoreDoc[0], 0.5f).hits()).isEmpty();
    }

    @Test
    void reciprocalRankFusionSumsOverTheSides() {
        Fusion.Fused f = Fusion.reciprocalRank(docs(1, 9f, 2, 8f), docs(2, 0.9f, 3, 0.8f), 60);
        assertThat(order(f)).containsExactly(2, 1, 3);
        assertThat(f.hits()[0].score).isEqualTo(1f / 62 + 1f / 61);
    }

    @Test
    void questionsAreToldFromNames() {
        assertThat(List.of("why is Pakistan expelling Afghan migrants", "Imran Khan poisoning allegation?",
                "How many were deported")).allMatch(QuestionWords::isQuestion);
        assertThat(List.of("Zabiullah Mujahid statement", "who", "whoever said it"))
                .noneMatch(QuestionWords::isQuestion);
    }
}
