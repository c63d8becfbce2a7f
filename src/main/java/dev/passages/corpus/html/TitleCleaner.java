package dev.passages.corpus.html;

import dev.passages.corpus.Paragraphs;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline inside a page's {@code <title>}: a site name after a separator ({@code " | Site"},
 * {@code " - Site"}, {@code " » Section"}) or before a colon is cut off, unless what remains is too short to be
 * a headline; a title too short or too long to be a headline gives way to the page's only {@code <h1>}.
 */
final class TitleCleaner {

    private static final String SEPARATORS = "|\\-–—\\\\/>»";
    private static final Pattern SEPARATOR = Pattern.compile("\\s[" + SEPARATORS + "]\\s");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Pattern HIERARCHICAL = Pattern.compile("\\s[\\\\/>»]\\s");
    /** A cut title of this many words or fewer is a section name rather than a headline: the whole title stays. */
    private static final int SHORT_WORDS = 2;
    private static final Pattern FIRST_PART = Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]");

    private TitleCleaner() {
    }

    static String headline(PageElements page) {
        Element titleElement = page.title();
        String original = titleElement == null ? "" : titleElement.text().strip();
        String title = original;
        boolean hierarchical = false;
        Matcher separators = SEPARATOR.matcher(original);
        if (separators.find()) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            int last = separators.start();
            while (separators.find()) {
                last = separators.start();
            }
            title = original.substring(0, last);
            if (words(title) < 3) {
                title = FIRST_PART.matcher(original).replaceFirst("");
            }
        } else if (title.contains(": ")) {
            boolean heading = false;
            for (Element h : page.headings()) {
                if (h.text().strip().equals(title.strip())) {
                    heading = true;
                    break;
                }
            }
            if (!heading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            List<Element> h1s = page.headings().stream().filter(h -> h.normalName().equals("h1")).toList();
            if (h1s.size() == 1) {
                title = h1s.get(0).text();
            }
        }
        title = SPACE_RUN.matcher(title.strip()).replaceAll(" ");
        int count = words(title);
        if (count <= SHORT_WORDS && (!hierarchical || count != words(SEPARATOR.matcher(original).replaceAll("")) - 1)) {
            title = original;
        }
        return title;
    }

    private static int words(String s) {
        return WHITE_SPACE.split(s).length;
    }

    /** How much of {@code b}'s words {@code a} also has (1: all of them). */
    static double similarity(String a, String b) {
        List<String> wordsA = wordList(a);
        List<String> wordsB = wordList(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(wordsA);
        String unique = String.join(" ", wordsB.stream().filter(w -> !inA.contains(w)).toList());
        return 1 - (double) unique.length() / String.join(" ", wordsB).length();
    }

    /** The words of {@code s}, its terminal escapes taken out whole first, as the text's own are. */
    private static List<String> wordList(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(Paragraphs.withoutEscapes(s).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
