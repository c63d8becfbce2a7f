package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier tells what a run of capitalised words names, titles peeled off a person's name. */
class MentionClassifierTest {

    private static Mention classify(String sentence, int start, int end, Set<String> lowerCaseWords) {
        TokenList toks = Tokenizer.tokens(sentence);
        return new MentionClassifier(lowerCaseWords::contains, Outlets.NONE, BylineNames.NONE)
                .classify(toks, new WordClasses(toks, 0, toks.size()), start, end, 0, toks.size());
    }

    @Test
    void aTitleIsPeeledOffAPersonsName() {
        Mention m = classify("Senator Tobin Arks spoke.", 0, 3, Set.of());
        assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(m.name()).isEqualTo("Tobin Arks");
        assertThat(m.titles()).containsExactly("senator");
        assertThat(m.rawStart()).isZero();
        assertThat(m.start()).isEqualTo(1);
    }

    @Test
    void anOrganisationsHeadWordMakesItAnOrganisation() {
        Mention m = classify("The Harbour Water Authority spoke.", 1, 4, Set.of());
        assertThat(m.kind()).isEqualTo(Mention.Kind.ORGANIZATION);
        assertThat(m.name()).isEqualTo("Harbour Water Authority");
    }

    @Test
    void aWordTheArticleWritesInLowerCaseOpensASentenceWithoutNamingAnyone() {
        assertThat(classify("Hours later the vote began.", 0, 1, Set.of("hours"))).isNull();
        assertThat(classify("Quell later spoke.", 0, 1, Set.of("hours")).name()).isEqualTo("Quell");
    }

    @Test
    void aPartyAndStateTagIsRecognisedAndAHyphenatedNameIsNot() {
        assertThat(List.of("R-Ohio", "D-Calif.")).allMatch(MentionClassifier::isPartyTag);
        assertThat(List.of("Al-Tabchi", "Jean-Luc")).noneMatch(MentionClassifier::isPartyTag);
    }
}
