package dev.passages.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StemPatternQueryTest {

    private static Automaton stems(String pattern, StemPatternQuery.Kind kind, int edits) {
        return new StemPatternQuery(new Term("text", pattern), kind, edits).stems();
    }

    private static Automaton wildcard(String pattern) {
        return stems(pattern, StemPatternQuery.Kind.WILDCARD, 0);
    }

    @Test
    void aPatternWrittenForAnInflectedWordMatchesItsStem() {
        assertThat(Operations.run(wildcard("refug?es"), "refugee")).isTrue();
        assertThat(Operations.run(wildcard("deport?d"), "deport")).isTrue();
        assertThat(Operations.run(wildcard("hideout*s"), "hideout")).isTrue();
        assertThat(Operations.run(wildcard("pr?ces"), "price")).isTrue();
        assertThat(Operations.run(wildcard("hid?ng"), "hide")).isTrue();
        assertThat(Operations.run(wildcard("stud?es"), "study")).isTrue();
        assertThat(Operations.run(wildcard("stopp?d"), "stop")).isTrue();
        assertThat(Operations.run(stems("refugees", StemPatternQuery.Kind.PREFIX, 0), "refugee")).isTrue();
        assertThat(Operations.run(stems("refugess", StemPatternQuery.Kind.FUZZY, 1), "refugee")).isTrue();
        assertThat(Operations.run(WildcardQuery.toAutomaton(new Term("text", "refug?es")), "refugee")).isFalse();
    }

    @Test
    void aStemNoInflectionOfWhichMatchesStaysOut() {
        assertThat(Operations.run(wildcard("refug?es"), "refund")).isFalse();
        assertThat(Operations.run(wildcard("deport?d"), "deportation")).isFalse();
        assertThat(Operations.run(wildcard("pr?ces"), "prince")).isFalse();
        assertThat(Operations.run(wildcard("stopp?d"), "sto")).isFalse();
        assertThat(Operations.run(stems("kakar", StemPatternQuery.Kind.FUZZY, 1), "kakkarr")).isFalse();
    }

    @Test
    void whatThePatternMatchesAsWrittenItStillMatches() {
        assertThat(Operations.run(wildcard("refug*"), "refuge")).isTrue();
        assertThat(Operations.run(stems("kakar", StemPatternQuery.Kind.FUZZY, 1), "kaker")).isTrue();
        assertThat(Operations.run(stems("refug", StemPatternQuery.Kind.PREFIX, 0), "refugee")).isTrue();
    }

    @Test
    void itIsShownAsWrittenAndEqualByItsParts() {
        StemPatternQuery q = new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.PREFIX, 0);
        assertThat(q.toString("text")).isEqualTo("refug*");
        assertThat(q.toString()).isEqualTo("text:refug*");
        assertThat(new StemPatternQuery(new Term("text", "ashrfi"), StemPatternQuery.Kind.FUZZY, 2)).hasToString("text:ashrfi~2");
        assertThat(q).isEqualTo(new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.PREFIX, 0))
                .isNotEqualTo(new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.WILDCARD, 0));
    }
}
