package dev.passages.backend;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Speaker;
import dev.passages.corpus.Article;
import dev.passages.index.Acronyms;
import dev.passages.index.MinHash;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerCodec;
import org.apache.solr.common.SolrInputDocument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An attributed article as the Solr documents of passages' schema ({@code backend/solr/schema.xml}): an
 * article document whose children are its paragraphs, in order, so that they stay one block on one shard as
 * in passages' own index; the fields of {@link Schema#documents}, computed here (paragraphs, dates, speakers,
 * acronyms, MinHash) and sent as values.
 */
final class SolrDocuments {

    static final String DOC_TYPE = "doc_type";
    static final String ARTICLE_TYPE = "article";
    static final String PARAGRAPH_TYPE = "paragraph";
    /** The title on every paragraph, stored only (the indexed {@link Schema#TITLE} is on the first paragraph). */
    static final String ARTICLE_TITLE = "article_title";
    /** The outlet's name as one value, for counting (the schema copies it from {@code source}). */
    static final String SOURCE_FACET = "source_facet";
    static final String ID = "id";

    private SolrDocuments() {
    }

    /** The id of an article's own document: no paragraph id ends in {@code #0}. */
    static String articleDocId(String articleId) {
        return articleId + "#0";
    }

    /**
     * @param speakers the attributions of each paragraph, or null when attribution was not run
     */
    static SolrInputDocument block(Article article, String origin, String fileKey, String fileHash,
                                   List<List<Attribution>> speakers) {
        SolrInputDocument parent = new SolrInputDocument();
        parent.addField(ID, articleDocId(article.id()));
        parent.addField(DOC_TYPE, ARTICLE_TYPE);
        parent.addField(Schema.ARTICLE, article.id());
        parent.addField(Schema.FILE, fileKey);
        parent.addField(Schema.ORIGIN, origin);
        parent.addField(Schema.FILE_HASH, fileHash);
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int number = i + 1;
            String text = article.paragraphs().get(i);
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField(ID, Schema.paragraphId(article.id(), number));
            doc.addField(DOC_TYPE, PARAGRAPH_TYPE);
            doc.addField(Schema.ARTICLE, article.id());
            doc.addField(Schema.FILE, fileKey);
            doc.addField(Schema.ORIGIN, origin);
            if (number == 1) {
                doc.addField(Schema.TITLE, article.title());
            }
            doc.addField(ARTICLE_TITLE, article.title());
            if (article.source() != null) {
                doc.addField(Schema.SOURCE, article.source());
            }
            if (article.url() != null) {
                doc.addField(Schema.URL, article.url());
            }
            if (article.byline() != null) {
                doc.addField(Schema.BYLINE, article.byline());
            }
            if (article.date() != null) {
                doc.addField(Schema.DATE, article.date().toEpochDay());
                doc.addField(Schema.DATE_ISO, article.date().toString());
            }
            doc.addField(Schema.PARAGRAPH, number);
            doc.addField(Schema.TEXT, text);
            byte[] signature = MinHash.signature(text);
            if (signature != null) {
                doc.addField(Schema.MINHASH, signature);
            }
            for (String def : Acronyms.extract(text)) {
                doc.addField(Schema.ACRONYM_DEF, def);
            }
            if (speakers != null) {
                addSpeakers(doc, speakers.get(i));
            }
            parent.addChildDocument(doc);
        }
        return parent;
    }

    private static void addSpeakers(SolrInputDocument doc, List<Attribution> attributions) {
        Set<String> seen = new HashSet<>();
        for (Attribution a : attributions) {
            Speaker sp = a.speaker();
            if (!seen.add(sp.key())) {
                continue;
            }
            doc.addField(Schema.SPEAKER_KEY, sp.key());
            doc.addField(Schema.SPEAKER, String.join(" ; ", sp.aliases()));
            doc.addField(Schema.SPEAKERS_STORED, SpeakerCodec.encode(a));
            doc.addField(Schema.SPEAKER_ENTRY, SpeakerCodec.entry(sp));
        }
    }
}
