package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a paragraph into word and punctuation tokens, and the tokens into sentences. */
final class Tokenizer {

    /** Words keep inner hyphens and apostrophes ({@code Anwar-ul-Haq}, {@code O'Neil}); a possessive 's is its own token. */
    /** Abbreviations whose full stop ends no sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sen.", "rep.", "gov.", "st.", "jr.",
            "sr.", "no.", "vs.", "inc.", "corp.", "co.", "ltd.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "brig.", "adm.", "prof.");

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int end = scanWord(text, i);
            if (end < 0) {
                end = scanNumber(text, i);
            }
            if (end < 0) {
                end = i + Character.charCount(text.codePointAt(i));
                out.add(new Token(text.substring(start, end), start, end));
                i = end;
                continue;
            }
            emit(out, text.substring(start, end), start, end);
            i = end;
        }
        return out;
    }

    /** A word: letters (after optional digits: 24NewsHD), inner hyphens, apostrophes and dots, one final dot. */
    private static int scanWord(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j >= n || !isLetter(text.charAt(j))) {
            return -1;
        }
        j++;
        while (j < n) {
            char c = text.charAt(j);
            if (isLetter(c) || Character.isDigit(c)) {
                j++;
            } else if ((c == '-' || c == '‐' || c == '\'' || c == '’' || c == '.') && j + 1 < n
                    && (isLetter(text.charAt(j + 1)) || Character.isDigit(text.charAt(j + 1)))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && text.charAt(j) == '.') {
            j++;
        }
        return j;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** A number: digits with inner separators ({@code 2,267}, {@code 1.5}, {@code 10:30}), an optional %. */
    private static int scanNumber(String text, int i) {
        int n = text.length();
        if (!Character.isDigit(text.charAt(i))) {
            return -1;
        }
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && text.charAt(j) == '%') {
            j++;
        }
        return j;
    }

    /** Splits a final full stop off all but abbreviations and initials, and a possessive 's off its word. */
    private static void emit(List<Token> out, String t, int start, int end) {
        if (t.length() > 1 && t.endsWith(".") && Character.isLetter(t.charAt(0))
                && !ABBREVIATIONS.contains(t.toLowerCase(java.util.Locale.ROOT)) && !isInitials(t)) {
            out.add(new Token(t.substring(0, t.length() - 1), start, end - 1));
            out.add(new Token(".", end - 1, end));
            return;
        }
        int len = t.length();
        if (len > 2 && Character.isLetter(t.charAt(0)) && (t.charAt(len - 1) == 's' || t.charAt(len - 1) == 'S')
                && (t.charAt(len - 2) == '\'' || t.charAt(len - 2) == '’')) {
            out.add(new Token(t.substring(0, len - 2), start, end - 2));
            out.add(new Token(t.substring(len - 2), end - 2, end));
            return;
        }
        out.add(new Token(t, start, end));
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

    private static boolean isInitials(String t) {
        return INITIALS.matcher(t).matches();
    }

    /** Sentences as [start, end) index pairs into {@code tokens}. */
    static List<int[]> sentences(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                int end = i + 1;
                while (end < tokens.size() && (tokens.get(end).text().equals("”") || tokens.get(end).text().equals("\"")
                        || tokens.get(end).text().equals("’") || tokens.get(end).text().equals(")"))) {
                    end++;
                }
                if (end < tokens.size() && !startsSentence(tokens.get(end))) {
                    continue;
                }
                out.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < tokens.size()) {
            out.add(new int[] {start, tokens.size()});
        }
        return out;
    }

    private static boolean startsSentence(Token next) {
        return next.isCapitalised() || next.isOpeningQuote() || Character.isDigit(next.text().charAt(0));
    }
}
