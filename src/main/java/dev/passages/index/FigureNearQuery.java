package dev.passages.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Matches a paragraph that says a figure within a few words of a term: the count that a question
 * {@code how many Afghans ...} asks for ("252,000 Afghans had returned", "killing 976 people"). A figure is a
 * word that begins with a digit, whatever punctuation it carries.
 *
 * <p>It reads where the term is from the postings' character offsets and the words around it from the stored
 * text, so that no pattern is matched against the term dictionary (a corpus holds thousands of figures); that
 * costs a stored-field read per paragraph that holds the term, which suits the few best hits a second phase
 * rescores, not a first-phase match. A field indexed without offsets matches nothing.
 */
public final class FigureNearQuery extends Query {

    private final String field;
    private final String term;
    private final int words;

    /**
     * @param field a stored field indexed with offsets ({@link Schema#TEXT})
     * @param term  the term as the field's analysis writes it
     * @param words how many words before or after the term a figure may be
     */
    public FigureNearQuery(String field, String term, int words) {
        this.field = Objects.requireNonNull(field);
        this.term = Objects.requireNonNull(term);
        this.words = words;
    }

    public String field() {
        return field;
    }

    public String term() {
        return term;
    }

    public int words() {
        return words;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Terms terms = context.reader().terms(field);
                if (terms == null || !terms.hasOffsets()) {
                    return null;
                }
                TermsEnum te = terms.iterator();
                if (!te.seekExact(new BytesRef(term))) {
                    return null;
                }
                PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
                StoredFields stored = context.reader().storedFields();
                TwoPhaseIterator near = new TwoPhaseIterator(postings) {
                    @Override
                    public boolean matches() throws IOException {
                        String text = stored.document(postings.docID(), Set.of(field)).get(field);
                        if (text == null) {
                            return false;
                        }
                        for (int i = 0; i < postings.freq(); i++) {
                            postings.nextPosition();
                            if (figureNear(text, postings.startOffset(), postings.endOffset(), words)) {
                                return true;
                            }
                        }
                        return false;
                    }

                    @Override
                    public float matchCost() {
                        // a stored-field read
                        return 1000;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, near);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    /** Whether one of the {@code words} words before {@code start} or after {@code end} in {@code text} is a figure. */
    static boolean figureNear(String text, int start, int end, int words) {
        int at = Math.min(start, text.length());
        for (int n = 0; n < words; n++) {
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            int from = at;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            if (from == at) {
                break;
            }
            if (figure(text, from, at)) {
                return true;
            }
            at = from;
        }
        at = Math.max(0, end);
        for (int n = 0; n < words; n++) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int to = at;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (to == at) {
                break;
            }
            if (figure(text, at, to)) {
                return true;
            }
            at = to;
        }
        return false;
    }

    /** Whether the first letter or digit of {@code text[from, to)} is a digit ("300,000", "(64", "$5"). */
    private static boolean figure(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "figureNear(" + (field.equals(defaultField) ? "" : field + ":") + term + "," + words + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((FigureNearQuery) other).field)
                && term.equals(((FigureNearQuery) other).term) && words == ((FigureNearQuery) other).words;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, term, words);
    }
}
