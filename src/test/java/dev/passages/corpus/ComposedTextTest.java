package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accents written as a base letter and a combining mark become the one composed character; composed text is kept as is. */
class ComposedTextTest {

    private static final String DECOMPOSED = "cafe\u0301";

    @Test
    void aCombiningMarkIsComposedWithItsLetter() {
        assertThat(ComposedText.of(DECOMPOSED)).isEqualTo("caf\u00e9").hasSize(4);
        assertThat(ComposedText.of("e\u0301clair A\u030angstro\u0308m")).isEqualTo("\u00e9clair \u00c5ngstr\u00f6m");
        assertThat(ComposedText.of(null)).isNull();
    }

    @Test
    void composedTextIsTheSameString() {
        String composed = "The caf\u00e9 report";
        assertThat(ComposedText.of(composed)).isSameAs(composed);
    }

    @Test
    void anArticlesTitleSourceBylineAndParagraphsAreComposedAndItsIdFileAndUrlKept() {
        Article a = new Article("d/" + DECOMPOSED, DECOMPOSED + ".txt", "The " + DECOMPOSED, LocalDate.of(2023, 1, 1),
                "Le Monde Diplomatique" + "\u0301", "https://example.org/" + DECOMPOSED, "Jose\u0301 Roe",
                List.of("The " + DECOMPOSED + " report.", "Plain."));
        Article c = ComposedText.article(a);
        assertThat(c.title()).isEqualTo("The caf\u00e9");
        assertThat(c.source()).isEqualTo(ComposedText.of(a.source()));
        assertThat(c.byline()).isEqualTo("Jos\u00e9 Roe");
        assertThat(c.paragraphs()).containsExactly("The caf\u00e9 report.", "Plain.");
        assertThat(c.id()).isEqualTo(a.id());
        assertThat(c.file()).isEqualTo(a.file());
        assertThat(c.url()).isEqualTo(a.url());
        assertThat(c.date()).isEqualTo(a.date());
    }

    @Test
    void anArticleAlreadyComposedIsTheSameArticle() {
        Article a = new Article("a", "a.txt", "The caf\u00e9", null, null, null, null, List.of("Plain."));
        assertThat(ComposedText.article(a)).isSameAs(a);
    }
}
