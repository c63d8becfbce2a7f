package dev.passages.solr;

import dev.passages.index.CapitalisedFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/** passages' {@link CapitalisedFilter} for a Solr schema: only the words that begin with a capital letter kept, the others leaving gaps. */
public final class CapitalisedFilterFactory extends TokenFilterFactory {

    /** The name a schema may give it ({@code <filter name="passagesCapitalised"/>}). */
    public static final String NAME = "passagesCapitalised";

    public CapitalisedFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public CapitalisedFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CapitalisedFilter(input);
    }
}
