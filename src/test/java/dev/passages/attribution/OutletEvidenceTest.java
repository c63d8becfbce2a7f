package dev.passages.attribution;

import dev.passages.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Outlets and bodies told by the words around their names and by source fields, not by a list of names. */
class OutletEvidenceTest {

    private static List<List<String>> speakers(Attributor attributor, String... paragraphs) {
        return attributor.attribute(List.of(paragraphs)).stream()
                .map(p -> p.stream().map(a -> a.speaker().name() + "/" + a.speaker().type().label()).toList()).toList();
    }

    private static String typeOf(Attributor attributor, String name, String... paragraphs) {
        return attributor.attribute(List.of(paragraphs)).stream().flatMap(List::stream)
                .filter(a -> a.speaker().name().equals(name)).map(a -> a.speaker().type().label())
                .findFirst().orElse("none");
    }

    @Test
    void aReportingClauseAfterACommaNamesAnOutlet() {
        assertThat(typeOf(new Attributor(), "Vorx", "Talks on the dam resumed on Monday, Vorx reported."))
                .isEqualTo(SpeakerType.MEDIA.label());
    }

    @Test
    void anOutletNounBeforeOrAfterTheNameNamesAnOutlet() {
        assertThat(typeOf(new Attributor(), "Telmar", "The Telmar news agency carried the story.", "Telmar said the harvest failed."))
                .isEqualTo(SpeakerType.MEDIA.label());
        assertThat(typeOf(new Attributor(), "Quorn", "The harvest failed, the news agency Quorn said."))
                .isEqualTo(SpeakerType.MEDIA.label());
        assertThat(typeOf(new Attributor(), "Belvo", "Belvo, a weekly newspaper, said the harvest failed."))
                .isEqualTo(SpeakerType.MEDIA.label());
    }

    @Test
    void aPersonWhoReportsWithAnObjectStaysAPerson() {
        assertThat(typeOf(new Attributor(), "Dana Vorx", "Dana Vorx reported the theft to the police."))
                .isNotEqualTo(SpeakerType.MEDIA.label());
    }

    @Test
    void aNameLearnedFromTheSourceFieldsIsAnOutlet() {
        String[] text = {"Zelbo said the harvest failed."};
        assertThat(typeOf(new Attributor(), "Zelbo", text)).isEqualTo(SpeakerType.PERSON.label());
        Article own = new Article("a", "a.txt", "T", null, "The Zelbo Times", null, List.of(text));
        assertThat(new Attributor().attribute(own).get(0).get(0).speaker().type()).isEqualTo(SpeakerType.MEDIA);
        Article via = new Article("b", "b.txt", "T", null, "Zelbo News (via Wirenet)", null, List.of(text));
        assertThat(new Attributor().attribute(via).get(0).get(0).speaker().type()).isEqualTo(SpeakerType.MEDIA);
    }

    @Test
    void aSourceThatSpellsOutAnOrganisationIsNoOutlet() {
        assertThat(Outlets.NONE.with("KRIS (Kestrel Research Institute for Studies)").contains(List.of("kris"))).isFalse();
        assertThat(Outlets.NONE.with("Ariva Press (via Mondo)").contains(List.of("ariva"))).isTrue();
        assertThat(Outlets.NONE.with("Ariva Press (via Mondo)").contains(List.of("mondo"))).isTrue();
    }

    @Test
    void aBodyNamedWithTheIsNoPerson() {
        assertThat(speakers(new Attributor(), "The Vandari said they would fight on.", "He said nothing."))
                .first().isEqualTo(List.of("Vandari/" + SpeakerType.ORGANIZATION.label()));
        assertThat(typeOf(new Attributor(), "Zorvic", "A Zorvic spokesman said rates would stay.", "Zorvic said so."))
                .isEqualTo(SpeakerType.ORGANIZATION.label());
    }

    @Test
    void aNameBeforeTheNounItModifiesIsNotMadeABody() {
        assertThat(typeOf(new Attributor(), "Dana Vorx", "Dana Vorx said she would win.", "The Vorx campaign said it had raised more."))
                .isEqualTo(SpeakerType.PERSON.label());
    }

    @Test
    void noWordListNamesAnOutlet() {
        assertThat(Lexicon.MEDIA_WORDS).doesNotContain("reuters", "bloomberg", "bbc", "cnn", "dawn", "geo", "xinhua");
        assertThat(Set.copyOf(Lexicon.ORG_HEADS)).doesNotContain("taliban", "opec", "nato", "imf");
    }
}
