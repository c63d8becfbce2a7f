package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An entity's small sets answer, and keep their order, as the {@link LinkedHashSet}s they stand for. */
class SmallSetPropertiesTest {

    @Property(tries = 2000)
    void aSmallSetActsAsALinkedHashSet(@ForAll("operations") List<int[]> operations) {
        Set<String> small = new SmallSet<>();
        Set<String> linked = new LinkedHashSet<>();
        for (int[] op : operations) {
            String value = "w" + op[1];
            switch (op[0]) {
                case 0, 1, 2 -> assertThat(small.add(value)).isEqualTo(linked.add(value));
                case 3 -> assertThat(small.remove(value)).isEqualTo(linked.remove(value));
                default -> {
                    removeByIterator(small, value);
                    removeByIterator(linked, value);
                }
            }
            assertThat(new ArrayList<>(small)).containsExactlyElementsOf(linked);
            assertThat(small.size()).isEqualTo(linked.size());
            assertThat(small.isEmpty()).isEqualTo(linked.isEmpty());
            assertThat(small.contains(value)).isEqualTo(linked.contains(value));
            assertThat(small).isEqualTo(linked);
        }
    }

    private static void removeByIterator(Set<String> set, String value) {
        for (Iterator<String> it = set.iterator(); it.hasNext(); ) {
            if (it.next().equals(value)) {
                it.remove();
            }
        }
    }

    /** Adds, removes and removals while iterating, over few enough values to repeat and many enough to outgrow the array. */
    @Provide
    Arbitrary<List<int[]>> operations() {
        Arbitrary<int[]> op = Arbitraries.integers().between(0, 4).flatMap(kind -> Arbitraries.integers()
                .between(0, SmallSet.ARRAY_MAX * 2).map(v -> new int[] {kind, v}));
        return op.list().ofMaxSize(60);
    }
}
