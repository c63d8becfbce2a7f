package dev.passages.search;

import dev.passages.index.MinHash;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding through {@link NearDuplicates} decides as comparing each candidate with every kept hit did. */
class NearDuplicatesTest {

    /** A candidate: its article and signature (null: too short to have one). */
    record Candidate(int article, byte[] signature) {
    }

    /** Signatures over few values, so that positions agree often and some candidates cross the threshold. */
    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<byte[]> signature = Arbitraries.integers().between(0, 3).list().ofSize(32).map(values -> {
            byte[] b = new byte[64];
            for (int k = 0; k < 32; k++) {
                b[2 * k + 1] = (byte) (int) values.get(k);
            }
            return b;
        }).injectNull(0.1);
        Arbitrary<Candidate> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 5), signature)
                .as(Candidate::new);
        return one.list().ofMinSize(0).ofMaxSize(60);
    }

    @Property(tries = 300)
    void foldsAsComparingWithEveryKeptHit(@ForAll("candidates") List<Candidate> list) {
        NearDuplicates folding = new NearDuplicates(i -> list.get(i).signature(),
                (i, j) -> list.get(i).article() == list.get(j).article());
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int expected = -1;
            for (int k = 0; k < kept.size(); k++) {
                Candidate earlier = list.get(kept.get(k));
                if (earlier.signature() != null && list.get(i).signature() != null && earlier.article() != list.get(i).article()
                        && MinHash.similarity(earlier.signature(), list.get(i).signature()) >= Ranking.NEAR_DUPLICATE) {
                    expected = k;
                    break;
                }
            }
            assertThat(folding.foldOrKeep(i)).as("candidate %d", i).isEqualTo(expected);
            if (expected < 0) {
                kept.add(i);
            }
        }
    }
}
