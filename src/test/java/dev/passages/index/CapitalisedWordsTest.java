package dev.passages.index;

import dev.passages.corpus.Article;
import dev.passages.corpus.JsonArticleParser;
import dev.passages.corpus.TextDecoder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The capitalised words the variants field reads: the same as its own analysis, with or without the text analysed first. */
class CapitalisedWordsTest {

    private static final Analyzer INDEXING = Analyzers.forIndexing();
    private static final Analyzer SCHEMA = Analyzers.forSchema();

    /** The variants field's tokens, replayed from the text field's analysis, as its own analysis makes them. */
    @Test
    void theReplayedWordsAreTheOnesTheVariantsAnalysisMakes() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "no names at all here",
                "Pakistan's caretaker premier Anwar-ul-Haq Kakar said the TTP's hideouts are in Afghanistan.",
                "Tehreek-e-Taliban and Tehrik-i-Taliban (TTP) and O'Neill, McDonald's; ǅemal İstanbul ΣΟΦΙΑ Éric",
                "the 1,200 U.S. troops - said Gen. Smith - left on Monday",
                "A " + "Z".repeat(300) + " b C",
                "e\u0301cole E\u0301cole \uD835\uDC00bc and \uD801\uDC00x"));
        Random random = new Random(7);
        String alphabet = "aAbBzZ ' -.,’sS0919İıǅßΣé\u0301\uD835\uDC00\t\n()";
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        texts.addAll(reutersParagraphs(3000));
        TokenStream reuse = null;
        for (String text : texts) {
            CapitalisedWords words = new CapitalisedWords();
            Field textField = CapitalisedWords.textField(Schema.TEXT, text, words);
            tokens(textField.tokenStream(INDEXING, null));
            assertThat(words.recorded()).as(text).isTrue();
            TokenStream replayed = CapitalisedWords.variantsField(Schema.TEXT_VARIANTS, text, words).tokenStream(INDEXING, reuse);
            List<String> got = tokens(replayed);
            reuse = replayed;
            List<String> expected = tokens(SCHEMA.tokenStream(Schema.TEXT_VARIANTS, text));
            assertThat(got).as(text).isEqualTo(expected);
        }
    }

    @Test
    void withoutTheTextAnalysedFirstTheVariantsFieldAnalysesItsOwnText() throws IOException {
        String text = "Kakar said the Tehreek-e-Taliban hide in Afghanistan";
        List<String> expected = tokens(SCHEMA.tokenStream(Schema.TEXT_VARIANTS, text));
        assertThat(expected).isNotEmpty();
        // text field not analysed at all, or analysed by the query-time analyzer, which records nothing
        CapitalisedWords none = new CapitalisedWords();
        assertThat(tokens(CapitalisedWords.variantsField(Schema.TEXT_VARIANTS, text, none).tokenStream(INDEXING, null)))
                .isEqualTo(expected);
        CapitalisedWords notRecorded = new CapitalisedWords();
        tokens(CapitalisedWords.textField(Schema.TEXT, text, notRecorded).tokenStream(SCHEMA, null));
        assertThat(notRecorded.recorded()).isFalse();
        assertThat(tokens(CapitalisedWords.variantsField(Schema.TEXT_VARIANTS, text, notRecorded).tokenStream(INDEXING, null)))
                .isEqualTo(expected);
    }

    /** Term, increment and offsets of each token, then the final increment and offset. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
            out.add("end/" + inc.getPositionIncrement() + "/" + offset.endOffset());
        }
        return out;
    }

    private static List<String> reutersParagraphs(int max) throws Exception {
        Path dir = Path.of("../shared/data/reuters-21578");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (String name : List.of("reut2-000.json", "reut2-011.json")) {
            Path f = dir.resolve(name);
            if (!Files.exists(f)) {
                continue;
            }
            for (Article a : JsonArticleParser.parse(name, name, TextDecoder.decode(Files.readAllBytes(f)), w -> { })) {
                out.addAll(a.paragraphs());
                out.add(a.title());
                if (out.size() >= max) {
                    return out;
                }
            }
        }
        return out;
    }
}
