package dev.passages.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of news outlets learned from articles' {@code source} fields ({@code Source: Ariana News}):
 * the whole name, without a leading "the", and its first word when that word is distinctive
 * ({@code Ariana}). A source that is an organisation spelled out ({@code PICSS (Pakistan Institute
 * for ... Studies)}) or that names one by its head word ({@code ... Foundation}) is no outlet.
 */
final class Outlets {

    static final Outlets NONE = new Outlets(Set.of());

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern VIA = Pattern.compile("(?i)\\bvia\\s+(.+)");
    private static final Pattern BASED = Pattern.compile("(\\S+)-based\\b");

    /** Names in lower case, words joined by one space. */
    private final Set<String> names;

    private Outlets(Set<String> names) {
        this.names = names;
    }

    /** These outlets and those of {@code source}. */
    Outlets with(String source) {
        if (source == null || source.isBlank()) {
            return this;
        }
        Set<String> more = new HashSet<>(names);
        learn(source, more);
        return more.size() == names.size() ? this : new Outlets(Set.copyOf(more));
    }

    /** Whether {@code lower} (a name's words in lower case) is a learned outlet. */
    boolean contains(List<String> lower) {
        return !names.isEmpty() && names.contains(String.join(" ", lower));
    }

    private static void learn(String source, Set<String> into) {
        if (source == null || source.isBlank()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(source);
        boolean spelledOutBody = false;
        while (m.find()) {
            String inside = m.group(1).trim();
            Matcher via = VIA.matcher(inside);
            Matcher based = BASED.matcher(inside);
            if (via.find()) {
                parts.add(via.group(1));
            } else if (based.find()) {
                parts.add(based.group(1));
            } else if (headsABody(words(inside))) {
                spelledOutBody = true;
            }
        }
        if (spelledOutBody) {
            return;
        }
        for (String part : PARENTHESIS.matcher(source).replaceAll(" ").split("[/,;|]")) {
            parts.add(part);
        }
        for (String part : parts) {
            List<String> words = words(part);
            if (words.isEmpty() || headsABody(words) && !hasMediaWord(words)) {
                continue;
            }
            into.add(String.join(" ", words));
            String first = words.get(0);
            if (words.size() > 1 && first.length() > 2 && !Lexicon.MEDIA_WORDS.contains(first)
                    && !Lexicon.PLACES.contains(first) && !Lexicon.DEMONYMS.contains(first)
                    && !Lexicon.COMMON.contains(first) && !Lexicon.LANGUAGES.contains(first)
                    && !MentionClassifier.isOrgWord(first)) {
                into.add(first);
            }
        }
    }

    /** The words of a name in lower case, a leading "the" and words that are not capitalised left out. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text)) {
            if (t.isWord() && (t.isCapitalised() || Character.isDigit(t.text().charAt(0)))) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        if (!out.isEmpty() && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }

    private static boolean headsABody(List<String> words) {
        for (String w : words) {
            if (MentionClassifier.isOrgWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMediaWord(List<String> words) {
        for (String w : words) {
            if (Lexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
