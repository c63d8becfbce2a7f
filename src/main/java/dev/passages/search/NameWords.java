package dev.passages.search;

import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of a query: capitalised words matched as names, not as common words, and runs of them as phrases. */
final class NameWords {

    private NameWords() {
    }

    /** A word with a capital first letter, hyphenated parts included ({@code Tehrik-i-Taliban}), ending at punctuation. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*");
    /** A capitalised word of four letters or more that is not in capitals: a name, unless it is an inflected common word. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}]{2,}(?:-\\p{L}+)*");
    private static final Analyzer UNSTEMMED = Analyzers.names();

    /**
     * The text-field terms of the query's names that stemming turned into another word ({@code Takal} into
     * {@code take}, {@code Banning} into {@code ban}), mapped to their skeletons, which index only capitalised
     * words: a name matches itself and its spellings, never the common word. Kept as stemmed: a plural or
     * possessive ({@code Afghans}, {@code Taliban's}), and the first word of a query written as a sentence
     * (a later word in lower case: {@code Deported Afghans returned}), capitalised only because it comes first.
     */
    static Map<String, String> stemmedAway(Analyzer analyzer, ToLongFunction<Term> docFreq, String text) {
        Map<String, String> out = new HashMap<>();
        String trimmed = text.strip();
        boolean sentence = trimmed.matches("(?s)\\S+\\s.*(?<![\\p{L}\\p{N}])\\p{Ll}.*");
        Matcher m = NAME.matcher(trimmed);
        while (m.find()) {
            if ((m.start() > 0 && Character.isLetterOrDigit(trimmed.charAt(m.start() - 1)))
                    || (m.start() == 0 && sentence)) {
                continue;
            }
            Map<Integer, String> surface = new HashMap<>();
            for (QueryTerms.At a : QueryTerms.positioned(UNSTEMMED, Schema.TEXT, m.group())) {
                surface.put(a.position(), a.term().replaceFirst("['\u2019]s$", ""));
            }
            Map<Integer, String> skeletons = new HashMap<>();
            for (QueryTerms.At s : QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, m.group())) {
                skeletons.put(s.position(), s.term());
            }
            for (QueryTerms.At stem : QueryTerms.positioned(analyzer, Schema.TEXT, m.group())) {
                String word = surface.get(stem.position());
                String skeleton = skeletons.get(stem.position());
                if (word != null && skeleton != null && !word.equals(stem.term()) && !plural(word, stem.term())
                        && !nameItself(analyzer, docFreq, word, stem.term())) {
                    out.put(stem.term(), skeleton);
                }
            }
        }
        return out;
    }

    /**
     * Whether a stem is itself a name in the index, written capitalised in at least half the paragraphs that
     * have it ({@code Pakistani} stems to {@code pakistan}, {@code Afghans} to {@code afghanistan}): then the
     * stemmed match joins two forms of one name, not a name and a common word. With no index, no stem is.
     */
    private static boolean nameItself(Analyzer analyzer, ToLongFunction<Term> docFreq, String word, String stem) {
        long all = docFreq.applyAsLong(new Term(Schema.TEXT, stem));
        if (all == 0) {
            return false;
        }
        // the paragraphs that say the stem or the word capitalised (Afghanistan, Afghans: both stem to afghanistan)
        long named = 0;
        for (String form : List.of(stem, word)) {
            String capitalised = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            for (QueryTerms.At s : QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, capitalised)) {
                named += docFreq.applyAsLong(new Term(Schema.TEXT_VARIANTS, s.term()));
            }
        }
        return named * 2 >= all;
    }

    /** Whether {@code word} is the plural of {@code stem} ({@code afghans}, {@code churches}, {@code militias}). */
    static boolean plural(String word, String stem) {
        return word.equals(stem + "s") || word.equals(stem + "es")
                || (stem.endsWith("y") && word.equals(stem.substring(0, stem.length() - 1) + "ies"));
    }

    /**
     * Each run of two or more adjacent capitalised words of a plain query ({@code Pakistan Ulema Council},
     * {@code Tehrik-i-Taliban Pakistan}) as a phrase over the spelling skeletons, one word of slack, a constant
     * {@link Ranking#NAME_PHRASE_BONUS}: paragraphs that say the whole name, in any spelling, rank first.
     * A run that is the long form of a learned acronym counts in paragraphs that say the acronym alike
     * ({@code acronymsOf}: the acronyms, as text-field terms). A run the index never has adds nothing.
     */
    static List<Query> phrases(Analyzer analyzer, String text, Function<String, Collection<String>> acronymsOf) {
        List<Query> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String token : (text.strip() + " .").split("\\s+")) {
            String word = token.replaceAll("[?!.,;]+$", "");
            boolean capitalised = CAPITALISED.matcher(word).matches();
            if (capitalised) {
                run.add(word);
            }
            if (!capitalised || !word.equals(token)) {
                if (run.size() >= 2) {
                    List<QueryTerms.At> terms = QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, String.join(" ", run));
                    if (terms.size() >= 2) {
                        // the name, or an acronym whose long form it is: the same name, shorter
                        BooleanQuery.Builder name = new BooleanQuery.Builder()
                                .add(QueryTerms.phrase(Schema.TEXT_VARIANTS, terms), BooleanClause.Occur.SHOULD);
                        for (String acronym : acronymsOf.apply(String.join(" ", run))) {
                            name.add(new TermQuery(new Term(Schema.TEXT, acronym)), BooleanClause.Occur.SHOULD);
                        }
                        out.add(new BoostQuery(new ConstantScoreQuery(name.build()), Ranking.NAME_PHRASE_BONUS));
                    }
                }
                run.clear();
            }
        }
        return out;
    }
}
