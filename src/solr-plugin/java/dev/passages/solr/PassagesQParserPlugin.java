package dev.passages.solr;

import dev.passages.backend.QueryCodec;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * The query parser {@code {!passages}}: rebuilds on each shard the query passages built on the client
 * ({@link QueryCodec}), so that a search matches and scores as it does on passages' own index.
 */
public final class PassagesQParserPlugin extends QParserPlugin {

    /** The name solrconfig.xml registers it under. */
    public static final String NAME = "passages";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                try {
                    return QueryCodec.decode(qstr);
                } catch (RuntimeException e) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
                }
            }
        };
    }
}
