package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity table gives a mention the entity it names again, by surname or initials, or a new one. */
class EntityTableTest {

    private static Mention mention(String name, Mention.Kind kind) {
        return new Mention(0, 0, name.split(" ").length, name, name, kind, List.of(), false, false);
    }

    /** The entity each mention is registered as, in order. */
    private static List<Entity> register(EntityTable table, Mention... mentions) {
        return Arrays.stream(mentions).map(table::register).toList();
    }

    @Test
    void aSurnameNamesThePersonNamedInFullBefore() {
        EntityTable table = new EntityTable();
        List<Entity> es = register(table, mention("Tobin Arks", Mention.Kind.PERSON), mention("Arks", Mention.Kind.UNKNOWN));
        assertThat(es.get(1)).isSameAs(es.get(0));
        assertThat(es.get(0).aliases).containsExactly("Tobin Arks", "Arks");
        assertThat(es.get(0).kind).isEqualTo(Mention.Kind.PERSON);
        assertThat(table).containsExactly(es.get(0));
    }

    @Test
    void anotherNameIsAnotherEntity() {
        EntityTable table = new EntityTable();
        List<Entity> es = register(table, mention("Tobin Arks", Mention.Kind.PERSON), mention("Marta Quell", Mention.Kind.PERSON));
        assertThat(es.get(1)).isNotSameAs(es.get(0));
        assertThat(table).containsExactlyElementsOf(es);
    }

    @Test
    void initialsNameTheOrganisationAgain() {
        List<Entity> es = register(new EntityTable(), mention("Harbour Water Authority", Mention.Kind.ORGANIZATION),
                mention("HWA", Mention.Kind.ORGANIZATION));
        assertThat(es.get(1)).isSameAs(es.get(0));
        assertThat(es.get(0).acronym).isEqualTo("HWA");
        assertThat(es.get(0).speaker().aliases()).contains("HWA");
    }

    @Test
    void theFirstMentionIsTheEarliestRecorded() {
        EntityTable table = new EntityTable();
        Entity e = table.register(mention("Tobin Arks", Mention.Kind.PERSON));
        assertThat(e.firstMention()).isEqualTo(Position.END);
        e.mentionedAt(new Position(2, 3));
        e.mentionedAt(new Position(1, 7));
        e.mentionedAt(new Position(4, 0));
        assertThat(e.firstMention()).isEqualTo(new Position(1, 7));
    }
}
