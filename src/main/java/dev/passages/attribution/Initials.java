package dev.passages.attribution;

import java.util.regex.Pattern;

/** A body known by its initials, joined by "and", "&" or "/" ({@code S and P}, {@code S/P}, {@code AT and T}). */
final class Initials {

    private static final Pattern AND = Pattern.compile(" and | ?& ?");
    private static final Pattern WORD_GAP = Pattern.compile("[ \\-]+");

    private Initials() {
    }

    /** Whether "and", "&" or "/" at {@code j} joins a body's initials ({@code S and P}, {@code S/P}, {@code AT and T}). */
    static boolean join(TokenList toks, int j, int s1) {
        String t = toks.get(j).text();
        if (j == 0 || j + 1 >= s1 || !(t.equals("and") || t.equals("&") || t.equals("/"))) {
            return false;
        }
        Token a = toks.get(j - 1);
        Token b = toks.get(j + 1);
        // one side a single letter, as in S and P; not two bodies or places each known by its own (US and EU, GM and VW)
        return isInitials(a) && isInitials(b) && (a.text().length() == 1 || b.text().length() == 1)
                && !Lexicon.PLACES.contains(a.lower()) && !Lexicon.PLACES.contains(b.lower());
    }

    /**
     * A run that opens with a body's initials ({@code S and P}, {@code AC and R Advertising}); not one where a title
     * and a person follow them ({@code AT and T Chairman X}), which the finder splits.
     */
    static boolean opensRun(TokenList toks, int start, int end) {
        return end - start >= 3 && join(toks, start + 1, end)
                && (end - start == 3 || !Lexicon.TITLES.contains(toks.get(start + 3).lower()));
    }

    /**
     * The letters of a name that is initials alone, each group joined by "and", "&" or "/" ending at a {@code |}:
     * {@code S|P} of {@code S and P} or {@code S/P}, {@code AT|T} of {@code AT and T}, the name itself when it is
     * capitals only ({@code IMF}); else null.
     */
    static String letters(String name) {
        // by hand, not by a pattern: asked of every organisation's mention that no entity's name matched
        int n = name.length();
        StringBuilder out = null;
        int i = 0;
        while (true) {
            int from = i;
            while (i < n && Character.isUpperCase(name.charAt(i))) {
                i++;
            }
            if (i == from) {
                return null;
            }
            if (out == null) {
                if (i == n) {
                    return name;
                }
                out = new StringBuilder(n);
            } else {
                out.append('|');
            }
            out.append(name, from, i);
            if (i == n) {
                return out.toString();
            }
            i = joinerEnd(name, i);
            if (i < 0) {
                return null;
            }
        }
    }

    /** The end of " and ", "&", " & " or "/" at {@code i} of {@code name}, followed by more; else -1. */
    private static int joinerEnd(String name, int i) {
        int end = name.startsWith(" and ", i) ? i + 5 : name.startsWith(" & ", i) ? i + 3
                : name.charAt(i) == '&' || name.charAt(i) == '/' ? i + 1 : -1;
        return end > 0 && end < name.length() ? end : -1;
    }

    /**
     * The initials of a name with an "and" or "&" in the shape of {@link #letters}: {@code S|P} of {@code Standard
     * and Poor's Corp}, {@code AT|T} of {@code American Telephone and Telegraph Co} (capitalised words only, a
     * firm's suffix left out).
     */
    static String ofJoinedName(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : AND.split(name, -1)) {
            int letters = 0;
            for (String word : WORD_GAP.split(part)) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                        && !Lexicon.CORPORATE_SUFFIXES.contains(Names.fold(word))) {
                    out.append(letters++ == 0 && !out.isEmpty() ? "|" : "").append(word.charAt(0));
                }
            }
            if (letters == 0) {
                return "";
            }
        }
        return out.toString();
    }

    /** One to three capital letters, as a body's initials are ({@code S}, {@code AT}). */
    private static boolean isInitials(Token t) {
        String w = t.text();
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 'A' || w.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
