package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity table that files its entities by key gives every mention the entity that one trying each entity
 * gives, and leaves the entities the same: names, aliases, kinds and acronyms.
 */
class EntityTableKeysPropertiesTest {

    /** One step: a mention registered, or (acronym set) the entity registered last given the mention's name as acronym. */
    record Step(Mention mention, boolean acronym) {
    }

    @Property(tries = 2000)
    void filingByKeyMatchesTryingEachEntity(@ForAll("steps") List<Step> steps) {
        assertThat(run(new EntityTable(0), steps)).isEqualTo(run(new EntityTable(Integer.MAX_VALUE), steps));
    }

    @Property(tries = 300)
    void filingFromTheThresholdOnMatchesTryingEachEntity(@ForAll("steps") List<Step> steps) {
        assertThat(run(new EntityTable(5), steps)).isEqualTo(run(new EntityTable(Integer.MAX_VALUE), steps));
    }

    /** What each step gave (the entity's place in the table) and, at the end, every entity. */
    private static List<String> run(EntityTable table, List<Step> steps) {
        List<String> out = new ArrayList<>();
        List<Entity> made = new ArrayList<>();
        Entity last = null;
        for (Step s : steps) {
            if (s.acronym() && last != null) {
                table.acronym(last, s.mention().name());
                out.add("acronym " + made.indexOf(last));
                continue;
            }
            last = table.register(s.mention());
            if (!made.contains(last)) {
                made.add(last);
            }
            out.add("entity " + made.indexOf(last));
        }
        for (Entity e : table) {
            out.add(e.kind + " " + e.name + " " + e.aliases + " " + e.acronym);
        }
        return out;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> word = Arbitraries.of("Tobin", "Arks", "Marta", "Quell", "Harbour", "Water", "Authority",
                "HWA", "Sears", "Roebuck", "and", "Co", "Inc", "Grace", "W.R.", "Lanston", "Aubrey", "G.", "Mr",
                "de", "la", "Bank", "National", "NB", "TA", "MQ", "Corp", "Ltd", "Arkes", "Tobbin", "al-Quell", "O'Neil");
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
        Arbitrary<Mention.Kind> kind = Arbitraries.of(Mention.Kind.class);
        Arbitrary<Mention> mention = Combinators.combine(name, name, kind, Arbitraries.integers().between(0, 3))
                .as((n, prefix, k, rawKind) -> {
                    // the raw form is sometimes longer (titles peeled off) or the name's start alone
                    String raw = switch (rawKind) {
                        case 0 -> prefix + " " + n;
                        case 1 -> n.split(" ")[0];
                        default -> n;
                    };
                    return new Mention(0, 0, n.split(" ").length, n, raw, k, List.of(), false, false);
                });
        Arbitrary<Step> step = Combinators.combine(mention, Arbitraries.integers().between(0, 9))
                .as((m, a) -> new Step(m, a == 0));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }
}
