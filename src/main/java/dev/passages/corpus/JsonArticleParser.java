package dev.passages.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads collections of articles stored as JSON: an array of objects, or JSON Lines (one object per
 * line; a line that cannot be read is skipped, the others are read). Fields are found by common names
 * ({@code title}, {@code body}/{@code text}/{@code content}, {@code date}, {@code url}, {@code source}, {@code id}, {@code byline}/{@code author}: a string, or a list of
 * strings or of objects with a {@code name}); Reuters-21578's SGML entities, hard-wrapped
 * indented paragraphs and {@code 26-FEB-1987} dates are handled.
 */
public final class JsonArticleParser {

    private static final List<String> ID = List.of("id", "newid", "attrs.newid", "doc_id", "docid", "uuid", "guid");
    private static final List<String> TITLE = List.of("title", "headline", "heading", "name");
    private static final List<String> BODY = List.of("body", "text", "content", "article", "story", "description");
    private static final List<String> DATE = List.of("date", "published", "published_at", "publishedAt", "pubdate",
            "datetime", "timestamp", "created_at");
    private static final List<String> URL = List.of("url", "link", "href");
    private static final List<String> SOURCE = List.of("source", "outlet", "publisher", "site");
    private static final List<String> BYLINE = List.of("byline", "author", "authors");

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos|nbsp);");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    /** Unreadable lines of one file reported one by one; those after them are counted in one more warning. */
    static final int LINE_WARNINGS = 10;

    private JsonArticleParser() {
    }

    /**
     * The articles of a JSON document (an array of objects, or objects one after another), all or nothing: a
     * file that is not well-formed JSON is unreadable.
     *
     * @param fileId the file's path relative to the corpus root, without extension: the prefix of each article id
     * @param file   the file's path relative to the corpus root
     */
    public static List<Article> parse(String fileId, String file, String text, Consumer<String> warn)
            throws UnreadableFileException {
        List<Article> out = new ArrayList<>();
        // the records' warnings are said once the whole file is read: a file skipped as malformed indexes none of them
        List<String> warnings = new ArrayList<>();
        int[] index = {0};
        Consumer<JsonNode> onRecord = node -> {
            index[0]++;
            Article a = article(fileId, file, node, index[0], warnings::add);
            if (a != null) {
                out.add(a);
            }
        };
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    onRecord.accept(MAPPER.readTree(p));
                }
            } else if (first == JsonToken.START_OBJECT) {
                do {
                    onRecord.accept(MAPPER.readTree(p));
                } while (p.nextToken() == JsonToken.START_OBJECT);
            } else {
                throw new UnreadableFileException("not a JSON array or JSON Lines of objects");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableFileException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""));
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read JSON: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new UnreadableFileException("no articles with a body");
        }
        warnings.forEach(warn);
        return out;
    }

    /**
     * The articles of a JSON Lines file, one object per line (blank lines aside), a record without an id
     * numbered by its place among the lines that are not blank. A line that is not one JSON object is skipped
     * with a warning naming its line number ({@link #LINE_WARNINGS} such warnings at most, then one that counts
     * the rest), and the other lines are read; a file of which no line can be read is read as one JSON document
     * (an array under a JSON Lines name), and unreadable, for the first line's reason, when it is none.
     */
    public static FileArticles parseLines(String fileId, String file, String text, Consumer<String> warn)
            throws UnreadableFileException {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first < text.length() && text.charAt(first) == '[') {
            return wholeDocument(fileId, file, text, warn, null); // an array is one document, whatever the file's name
        }
        List<Article> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int record = 0;
        int skipped = 0;
        int lastSkipped = 0;
        String firstProblem = null;
        int lineNumber = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            start = end + 1;
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            record++;
            JsonNode node;
            try {
                node = lineObject(line);
            } catch (UnreadableFileException e) {
                if (firstProblem == null) {
                    firstProblem = e.getMessage() + " at line " + lineNumber;
                }
                if (++skipped <= LINE_WARNINGS) {
                    warnings.add("line " + lineNumber + ": skipped: " + e.getMessage());
                }
                lastSkipped = lineNumber;
                continue;
            }
            Article a = article(fileId, file, node, record, warnings::add);
            if (a != null) {
                out.add(a);
            }
        }
        if (record == skipped) {
            // no line is an object of its own: a JSON document under a JSON Lines name (an array, or objects
            // spread over lines) is read whole, as it was before lines were read one by one
            return wholeDocument(fileId, file, text, warn, firstProblem);
        }
        if (skipped > LINE_WARNINGS) {
            warnings.add((skipped - LINE_WARNINGS) + " more unreadable lines skipped (the last at line " + lastSkipped + ")");
        }
        warnings.forEach(warn);
        if (out.isEmpty()) {
            throw new UnreadableFileException("no articles with a body");
        }
        return new FileArticles(out, skipped);
    }

    /**
     * The articles of {@code text} read as one JSON document; when it is none, unreadable for {@code lineProblem}, or
     * for the document's own problem when there is no line's.
     */
    private static FileArticles wholeDocument(String fileId, String file, String text, Consumer<String> warn,
                                              String lineProblem) throws UnreadableFileException {
        try {
            return new FileArticles(parse(fileId, file, text, warn), 0);
        } catch (UnreadableFileException notADocument) {
            throw lineProblem != null ? new UnreadableFileException(lineProblem) : notADocument;
        }
    }

    /** The one JSON object a line holds, or why it holds none. */
    private static JsonNode lineObject(String line) throws UnreadableFileException {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableFileException("not a JSON object");
            }
            JsonNode node = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new UnreadableFileException("more than one JSON value on the line");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableFileException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read JSON: " + e.getMessage());
        }
    }

    private static Article article(String fileId, String file, JsonNode node, int index, Consumer<String> warn) {
        String body = field(node, BODY);
        if (body == null || body.isBlank()) {
            return null;
        }
        String id = field(node, ID);
        String articleId = fileId + "/" + (id == null || id.isBlank() ? String.valueOf(index) : CorpusFiles.idPart(id.strip()));
        List<String> paragraphs = new ArrayList<>();
        for (String p : paragraphs(withoutSignOff(body))) {
            String decoded = Paragraphs.tidy(entities(p));
            if (!decoded.isEmpty()) {
                paragraphs.add(decoded);
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String title = field(node, TITLE);
        title = title == null || title.isBlank() ? TextArticleParser.titleFrom(paragraphs.get(0)) : Paragraphs.tidy(entities(title));
        String dateText = field(node, DATE);
        LocalDate date = Dates.parse(dateText).orElse(null);
        if (date == null) {
            warn.accept(articleId + ": " + (dateText == null ? "no date found" : "unreadable date '" + dateText + "'")
                    + "; read without one");
        }
        String source = field(node, SOURCE);
        return new Article(articleId, file, title, date, source == null ? null : SourceNames.tidy(entities(source)),
                field(node, URL), byline(node), paragraphs);
    }

    /** Blank lines separate paragraphs where there are any; otherwise an indented line starts one. */
    private static List<String> paragraphs(String body) {
        String normal = Paragraphs.normaliseLineEnds(body);
        return hasBlankLine(normal) ? Paragraphs.splitOnBlankLines(normal) : Paragraphs.splitOnIndent(normal);
    }

    /** A line feed, spaces or tabs, and another line feed. */
    private static boolean hasBlankLine(String text) {
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            int i = at + 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The body without the wire's sign-off at its end ({@code Reuter}, then {@code &#3;} or the control
     * character it stands for) and without trailing white space.
     */
    static String withoutSignOff(String body) {
        int end = skipSpaceBack(body, body.length());
        if (end >= 4 && body.startsWith("&#3;", end - 4)) {
            end = skipSpaceBack(body, end - 4);
        } else if (end > 0 && body.charAt(end - 1) == '\u0003') {
            end = skipSpaceBack(body, end - 1);
        }
        if (endsWithAsciiIgnoringCase(body, end, "reuters")) {
            end = skipSpaceBack(body, end - 7);
        } else if (endsWithAsciiIgnoringCase(body, end, "reuter")) {
            end = skipSpaceBack(body, end - 6);
        }
        return body.substring(0, end);
    }

    /** Whether {@code s} up to {@code end} ends with the lower-case ASCII {@code word}, in any ASCII case. */
    private static boolean endsWithAsciiIgnoringCase(String s, int end, String word) {
        int from = end - word.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = s.charAt(from + i);
            if (c != word.charAt(i) && c != Character.toUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Back from {@code end} over ASCII white space (as {@code \\s} in a regular expression). */
    private static int skipSpaceBack(String s, int end) {
        while (end > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The first byline field present: a string, an object with a name, or a list of them joined with commas. */
    private static String byline(JsonNode node) {
        for (String name : BYLINE) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode one : v.isArray() ? v : List.of(v)) {
                JsonNode text = one.isObject() ? one.get("name") : one;
                if (text != null && text.isValueNode() && !text.isNull()) {
                    String tidy = Bylines.tidy(entities(text.asText()));
                    if (tidy != null) {
                        names.add(tidy);
                    }
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node;
            for (String part : name.split("\\.")) {
                v = v == null ? null : v.get(part);
            }
            if (v != null && !v.isNull()) {
                if (v.isArray()) {
                    return v.size() == 0 ? null : v.get(0).asText();
                }
                return v.isValueNode() ? v.asText() : null;
            }
        }
        return null;
    }

    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'",
            "nbsp", " ");

    /** SGML/HTML character entities decoded ({@code &lt;} → {@code <}, {@code &#3;} → a control character, later removed). */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = NAMED.get(e);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }
}
