package dev.passages.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StemPatternQueryTest {

    private static Automaton wildcard(String pattern) {
        return new StemPatternQuery(new Term("text", pattern), StemPatternQuery.Kind.WILDCARD).getAutomaton();
    }

    private static Automaton prefix(String prefix) {
        return new StemPatternQuery(new Term("text", prefix), StemPatternQuery.Kind.PREFIX).getAutomaton();
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
        assertThat(Operations.run(wildcard("tax?s"), "tax")).isTrue();
        assertThat(Operations.run(wildcard("rep*ed"), "report")).isTrue();
        assertThat(Operations.run(prefix("refugees"), "refugee")).isTrue();
        assertThat(Operations.run(prefix("refug"), "refugee")).isTrue();
        assertThat(Operations.run(WildcardQuery.toAutomaton(new Term("text", "refug?es")), "refugee")).isFalse();
    }

    @Test
    void anEndingMustFallInThePatternAfterItsLastStar() {
        // "hideouting" would fit hid*ng, but the * took the ending's first letter
        assertThat(Operations.run(wildcard("hid*ng"), "hideout")).isFalse();
        assertThat(Operations.run(wildcard("hid*ng"), "hiding")).isTrue();
        assertThat(Operations.run(wildcard("rep*s"), "report")).isTrue();
    }

    @Test
    void aStemNoRegularInflectionOfWhichMatchesStaysOut() {
        assertThat(Operations.run(wildcard("refug?es"), "refund")).isFalse();
        assertThat(Operations.run(wildcard("deport?d"), "deportation")).isFalse();
        assertThat(Operations.run(wildcard("pr?ces"), "prince")).isFalse();
        assertThat(Operations.run(wildcard("stopp?d"), "sto")).isFalse();
        // agent nouns and adverbs are words of their own, not inflections the stemmer takes off
        assertThat(Operations.run(wildcard("bank?rs"), "bank")).isFalse();
        assertThat(Operations.run(wildcard("bank?rs"), "banker")).isTrue();
        // -es only after s, x, z, h or o
        assertThat(Operations.run(wildcard("pric?es"), "pric")).isFalse();
    }

    @Test
    void itIsShownAsWrittenAndEqualByItsParts() {
        StemPatternQuery q = new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.PREFIX);
        assertThat(q.toString("text")).isEqualTo("refug*");
        assertThat(q.toString()).isEqualTo("text:refug*");
        assertThat(new StemPatternQuery(new Term("text", "refug?es"), StemPatternQuery.Kind.WILDCARD)).hasToString("text:refug?es");
        assertThat(q).isEqualTo(new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.PREFIX))
                .isNotEqualTo(new StemPatternQuery(new Term("text", "refug"), StemPatternQuery.Kind.WILDCARD));
    }
}
