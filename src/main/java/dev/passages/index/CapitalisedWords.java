package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

import java.io.IOException;
import java.util.Arrays;

/**
 * The capitalised words of one paragraph as the text's own analysis met them (term, position, offsets),
 * recorded while {@link Schema#TEXT} is indexed and replayed into {@link Schema#TEXT_VARIANTS}, which
 * indexes only those words: the paragraph is tokenised once instead of twice. The replay gives the
 * spelling-variants analysis exactly the tokens its own tokenizer and {@link CapitalisedFilter} would:
 * the same words, the same position gaps where other words were, the same offsets.
 *
 * <p>Recording happens only in the indexing analyzer ({@link Analyzers#forIndexing()}); with any other
 * analyzer, or if the text field was not indexed first, the variants field is analysed from its text.
 */
public final class CapitalisedWords {

    private char[] chars = new char[64];
    private int[] termEnds = new int[8];
    private int[] increments = new int[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    private int used;
    private int finalOffset;
    private int finalIncrement;
    private boolean complete;

    CapitalisedWords() {
    }

    /** Whether the words were recorded from a whole analysis of the text (then the variants field replays them). */
    boolean recorded() {
        return complete;
    }

    private void clear() {
        count = 0;
        used = 0;
        complete = false;
    }

    private void add(char[] term, int length, int increment, int start, int end) {
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        System.arraycopy(term, 0, chars, used, length);
        used += length;
        if (count == termEnds.length) {
            int n = count * 2;
            termEnds = Arrays.copyOf(termEnds, n);
            increments = Arrays.copyOf(increments, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        termEnds[count] = used;
        increments[count] = increment;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** The text field of a paragraph, recording its capitalised words into {@code words} as it is indexed. */
    static Field textField(String name, String text, CapitalisedWords words) {
        return new Field(name, text, Schema.TEXT_TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                TokenStream stream = super.tokenStream(analyzer, reuse);
                if (stream.hasAttribute(Target.class)) {
                    stream.getAttribute(Target.class).set(words);
                }
                return stream;
            }
        };
    }

    /**
     * The spelling-variants field of a paragraph: the words {@code words} recorded from its text field,
     * when that was indexed before it by the indexing analyzer; otherwise its own analysis of {@code text}.
     */
    static Field variantsField(String name, String text, CapitalisedWords words) {
        return new Field(name, text, Schema.TEXT_VARIANTS_TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                if (!words.recorded()) {
                    return super.tokenStream(analyzer, reuse);
                }
                Replayed replayed = reuse instanceof Replayed r ? r : new Replayed();
                replayed.source.words = words;
                return replayed;
            }
        };
    }

    /**
     * Where the recorder of a token stream is told which paragraph it is recording for (public, as Lucene
     * makes attributes through a public lookup).
     */
    public interface Target extends Attribute {
        void set(CapitalisedWords words);

        CapitalisedWords take();
    }

    /** The attribute behind {@link Target}; cleared with the others, so that it lasts until the stream is reset. */
    public static final class TargetImpl extends AttributeImpl implements Target {
        private CapitalisedWords words;

        @Override
        public void set(CapitalisedWords words) {
            this.words = words;
        }

        @Override
        public CapitalisedWords take() {
            CapitalisedWords w = words;
            words = null;
            return w;
        }

        @Override
        public void clear() {
            // kept: set before the stream is reset, taken by the recorder when it is
        }

        @Override
        public void reflectWith(AttributeReflector reflector) {
            reflector.reflect(Target.class, "recording", words != null);
        }

        @Override
        public void copyTo(AttributeImpl target) {
            ((TargetImpl) target).words = words;
        }
    }

    /**
     * Records the capitalised words passing from the tokenizer, with the position increments a
     * {@link CapitalisedFilter} after the tokenizer would give them; changes nothing in the stream.
     */
    static final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Target target = addAttribute(Target.class);
        private CapitalisedWords words;
        private int skipped;

        Recorder(TokenStream in) {
            super(in);
        }

        @Override
        public void reset() throws IOException {
            words = target.take();
            if (words != null) {
                words.clear();
            }
            skipped = 0;
            super.reset();
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (words != null) {
                if (CapitalisedFilter.isCapitalised(term.buffer(), term.length())) {
                    words.add(term.buffer(), term.length(), increment.getPositionIncrement() + skipped,
                            offset.startOffset(), offset.endOffset());
                    skipped = 0;
                } else {
                    skipped += increment.getPositionIncrement();
                }
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (words != null) {
                words.finalOffset = offset.endOffset();
                words.finalIncrement = increment.getPositionIncrement() + skipped;
                words.complete = true;
                words = null;
            }
        }
    }

    /** The recorded words as a token stream, in place of the tokenizer and {@link CapitalisedFilter}. */
    private static final class Source extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private CapitalisedWords words;
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == words.count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : words.termEnds[next - 1];
            term.copyBuffer(words.chars, from, words.termEnds[next] - from);
            increment.setPositionIncrement(words.increments[next]);
            offset.setOffset(words.starts[next], words.ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(words.finalIncrement);
            offset.setOffset(words.finalOffset, words.finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** The spelling-variants analysis after the tokenizer ({@link Analyzers#variantsOf}), fed by a {@link Source}. */
    private static final class Replayed extends TokenFilter {
        final Source source;

        Replayed() {
            this(new Source());
        }

        private Replayed(Source source) {
            super(Analyzers.variantsOf(source));
            this.source = source;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }
    }
}
