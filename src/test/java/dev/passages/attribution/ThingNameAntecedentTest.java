package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passages.attribution.SpokenNames.names;
import static org.assertj.core.api.Assertions.assertThat;

/** A he or she does not stand for a name that ends as a thing's or a group's does ({@code Trade Partnership}, {@code Latino Voters}). */
class ThingNameAntecedentTest {

    @Test
    void aNameEndingInAThingsHeadIsNoAntecedent() {
        assertThat(names("Lena Moor visited the port on Monday.",
                "Northfield Trade Partnership members met later. Jobs will go, she said."))
                .containsExactly(List.of(), List.of("Lena Moor"));
    }

    @Test
    void aPluralOfANationalityEndsAGroupsName() {
        assertThat(names("Tobin Arks visited the port on Monday.",
                "Northfield Americans met later. Jobs will go, he said."))
                .containsExactly(List.of(), List.of("Tobin Arks"));
    }

    @Test
    void aPersonWhoseSurnameIsSuchANounStaysAnAntecedentWhenTheArticleTellsGender() {
        assertThat(names("Mr. Tobin Street visited the port on Monday.", "Jobs will go, he said."))
                .containsExactly(List.of(), List.of("Tobin Street"));
    }
}
