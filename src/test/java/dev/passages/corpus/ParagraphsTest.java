package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a text into paragraphs: blank lines and indents separate them, lines join, controls and stray spaces go. */
class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesAreJoined() {
        assertThat(Paragraphs.splitOnBlankLines("One\nline two.\n\n \t\nTwo.\r\n\r\nThree."))
                .containsExactly("One line two.", "Two.", "Three.");
    }

    @Test
    void everyKindOfLineBreakInsideAParagraphStandsBetweenWordsAsASpace() {
        assertThat(Paragraphs.tidy("Word\u2028next one\u0085two\u000Bthree\ffour\u2029five\rsix."))
                .isEqualTo("Word next one two three four five six.");
        assertThat(Paragraphs.tidy("bell\u0007 and\u0003 end")).isEqualTo("bell and end");
    }

    @Test
    void indentedLinesStartParagraphsInWrappedNewswire() {
        assertThat(Paragraphs.splitOnIndent("First line\nwraps.\n    Second starts\nhere.\n Reuter"))
                .containsExactly("First line wraps.", "Second starts here.", "Reuter");
    }

    @Test
    void controlCharactersAndTerminalEscapesAreRemoved() {
        assertThat(Paragraphs.tidy("Red \u001B[31malert\u001B[0m\u0007 now")).isEqualTo("Red alert now");
        assertThat(Paragraphs.tidy("A \u001B]0;owned\u0007title")).isEqualTo("A title");
    }

    @Test
    void spaceBeforePunctuationIsDropped() {
        assertThat(Paragraphs.tidy("illegal foreigners , Kakar said .")).isEqualTo("illegal foreigners, Kakar said.");
    }

    @Test
    void leadingWhiteSpaceOfAnyKindIsNoWordThatPunctuationSpacingDependsOn() {
        // an ogham space mark is white space to the final strip, not to the folding of spaces:
        // ParsingPropertiesTest found ", ," here where the regular expressions gave ",,"
        assertThat(Paragraphs.tidy("\u1680 , ,")).isEqualTo(",,");
        assertThat(Paragraphs.tidy("\n\u1680 \r\t, \u3000?")).isEqualTo(",?");
        assertThat(Paragraphs.tidy("a \u1680 , b")).isEqualTo("a \u1680, b");
    }

    @Test
    void emptyBlocksAreNotParagraphs() {
        assertThat(Paragraphs.splitOnBlankLines("\n\n\u00A0\n\n")).isEmpty();
    }
}
