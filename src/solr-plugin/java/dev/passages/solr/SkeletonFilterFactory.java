package dev.passages.solr;

import dev.passages.index.SkeletonFilter;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/** passages' {@link SkeletonFilter} for a Solr schema: each word reduced to its transliteration skeleton ({@code Tehreek} and {@code Tehrik} meet). */
public final class SkeletonFilterFactory extends PlainFilterFactory {

    /** The name a schema may give it ({@code <filter name="passagesSkeleton"/>}). */
    public static final String NAME = "passagesSkeleton";

    public SkeletonFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only: throws. */
    public SkeletonFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SkeletonFilter(input);
    }
}
