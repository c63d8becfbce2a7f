package dev.passages.corpus.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema.org article facts of a page's JSON-LD blocks: headline (or name), authors, publisher and
 * publication date, from the first block (or {@code @graph} member) typed as an article. A block that is not
 * valid JSON is passed over.
 */
record JsonLd(String name, String headline, String byline, String publisher, String datePublished) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|Report|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|APIReference");
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");
    private static final Evaluator LD_JSON = PageElements.selector("script[type=application/ld+json]");
    static final JsonLd NONE = new JsonLd(null, null, null, null, null);

    static JsonLd of(PageElements page) {
        for (Element script : PageElements.matching(page.scripts(), LD_JSON)) {
            String content = CDATA.matcher(script.data()).replaceAll("");
            JsonNode root;
            try {
                root = JSON.readTree(content);
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            JsonNode article = article(root, 0);
            if (article != null) {
                return new JsonLd(string(article.get("name")), string(article.get("headline")),
                        authors(article.get("author")), string(named(article.get("publisher"))),
                        string(article.get("datePublished")));
            }
        }
        return NONE;
    }

    /** The first node typed as an article, in an array, a {@code @graph}, or the node itself. */
    private static JsonNode article(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = article(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject() || !schemaOrg(node.get("@context"))) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null && graph.isArray()) {
            for (JsonNode item : graph) {
                if (item.isObject() && isArticle(item.get("@type"))) {
                    return item;
                }
            }
        }
        return null;
    }

    /** A missing context is taken as schema.org (it is the vocabulary of page metadata); another is not. */
    private static boolean schemaOrg(JsonNode context) {
        if (context == null || context.isNull()) {
            return true;
        }
        if (context.isTextual()) {
            return context.asText().contains("schema.org");
        }
        if (context.isObject()) {
            JsonNode vocab = context.get("@vocab");
            return vocab != null && vocab.isTextual() && vocab.asText().contains("schema.org");
        }
        if (context.isArray()) {
            for (JsonNode c : context) {
                if (schemaOrg(c) && !c.isNull()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).find();
    }

    /** The names of the authors, joined with commas: objects with a name, or plain strings. */
    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : string(named(a));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static JsonNode named(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : named(node.get(0));
        }
        return node.isObject() ? node.get("name") : null;
    }

    private static String string(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
