package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A text analysed once and replayed, token for token, into every document that indexes it: an
 * article's title goes into each of its paragraphs, and is not analysed again for each.
 */
final class AnalyzedOnce {

    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int finalOffset;
    private final int finalIncrement;

    private AnalyzedOnce(List<String> terms, List<int[]> attributes, int finalOffset, int finalIncrement) {
        this.terms = terms.toArray(new String[0]);
        this.increments = new int[terms.size()];
        this.starts = new int[terms.size()];
        this.ends = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            increments[i] = attributes.get(i)[0];
            starts[i] = attributes.get(i)[1];
            ends[i] = attributes.get(i)[2];
        }
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** The tokens {@code analyzer} makes of {@code text} for {@code field}. */
    static AnalyzedOnce of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> attributes = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                attributes.add(new int[] {inc.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
            }
            ts.end();
            return new AnalyzedOnce(terms, attributes, offset.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** A new stream of the tokens, for one document's field. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == terms.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            inc.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            inc.setPositionIncrement(finalIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
