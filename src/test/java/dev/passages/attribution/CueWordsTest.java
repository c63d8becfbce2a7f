package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick test that passes over words that cannot open a cue. */
class CueWordsTest {

    @Test
    void everyCueVerbFormAndPhraseCueOpenerPasses() {
        assertThat(Lexicon.CUE_VERBS.keySet()).allMatch(CueWords::mayBeCue);
        assertThat(List.of("according", "made")).allMatch(CueWords::mayBeCue);
    }

    @Test
    void commonWordsOfNoCueShapeAreTurnedAway() {
        assertThat(List.of("the", "of", "harbour", "1987")).noneMatch(CueWords::mayBeCue);
    }

    @Test
    void cuesAreFoundAsBefore() {
        TokenList toks = Tokenizer.tokens("The harbour will reopen, the mayor said on Monday, according to the council.");
        StringBuilder cues = new StringBuilder();
        for (int k = 0; k < toks.size(); k++) {
            String lemma = CueFinder.cueAt(toks, k, toks.size(), false);
            if (lemma != null) {
                cues.append(lemma).append(';');
            }
        }
        assertThat(cues.toString()).isEqualTo("say;according to;");
    }
}
