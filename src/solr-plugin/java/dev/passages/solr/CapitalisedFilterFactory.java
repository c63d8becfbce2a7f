package dev.passages.solr;

import dev.passages.index.CapitalisedFilter;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/** passages' {@link CapitalisedFilter} for a Solr schema: only the words that begin with a capital letter kept, the others leaving gaps. */
public final class CapitalisedFilterFactory extends PlainFilterFactory {

    /** The name a schema may give it ({@code <filter name="passagesCapitalised"/>}). */
    public static final String NAME = "passagesCapitalised";

    public CapitalisedFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only: throws. */
    public CapitalisedFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CapitalisedFilter(input);
    }
}
