package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/** The analyzers of the schema: English prose for text and titles, folded names for sources and speakers. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * Prose: standard tokens, possessives dropped, lower case, accents folded, English stop words and
     * lone letters (the {@code e} of {@code Tehreek-e-Taliban}), then KStem, which is gentler than Porter on names and plurals ("hideouts" meets "hideout",
     * "news" stays "news").
     */
    public static Analyzer english() {
        return standardTokens(source -> new KStemFilter(new SingleLetterFilter(
                new StopFilter(folded(new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
    }

    /** Names (sources, speakers): standard tokens, lower case, accents folded; no stemming, no stop words. */
    public static Analyzer names() {
        return standardTokens(Analyzers::folded);
    }

    /**
     * Speaker names: folded like {@link #names()}, English stop words
     * dropped, then reduced to transliteration skeletons.
     */
    public static Analyzer speakerNames() {
        return standardTokens(Analyzers::skeletons);
    }

    /**
     * The text read for spelling variants: the {@link #speakerNames()} analysis of its capitalised
     * words only ({@link CapitalisedFilter}), the names where spellings differ, possessives dropped as
     * in the text; the other words leave gaps. Queries analysed with it keep only their capitalised words too.
     */
    public static Analyzer textVariants() {
        return standardTokens(source -> skeletons(new EnglishPossessiveFilter(new CapitalisedFilter(source))));
    }

    /** Lower case, accents folded: the normalisation every analyzer here shares (and applies to wildcard terms). */
    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Folded, English stop words dropped, each word reduced to its transliteration skeleton. */
    private static TokenStream skeletons(TokenStream in) {
        return new SkeletonFilter(new StopFilter(folded(in), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** An analyzer of standard tokens through {@code filters}, normalising query terms by {@link #folded}. */
    private static Analyzer standardTokens(java.util.function.Function<StandardTokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folded(in);
            }
        };
    }

    /** The analyzer for the whole schema, field by field, used at index and at query time alike. */
    public static Analyzer forSchema() {
        return new PerFieldAnalyzerWrapper(english(), Map.of(
                Schema.SOURCE, names(),
                Schema.SPEAKER, speakerNames(),
                Schema.TEXT_VARIANTS, textVariants(),
                Schema.SPEAKER_KEY, new KeywordAnalyzer(),
                Schema.ARTICLE, new KeywordAnalyzer(),
                Schema.FILE, new KeywordAnalyzer()));
    }
}
