package dev.passages.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

import java.util.List;
import java.util.Objects;

/**
 * A wildcard, prefix or fuzzy pattern over a field that holds stems ({@link Schema#TEXT}: {@code refugees} is
 * indexed as {@code refugee}, {@code reported} as {@code report}). Written for words as they are written
 * ({@code refug?es}, {@code rep*ed}, {@code refugess~1}), a pattern would miss them; this one matches a stem when
 * the stem or one of its regular English inflections matches: an ending added, a final e dropped before -ing and
 * -ed, a final y made -ies and -ied, a final consonant doubled before -ed and -ing. Its automaton of stems is made
 * from the pattern's own: no term of the index is read to make it.
 */
public final class StemPatternQuery extends AutomatonQuery {

    /** The kinds of pattern, as the classic query syntax writes them. */
    public enum Kind { WILDCARD, PREFIX, FUZZY }

    /** Endings added to a stem as it is: plurals, the past, participles, comparatives, agents, adverbs. */
    private static final List<String> ENDINGS = List.of("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly");
    /** Endings that take a stem's final e away ({@code hide}: hiding). */
    private static final List<String> AFTER_E = List.of("ing", "ed", "er", "ers", "est");
    /** Endings that make a stem's final y an i ({@code study}: studies, studied). */
    private static final List<String> AFTER_Y = List.of("ies", "ied", "ier", "iest");
    /** Endings before which a stem's final consonant is doubled ({@code stop}: stopped, stopping). */
    private static final List<String> AFTER_DOUBLING = List.of("ed", "ing", "er", "ers");
    private static final String CONSONANTS = "bdfgklmnprtvz";

    private final Kind kind;
    private final int edits;

    /**
     * @param term the pattern ({@code *} and {@code ?} for a wildcard), the prefix, or the word of a fuzzy pattern
     * @param edits for a fuzzy pattern, how many edits it allows (transpositions count as one); else 0
     */
    public StemPatternQuery(Term term, Kind kind, int edits) {
        super(term, stems(written(term, kind, allowed(kind, edits))));
        this.kind = kind;
        this.edits = allowed(kind, edits);
    }

    private static int allowed(Kind kind, int edits) {
        return kind == Kind.FUZZY ? Math.min(edits, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE) : 0;
    }

    public Term term() {
        return term;
    }

    public Kind kind() {
        return kind;
    }

    public int edits() {
        return edits;
    }

    /** The words a pattern matches as written. */
    private static Automaton written(Term term, Kind kind, int edits) {
        return switch (kind) {
            case WILDCARD -> WildcardQuery.toAutomaton(term);
            case PREFIX -> Operations.concatenate(Automata.makeString(term.text()), Automata.makeAnyString());
            case FUZZY -> new LevenshteinAutomata(term.text(), true).toAutomaton(edits);
        };
    }

    /** The stems the pattern matches: those that are, or have an inflection that is, a word it matches. */
    public Automaton stems() {
        return getAutomaton();
    }

    @Override
    public String toString(String field) {
        String shown = switch (kind) {
            case WILDCARD -> term.text();
            case PREFIX -> term.text() + "*";
            case FUZZY -> term.text() + "~" + edits;
        };
        return (getField().equals(field) ? "" : getField() + ":") + shown;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && kind == ((StemPatternQuery) other).kind && edits == ((StemPatternQuery) other).edits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), kind, edits);
    }

    /**
     * The stems of which a word {@code written} accepts is the stem itself or a regular inflection: the pattern's
     * states, each also accepting when an ending added there leads to acceptance (its right quotient by the
     * endings), and one more accepting state reached by the last letter of a stem that an ending changes (a final
     * e or y, a doubled consonant) where the changed ending leads to acceptance.
     */
    static Automaton stems(Automaton written) {
        Automaton a = Operations.determinize(written, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        int n = a.getNumStates();
        Automaton.Builder b = new Automaton.Builder(n + 1, a.getNumTransitions() + n);
        for (int state = 0; state <= n; state++) {
            b.createState();
        }
        int changed = n;
        b.setAccept(changed, true);
        Transition t = new Transition();
        for (int state = 0; state < n; state++) {
            b.setAccept(state, a.isAccept(state) || acceptsFrom(a, state, ENDINGS, ""));
            for (int i = a.initTransition(state, t); i > 0; i--) {
                a.getNextTransition(t);
                b.addTransition(state, t.dest, t.min, t.max);
            }
            if (acceptsFrom(a, state, AFTER_E, "")) {
                b.addTransition(state, changed, 'e');
            }
            if (acceptsFrom(a, state, AFTER_Y, "")) {
                b.addTransition(state, changed, 'y');
            }
            for (int c = 0; c < CONSONANTS.length(); c++) {
                char consonant = CONSONANTS.charAt(c);
                int next = a.step(state, consonant);
                if (next >= 0 && acceptsFrom(a, next, AFTER_DOUBLING, String.valueOf(consonant))) {
                    b.addTransition(state, changed, consonant);
                }
            }
        }
        return Operations.determinize(b.finish(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    /** Whether {@code lead} and then one of {@code endings}, read from {@code state}, lead to acceptance. */
    private static boolean acceptsFrom(Automaton dfa, int state, List<String> endings, String lead) {
        for (int i = 0; i < endings.size(); i++) {
            String word = lead + endings.get(i);
            int s = state;
            for (int k = 0; k < word.length() && s >= 0; k++) {
                s = dfa.step(s, word.charAt(k));
            }
            if (s >= 0 && dfa.isAccept(s)) {
                return true;
            }
        }
        return false;
    }
}
