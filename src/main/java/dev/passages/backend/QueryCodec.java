package dev.passages.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passages.PassagesException;
import org.apache.lucene.search.MultiTermQuery;

import java.io.IOException;
import java.util.Map;

/**
 * A Lucene query as JSON and back: passages builds its queries ({@code search.QueryBuilder}) on the client,
 * sends them in this form, and the query parser of the Solr plugin jar rebuilds the very same query on every
 * shard, so that both engines match and score alike. Covers the query types passages' searches are made of
 * ({@link QueryCodecWriter}, {@link QueryCodecReader}); any other is refused with a message rather than approximated.
 */
public final class QueryCodec {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The rewrite methods passages' queries use, by the name they travel under; another is refused. */
    static final Map<String, MultiTermQuery.RewriteMethod> REWRITES = Map.of(
            "blended", MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE,
            "constant", MultiTermQuery.CONSTANT_SCORE_REWRITE,
            "scoring", MultiTermQuery.SCORING_BOOLEAN_REWRITE,
            "constantBoolean", MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);

    private QueryCodec() {
    }

    /** {@code query} as a JSON text. */
    public static String encode(org.apache.lucene.search.Query query) {
        return QueryCodecWriter.write(query).toString();
    }

    /** The query {@link #encode} made {@code json} of. */
    public static org.apache.lucene.search.Query decode(String json) {
        try {
            return QueryCodecReader.read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a passages query: " + e.getMessage(), e);
        }
    }

    /** A new node of type {@code type}. */
    static ObjectNode node(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("t", type);
        return n;
    }

    /** The refusal of a query that has no form here. */
    static PassagesException refused(String what) {
        return new PassagesException(PassagesException.Kind.BAD_QUERY, "this query is not available with --solr (" + what + ")");
    }
}
