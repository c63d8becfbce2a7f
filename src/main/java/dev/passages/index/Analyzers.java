package dev.passages.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
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
     * Prose: standard tokens (Chinese, Japanese and Korean characters paired), possessives dropped, lower case, accents
     * folded, English stop words and lone letters (the {@code e} of {@code Tehreek-e-Taliban}), then KStem, which is gentler than Porter on names and plurals ("hideouts" meets "hideout",
     * "news" stays "news").
     */
    public static Analyzer english() {
        return standardTokens(Analyzers::englishFilters);
    }

    private static TokenStream englishFilters(TokenStream tokens) {
        // Chinese and Japanese come from the tokenizer a character at a time: pairs of them are the words searched
        // (Korean's syllables are paired too, as Lucene's CJK analysis does)
        return new KStemFilter(new SingleLetterFilter(new StopFilter(
                folded(new EnglishPossessiveFilter(new CJKBigramFilter(tokens))), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
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
        return standardTokens(source -> variantsOf(new CapitalisedFilter(source)));
    }

    /** The spelling-variants analysis of the capitalised words of a text: {@link #textVariants()} after its tokenizer. */
    static TokenStream variantsOf(TokenStream capitalisedWords) {
        return skeletons(new EnglishPossessiveFilter(capitalisedWords));
    }

    /**
     * Lower case, accents folded (Latin's and Greek's): the normalisation every analyzer here shares (and applies to
     * wildcard terms).
     */
    private static TokenStream folded(TokenStream in) {
        // Greek's lower case drops Greek's accents and final sigma too, which ASCII folding leaves (Αθήνα, αθηνα), and
        // lower-cases every other letter as Lucene's plain lower case does: one pass over each word
        return new ASCIIFoldingFilter(new GreekLowerCaseFilter(in));
    }

    /** Folded, English stop words dropped, each word reduced to its transliteration skeleton. */
    private static TokenStream skeletons(TokenStream in) {
        return new SkeletonFilter(new StopFilter(folded(in), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** An analyzer of standard tokens through {@code filters}, normalising query terms by {@link #folded}. */
    private static Analyzer standardTokens(java.util.function.Function<? super StandardTokenizer, TokenStream> filters) {
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
        return forSchema(english());
    }

    /**
     * {@link #forSchema()} for writing documents: the same analysis, with the paragraph text's capitalised
     * words recorded as it is analysed, for its spelling-variants field ({@link CapitalisedWords}).
     */
    public static Analyzer forIndexing() {
        return forSchema(standardTokens(source -> englishFilters(new CapitalisedWords.Recorder(source))));
    }

    private static Analyzer forSchema(Analyzer prose) {
        return new PerFieldAnalyzerWrapper(prose, Map.of(
                Schema.SOURCE, names(),
                Schema.SPEAKER, speakerNames(),
                Schema.TEXT_VARIANTS, textVariants(),
                Schema.SPEAKER_KEY, new KeywordAnalyzer(),
                Schema.ARTICLE, new KeywordAnalyzer(),
                Schema.FILE, new KeywordAnalyzer()));
    }
}
