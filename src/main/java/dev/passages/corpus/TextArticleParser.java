package dev.passages.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one plain-text article: an optional header block ({@code Title:}, {@code Date:},
 * {@code URL:}, {@code Source:}, {@code By:}/{@code Byline:}/{@code Author:}) or an update stamp such as {@code (Last Updated On: November 20, 2023)},
 * then body paragraphs separated by blank lines. The date comes from the header or stamp, else an ISO date
 * opening the file name, else a dateline opening the body.
 */
public final class TextArticleParser {

    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?is)^(title|headline|date|published|url|link|source|outlet|author|byline|by)\\s*:\\s*(.*)$");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\(\\s*(?:last\\s+)?(?:updated|published|posted)(?:\\s+on)?\\s*:?\\s*(.+?)\\s*\\)$");
    /** A dateline opening the body: {@code ISLAMABAD, Nov 21, 2023:} or {@code KABUL, Afghanistan, Nov. 21, 2023 —}. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40}?,\\s+([^:—–]{6,40}?)\\s*(?::|—|–|\\s-)\\s");
    private static final Pattern FILE_DATE = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})[^/]*$");
    private static final int TITLE_WORDS = 14;

    private TextArticleParser() {
    }

    /**
     * @param id   the article id (path relative to the corpus root, without extension)
     * @param file the file's path relative to the corpus root
     * @param text the decoded file content
     * @param warn receives one line per recoverable problem (such as an unreadable date)
     */
    public static Article parse(String id, String file, String text, Consumer<String> warn)
            throws UnreadableFileException {
        List<String> lines = List.of(Paragraphs.normaliseLineEnds(strip(text)).split("\n", -1));
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        String title = null;
        String dateText = null;
        String source = null;
        String url = null;
        String byline = null;
        boolean headerSeen = false;
        for (; i < lines.size(); i++) {
            Matcher h = HEADER_LINE.matcher(lines.get(i).strip());
            if (!h.matches()) {
                break;
            }
            headerSeen = true;
            String value = h.group(2).strip();
            switch (h.group(1).toLowerCase(Locale.ROOT)) {
                case "title", "headline" -> title = value;
                case "date", "published" -> dateText = value;
                case "url", "link" -> url = value;
                case "source", "outlet" -> source = value;
                case "author", "byline", "by" -> byline = value;
                default -> { }
            }
        }
        if (!headerSeen && i < lines.size()) {
            Matcher stamp = STAMP.matcher(lines.get(i).strip());
            if (stamp.matches()) {
                dateText = stamp.group(1);
                i++;
            }
        }
        List<String> paragraphs = Paragraphs.splitOnBlankLines(String.join("\n", lines.subList(i, lines.size())));
        if (paragraphs.isEmpty()) {
            throw new UnreadableFileException("no body paragraphs");
        }
        LocalDate date = Dates.parse(dateText).orElse(null);
        if (date == null) {
            Matcher fromName = FILE_DATE.matcher(file);
            date = fromName.find() ? Dates.parse(fromName.group(1)).orElse(null) : null;
        }
        if (date == null) {
            Matcher dateline = DATELINE.matcher(paragraphs.get(0));
            date = dateline.find() ? Dates.parse(dateline.group(1)).orElse(null) : null;
        }
        if (date == null) {
            warn.accept(dateText == null
                    ? "no date found; read without one"
                    : "unreadable date '" + dateText + "'; read without one");
        }
        if (title == null || title.isBlank()) {
            title = titleFrom(paragraphs.get(0));
        }
        return new Article(id, file, Paragraphs.tidy(title), date, SourceNames.tidy(source), blankToNull(url),
                Bylines.tidy(byline), paragraphs);
    }

    /** A title derived from the first sentence of the first paragraph, shortened to a headline's length. */
    static String titleFrom(String paragraph) {
        String sentence = firstSentence(paragraph);
        String[] words = sentence.split(" ");
        if (words.length <= TITLE_WORDS) {
            return sentence;
        }
        List<String> kept = new ArrayList<>(List.of(words).subList(0, TITLE_WORDS));
        return String.join(" ", kept).replaceAll("[,;:]$", "") + "…";
    }

    private static String firstSentence(String paragraph) {
        Matcher m = Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“‘(]?[A-Z])").matcher(paragraph);
        while (m.find()) {
            String candidate = paragraph.substring(0, m.end());
            // "Gen." or "U.S." ends no sentence.
            if (!candidate.matches("(?s).*\\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\\.[A-Z])*)\\.$")) {
                return candidate.replaceAll("[.]$", "");
            }
        }
        return paragraph.replaceAll("[.]$", "");
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
