package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into word and punctuation tokens, and the tokens into sentences. */
final class Tokenizer {

    /** Words keep inner hyphens and apostrophes ({@code Anwar-ul-Haq}, {@code O'Neil}); a possessive 's is its own token. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{N}+(?=\\p{L}))?[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-‐'’.][\\p{L}\\p{M}\\p{N}]+)*\\.?"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*%?|\\S");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)(['’]s)");
    /** Abbreviations whose full stop ends no sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sen.", "rep.", "gov.", "st.", "jr.",
            "sr.", "no.", "vs.", "inc.", "corp.", "co.", "ltd.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "brig.", "adm.", "prof.");

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int start = m.start();
            if (t.length() > 1 && t.endsWith(".") && Character.isLetter(t.charAt(0))
                    && !ABBREVIATIONS.contains(t.toLowerCase(java.util.Locale.ROOT)) && !isInitials(t)) {
                out.add(new Token(t.substring(0, t.length() - 1), start, m.end() - 1));
                out.add(new Token(".", m.end() - 1, m.end()));
                continue;
            }
            Matcher p = POSSESSIVE.matcher(t);
            if (Character.isLetter(t.charAt(0)) && p.matches()) {
                out.add(new Token(p.group(1), start, start + p.group(1).length()));
                out.add(new Token(p.group(2), start + p.group(1).length(), m.end()));
                continue;
            }
            out.add(new Token(t, start, m.end()));
        }
        return out;
    }

    /** U.S. or J.P. style initials keep their stops. */
    private static boolean isInitials(String t) {
        return t.matches("(?:\\p{Lu}\\.)+");
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
