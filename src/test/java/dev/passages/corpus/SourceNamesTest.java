package dev.passages.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A source's name is one line without terminal escapes or controls, as a byline is; a blank one is none. */
class SourceNamesTest {

    @Test
    void escapesAndControlsGoAndWhiteSpaceIsOneSpace() {
        assertThat(SourceNames.tidy("Out\u001B[5mlet")).isEqualTo("Outlet");
        assertThat(SourceNames.tidy(" Dawn\u001B]0;owned\u0007\n  News\u0000 ")).isEqualTo("Dawn News");
        assertThat(SourceNames.tidy("Out\u001B[5mlet")).isEqualTo(Bylines.tidy("Out\u001B[5mlet"));
    }

    @Test
    void aBlankOrMissingSourceIsNone() {
        assertThat(SourceNames.tidy(null)).isNull();
        assertThat(SourceNames.tidy(" \t ")).isNull();
        assertThat(SourceNames.tidy("\u001B[1m")).isNull();
    }
}
