package dev.passages.search;

import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names whose spellings vary in the index (Tehrik and Tehreek, Anwaar and Anwar): found among a query's
 * capitalised words, and scored by their spelling skeletons so that every spelling weighs the same.
 */
final class SpellingVariants {

    /** A capitalised word of four letters or more, hyphenated parts included: a name, in news text. */
    static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}]{3,}(?:-\\p{L}+)*");

    private final Analyzer analyzer;
    private final ToLongFunction<Term> docFreq;

    SpellingVariants(Analyzer analyzer, ToLongFunction<Term> docFreq) {
        this.analyzer = analyzer;
        this.docFreq = docFreq;
    }

    /** The text-field terms of the capitalised words of the query, mapped to their skeletons: the names in it. */
    Map<String, String> names(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // a word and its skeleton are at one position (the skeletons skip lower-case particles: ul, e)
            Map<Integer, String> skeletons = new HashMap<>();
            for (QueryTerms.At s : QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, m.group())) {
                if (s.term().length() > 1) {
                    skeletons.put(s.position(), s.term());
                }
            }
            for (QueryTerms.At exact : QueryTerms.positioned(analyzer, Schema.TEXT, m.group())) {
                String skeleton = skeletons.get(exact.position());
                if (skeleton == null) {
                    continue;
                }
                // only where the index spells the name more than one way (Tehrik and Tehreek), not Afghans
                long spelled = docFreq.applyAsLong(new Term(Schema.TEXT, exact.term()));
                long anySpelling = docFreq.applyAsLong(new Term(Schema.TEXT_VARIANTS, skeleton));
                if (anySpelling > spelled + Math.max(1, spelled / 2)) {
                    out.put(exact.term(), skeleton);
                }
            }
        }
        return out;
    }

    /**
     * Names are where transliterations differ (Tehrik/Tehreek, Anwaar/Anwar): a name's word is scored
     * by its skeleton, so that every spelling weighs the same, plus a small constant for the spelling typed.
     */
    static Query spellingProof(Query q, Map<String, String> names, Map<String, String> stemmedAway) {
        if (names.isEmpty() && stemmedAway.isEmpty()) {
            return q;
        }
        return QueryTerms.mapLeaves(q, leaf -> {
            if (leaf instanceof TermQuery t && t.getTerm().field().equals(Schema.TEXT) && stemmedAway.containsKey(t.getTerm().text())) {
                // a name that stemming made a common word: its own spellings only
                return new TermQuery(new Term(Schema.TEXT_VARIANTS, stemmedAway.get(t.getTerm().text())));
            }
            if (leaf instanceof TermQuery t && t.getTerm().field().equals(Schema.TEXT) && names.containsKey(t.getTerm().text())) {
                return new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.TEXT_VARIANTS, names.get(t.getTerm().text()))), BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(t), Ranking.EXACT_SPELLING_BONUS), BooleanClause.Occur.SHOULD)
                        .build();
            }
            return leaf;
        });
    }
}
