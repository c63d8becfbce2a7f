package dev.passages.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A wildcard or prefix pattern over a field that holds stems ({@link Schema#TEXT}: {@code refugees} is indexed as
 * {@code refugee}, {@code reported} as {@code report}). Written for words as they are written ({@code refug?es},
 * {@code deport?d}, {@code refugees*}), a pattern would miss them; this one also matches a stem when one of its
 * regular English inflections matches: -s, -ed, -ing added; -es after s, x, z, h or o; -d after e; a final e dropped
 * before -ing; a final y made -ies and -ied; a final consonant doubled before -ed and -ing. The ending must fall in
 * the part of the pattern after its last {@code *} ({@code hid*ng} does not take {@code hideout} as
 * {@code hideouting}), or, for a prefix, in the prefix itself. Its automaton of stems is made from the pattern's
 * own: no term of the index is read to make it.
 */
public final class StemPatternQuery extends AutomatonQuery {

    /** The kinds of pattern, as the classic query syntax writes them. */
    public enum Kind { WILDCARD, PREFIX }

    /** An inflection: the stem ends in {@code stem} (one letter or none), the word in {@code word} instead. */
    private record Inflection(String stem, String word) {
    }

    private static final List<Inflection> INFLECTIONS = inflections();

    private final Kind kind;

    /** @param term the pattern ({@code *} and {@code ?}) of a wildcard, or a prefix */
    public StemPatternQuery(Term term, Kind kind) {
        super(term, stems(term, kind));
        this.kind = kind;
    }

    public Term term() {
        return term;
    }

    public Kind kind() {
        return kind;
    }

    private static List<Inflection> inflections() {
        List<Inflection> out = new ArrayList<>();
        for (String ending : List.of("s", "ed", "ing")) {
            out.add(new Inflection("", ending));
        }
        for (char c : "sxzho".toCharArray()) {
            out.add(new Inflection(String.valueOf(c), c + "es"));
        }
        out.add(new Inflection("e", "ed"));
        out.add(new Inflection("e", "ing"));
        out.add(new Inflection("y", "ies"));
        out.add(new Inflection("y", "ied"));
        for (char c : "bdfgklmnprtvz".toCharArray()) {
            out.add(new Inflection(String.valueOf(c), c + "" + c + "ed"));
            out.add(new Inflection(String.valueOf(c), c + "" + c + "ing"));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString(String field) {
        String shown = kind == Kind.PREFIX ? term.text() + "*" : term.text();
        return (getField().equals(field) ? "" : getField() + ":") + shown;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && kind == ((StemPatternQuery) other).kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), kind);
    }

    /** The stems {@code term}'s pattern matches: as written, or through an inflection that falls in its tail. */
    static Automaton stems(Term term, Kind kind) {
        String text = term.text();
        Automaton written = kind == Kind.PREFIX
                ? Operations.concatenate(Automata.makeString(text), Automata.makeAnyString())
                : WildcardQuery.toAutomaton(term);
        // the written part an ending may stand in: after the last *, or the whole prefix
        String tail = kind == Kind.PREFIX ? text : text.substring(text.lastIndexOf(WildcardQuery.WILDCARD_STRING) + 1);
        List<Inflection> fitting = new ArrayList<>();
        for (Inflection inflection : INFLECTIONS) {
            if (fitsTail(inflection.word(), tail, kind == Kind.WILDCARD)) {
                fitting.add(inflection);
            }
        }
        return stems(written, fitting);
    }

    /** Whether {@code ending} can be the last characters of {@code tail} ({@code ?} standing for any one). */
    private static boolean fitsTail(String ending, String tail, boolean wildcards) {
        if (ending.length() > tail.length()) {
            return false;
        }
        for (int i = 0; i < ending.length(); i++) {
            char t = tail.charAt(tail.length() - ending.length() + i);
            if (t != ending.charAt(i) && !(wildcards && t == WildcardQuery.WILDCARD_CHAR)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stems of which a word {@code written} accepts is the stem itself or an inflection of {@code inflections}:
     * the pattern's states, each also accepting when an ending added to the stem there leads to acceptance, and one
     * more accepting state reached by a stem's last letter that its inflection changes (e, y, a doubled consonant).
     */
    private static Automaton stems(Automaton written, List<Inflection> inflections) {
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
            boolean accepts = a.isAccept(state);
            for (int i = a.initTransition(state, t); i > 0; i--) {
                a.getNextTransition(t);
                b.addTransition(state, t.dest, t.min, t.max);
            }
            for (Inflection inflection : inflections) {
                if (!acceptsFrom(a, state, inflection.word())) {
                    continue;
                }
                if (inflection.stem().isEmpty()) {
                    accepts = true;
                } else {
                    b.addTransition(state, changed, inflection.stem().charAt(0));
                }
            }
            b.setAccept(state, accepts);
        }
        return Operations.determinize(b.finish(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    private static boolean acceptsFrom(Automaton dfa, int state, String word) {
        int s = state;
        for (int k = 0; k < word.length() && s >= 0; k++) {
            s = dfa.step(s, word.charAt(k));
        }
        return s >= 0 && dfa.isAccept(s);
    }
}
