package dev.passages.solr;

import org.apache.lucene.analysis.TokenFilterFactory;

import java.util.Map;

/** What passages' filter factories for a Solr schema share: a filter of passages' analysis that takes no parameters. */
public abstract class PlainFilterFactory extends TokenFilterFactory {

    /** Refuses any parameter the schema gives the filter: passages' filters have none. */
    protected PlainFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    protected PlainFilterFactory() {
        throw defaultCtorException();
    }
}
