package dev.passages.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people an article's byline names ({@code By Jane A. Roe and John Smith in Kabul}), as the forms the
 * article may call them by: the whole name, first and last name, and the surname alone. A run of the text that
 * is one of them names a person, whatever an outlet learned from a source or a lone capitalised word would
 * suggest. A part of the byline that reads as an outlet, an agency, a place or a post ({@code Reuters},
 * {@code Staff Reporter}, {@code Associated Press}) names no one.
 */
final class BylineNames {

    static final BylineNames NONE = new BylineNames(Set.of());

    /** Forms in lower case, words joined by one space. */
    private final Set<String> forms;

    private BylineNames(Set<String> forms) {
        this.forms = forms;
    }

    /** The names of {@code byline} (null or blank: none). */
    static BylineNames of(String byline) {
        if (byline == null || byline.isBlank()) {
            return NONE;
        }
        Set<String> forms = new HashSet<>();
        for (String part : byline.split("[,;/|&+]|\\s+(?i:and|und|et|y|e)\\s+")) {
            List<String> name = name(part);
            if (name.size() < 2 || name.size() > 5) {
                continue;
            }
            List<String> full = new ArrayList<>();
            for (String w : name) {
                if (w.length() > 1) {
                    full.add(w);
                }
            }
            forms.add(String.join(" ", name));
            forms.add(String.join(" ", full));
            String last = full.get(full.size() - 1);
            forms.add(full.get(0) + " " + last);
            if (last.length() > 2) {
                forms.add(last);
            }
        }
        return forms.isEmpty() ? NONE : new BylineNames(Set.copyOf(forms));
    }

    /** Whether {@code lower} (a run's words in lower case) is a name of the byline. */
    boolean contains(List<String> lower) {
        return !forms.isEmpty() && forms.contains(String.join(" ", lower));
    }

    /**
     * The words of a person's name at the start of {@code part}, in lower case, titles before it left out; empty
     * when a word of it is not a name's (an outlet's, a place's, a post's, a common word).
     */
    private static List<String> name(String part) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokens(part.strip())) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.isWord()) {
                if (t.text().equals(".") && !words.isEmpty()) {
                    continue;
                }
                break;
            }
            if (words.isEmpty() && (Lexicon.TITLES.contains(lower) || Lexicon.COURTESY_TITLES.contains(lower)
                    || Lexicon.HONORIFICS.contains(lower))) {
                continue;
            }
            if (!t.isCapitalised()) {
                if (!words.isEmpty() && Lexicon.PARTICLES.contains(lower)) {
                    words.add(lower);
                    continue;
                }
                break;
            }
            if (!isNameWord(lower)) {
                return List.of();
            }
            words.add(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
        }
        return words;
    }

    private static boolean isNameWord(String lower) {
        return !Lexicon.TITLES.contains(lower) && !Lexicon.MEDIA_WORDS.contains(lower)
                && !Lexicon.NEWS_SERVICES.contains(lower) && !Lexicon.OUTLET_NOUNS.contains(lower)
                && !Lexicon.PLACES.contains(lower) && !Lexicon.DEMONYMS.contains(lower)
                && !Lexicon.COMMON.contains(lower) && !Lexicon.LANGUAGES.contains(lower)
                && !Lexicon.ORG_ROLES.contains(lower) && !Lexicon.GENERIC_SOURCES.contains(lower)
                && !MentionClassifier.isOrgWord(lower) && !Character.isDigit(lower.charAt(0));
    }
}
