package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The variants analysis keeps capitalised words at their positions in the text; prose keeps every script's words. */
class AnalyzersTest {

    /** Terms with their positions, {@code term@position}. */
    private static List<String> positioned(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void variantsKeepTheCapitalisedWordsAtTheTextsPositions() throws IOException {
        Analyzer schema = Analyzers.forSchema();
        String text = "Militants of Tehreek-e-Taliban moved their hideouts near Ústí, Pakistan's officials said.";
        assertThat(positioned(schema, Schema.TEXT_VARIANTS, text))
                .containsExactly("m*l*t*nts@0", "t*r*k@2", "t*l*b*n@4", "ust*@9", "p*k*st*n@10");
        // the text field has the same positions, so a window may take one word from each
        assertThat(positioned(schema, Schema.TEXT, text))
                .contains("militant@0", "tehreek@2", "taliban@4", "hideout@7", "usti@9", "pakistan@10");
    }

    @Test
    void chineseAndJapaneseAreSearchedInPairsOfCharactersAndLatinLoneLettersAreDropped() throws IOException {
        Analyzer schema = Analyzers.forSchema();
        assertThat(positioned(schema, Schema.TEXT, "北京市 政府 said")).containsExactly("北京@0", "京市@1", "政府@2", "said@3");
        // a character alone is a word there, where a Latin letter alone is not
        assertThat(positioned(schema, Schema.TEXT, "府 e x 7")).containsExactly("府@0", "7@3");
        assertThat(positioned(schema, Schema.TEXT, "とうきょう")).containsExactly("とう@0", "うき@1", "きょ@2", "ょう@3");
        assertThat(positioned(schema, Schema.TEXT, "서울 시청")).containsExactly("서울@0", "시청@1");
    }

    @Test
    void greekAccentsAndFinalSigmaAreFoldedAsLatinAccentsAre() throws IOException {
        Analyzer schema = Analyzers.forSchema();
        assertThat(positioned(schema, Schema.TEXT, "Αθήνα Ελλάς")).containsExactly("αθηνα@0", "ελλασ@1");
        assertThat(positioned(schema, Schema.TEXT, "αθηνα ελλασ")).containsExactly("αθηνα@0", "ελλασ@1");
    }
}
