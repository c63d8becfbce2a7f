package dev.passages.solr;

import dev.passages.index.SingleLetterFilter;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/** passages' {@link SingleLetterFilter} for a Solr schema: lone letters dropped (the {@code e} of {@code Tehreek-e-Taliban}); digits stay. */
public final class SingleLetterFilterFactory extends PlainFilterFactory {

    /** The name a schema may give it ({@code <filter name="passagesSingleLetter"/>}). */
    public static final String NAME = "passagesSingleLetter";

    public SingleLetterFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only: throws. */
    public SingleLetterFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SingleLetterFilter(input);
    }
}
