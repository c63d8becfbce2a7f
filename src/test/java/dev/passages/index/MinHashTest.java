package dev.passages.index;

import dev.passages.TestCorpus;
import dev.passages.attribution.Names;
import dev.passages.corpus.Article;
import dev.passages.corpus.TextArticleParser;
import dev.passages.corpus.TextDecoder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicate signatures: copies of one report match, paragraphs on one topic do not, short ones have none. */
class MinHashTest {

    private static final String ORIGINAL = "Pakistan's caretaker prime minister said on Sunday that the Afghan "
            + "government knew where the militants were hiding and that talks could not be held at gunpoint. "
            + "He added that registered refugees would not be deported, but undocumented migrants had to leave "
            + "the country before the deadline set by the interior ministry.";

    private static double similarity(String a, String b) {
        return MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
    }

    @Test
    void copiesOfOneReportAreNearDuplicates() {
        List<String> copies = List.of(
                "ISLAMABAD (Reuters) - " + ORIGINAL,
                ORIGINAL.replace(" He added that registered refugees would not be deported, but undocumented migrants had to"
                        + " leave the country before the deadline set by the interior ministry.", ""),
                ORIGINAL + " The ministry did not comment.",
                ORIGINAL.replace("'", "’").replace(",", " ,").replace("gunpoint", "\u201cgunpoint\u201d"),
                ORIGINAL.toUpperCase(Locale.ROOT));
        for (String copy : copies) {
            assertThat(similarity(ORIGINAL, copy)).as(copy).isGreaterThanOrEqualTo(0.4);
        }
    }

    @Test
    void paragraphsOnTheSameTopicAreNot() {
        String other = "The interior ministry said the deadline for undocumented migrants would not be extended and"
                + " that registered refugees were not affected, while officials in Kabul criticised the decision.";
        assertThat(similarity(ORIGINAL, other)).isLessThan(0.4);
    }

    @Test
    void asciiTextAndTextWithAccentsAgreeWordForWord() {
        // plain ASCII takes a path of its own; an accent sends the same words through folding
        String accented = ORIGINAL.replace("caretaker", "caretakér").replace("Afghan", "Afghân");
        assertThat(MinHash.signature(accented)).isEqualTo(MinHash.signature(ORIGINAL));
        assertThat(MinHash.signature(ORIGINAL.toUpperCase(Locale.ROOT) + " Ünité"))
                .isEqualTo(MinHash.signature(ORIGINAL + " Unite"));
    }

    @Test
    void everyCharacterLeftUnfoldedSeparatesWordsAsFoldingDoes() {
        // the signature of a text that is not folded must be the one its folded text has: tried with every
        // character of the BMP that does not send a text to folding, put between the words
        String[] words = ORIGINAL.split(" ");
        int unfolded = 0;
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            String text = String.join(String.valueOf(c), words);
            if (MinHash.needsFolding(text)) {
                continue;
            }
            unfolded++;
            String folded = Names.fold(text);
            assertThat(MinHash.needsFolding(folded)).as("U+%04X", (int) c).isFalse();
            assertThat(MinHash.signature(text)).as("U+%04X", (int) c).isEqualTo(MinHash.signature(folded));
        }
        assertThat(unfolded).isGreaterThan(1000);
        assertThat(MinHash.needsFolding("a \u201cquote\u201d \u2014 it\u2019s")).isFalse();
        assertThat(MinHash.needsFolding("caf\u00e9")).isTrue();
        assertThat(MinHash.needsFolding("cafe\u0301")).isTrue();
    }

    @Test
    void shortParagraphsHaveNoSignature() {
        assertThat(MinHash.signature("Kakar said so.")).isNull();
    }

    /** Prints the near-duplicate pairs across articles of the default corpus (for review; asserts none within an article). */
    @Test
    void corpusNearDuplicatesAreListed() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(TestCorpus.FROZEN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                articles.add(TextArticleParser.parse(name.replace(".txt", ""), name, TextDecoder.decode(Files.readAllBytes(f)), w -> { }));
            }
        }
        int pairs = 0;
        for (int a = 0; a < articles.size(); a++) {
            for (int b = a + 1; b < articles.size(); b++) {
                for (int i = 0; i < articles.get(a).paragraphs().size(); i++) {
                    for (int j = 0; j < articles.get(b).paragraphs().size(); j++) {
                        double s = similarity(articles.get(a).paragraphs().get(i), articles.get(b).paragraphs().get(j));
                        if (s >= 0.4) {
                            pairs++;
                            System.out.printf(Locale.ROOT, "near-duplicate %.2f %s#%d ~ %s#%d%n", s, articles.get(a).id(), i + 1,
                                    articles.get(b).id(), j + 1);
                        }
                    }
                }
            }
        }
        System.out.println("near-duplicate pairs in corpus: " + pairs);
    }
}
