package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity table gives a mention the entity it names again, by surname or initials, or a new one. */
class EntityTableTest {

    private static Mention mention(String name, Mention.Kind kind) {
        return new Mention(0, 0, name.split(" ").length, name, name, kind, List.of(), false, false);
    }

    @Test
    void aSurnameNamesThePersonNamedInFullBefore() {
        EntityTable table = new EntityTable();
        Entity full = table.register(mention("Tobin Arks", Mention.Kind.PERSON));
        Entity again = table.register(mention("Arks", Mention.Kind.UNKNOWN));
        assertThat(again).isSameAs(full);
        assertThat(full.aliases).containsExactly("Tobin Arks", "Arks");
        assertThat(full.kind).isEqualTo(Mention.Kind.PERSON);
        assertThat(table).containsExactly(full);
    }

    @Test
    void anotherNameIsAnotherEntity() {
        EntityTable table = new EntityTable();
        Entity arks = table.register(mention("Tobin Arks", Mention.Kind.PERSON));
        Entity quell = table.register(mention("Marta Quell", Mention.Kind.PERSON));
        assertThat(quell).isNotSameAs(arks);
        assertThat(table).containsExactly(arks, quell);
    }

    @Test
    void initialsNameTheOrganisationAgain() {
        EntityTable table = new EntityTable();
        Entity authority = table.register(mention("Harbour Water Authority", Mention.Kind.ORGANIZATION));
        Entity initials = table.register(mention("HWA", Mention.Kind.ORGANIZATION));
        assertThat(initials).isSameAs(authority);
        assertThat(authority.acronym).isEqualTo("HWA");
        assertThat(authority.speaker().aliases()).contains("HWA");
    }

    @Test
    void theFirstMentionIsTheEarliestRecorded() {
        EntityTable table = new EntityTable();
        Entity e = table.register(mention("Tobin Arks", Mention.Kind.PERSON));
        assertThat(table.firstMention(e)).isEqualTo(Position.END);
        table.mentioned(e, new Position(2, 3));
        table.mentioned(e, new Position(1, 7));
        table.mentioned(e, new Position(4, 0));
        assertThat(table.firstMention(e)).isEqualTo(new Position(1, 7));
    }
}
