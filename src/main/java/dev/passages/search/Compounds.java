package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The nouns a query's words make with a particle, written as one word ({@code hide}: {@code hideout}, {@code
 * crack}: {@code crackdown}; resource {@code compound-particles.txt}): a question in verbs ({@code Where does the
 * TTP hide?}) finds the paragraph that names the thing ({@code hideouts}). Each is one clause of constant weight,
 * below the words typed, so that a paragraph that says what was typed ranks first.
 */
final class Compounds {

    /** Shorter words make few compounds and many accidents ({@code be}: {@code beout}). */
    private static final int MIN_WORD = 3;
    private static final List<String> PARTICLES = WordLists.lines("compound-particles.txt");

    private Compounds() {
    }

    /** A clause for each compound of {@code terms} (the query's words as the text field holds them) not among them. */
    static List<Query> of(Analyzer analyzer, List<String> terms) {
        Set<String> compounds = new LinkedHashSet<>();
        for (String word : terms) {
            // a word of letters with a vowel: not a figure, nor initials such as ttp
            if (word.length() < MIN_WORD || !word.chars().allMatch(Character::isLetter) || word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
                continue;
            }
            for (String particle : PARTICLES) {
                List<String> analysed = QueryTerms.analyze(analyzer, Schema.TEXT, word + particle);
                if (analysed.size() == 1 && !terms.contains(analysed.get(0))) {
                    compounds.add(analysed.get(0));
                }
            }
        }
        List<Query> out = new ArrayList<>();
        for (String compound : compounds) {
            out.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.TEXT, compound))), Ranking.COMPOUND_BOOST));
        }
        return out;
    }
}
