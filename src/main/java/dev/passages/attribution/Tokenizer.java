package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into word and punctuation tokens, and the tokens into sentences. Words keep inner
 * hyphens and apostrophes ({@code Anwar-ul-Haq}, {@code O'Neil}); a possessive 's is its own token; two
 * apostrophes or backticks are a quotation mark ({@code ''It will,'' he said}); of three that close a quotation,
 * the first closes the inner one ({@code ''He said 'no,''' she said}).
 */
final class Tokenizer {

    /** Abbreviations whose full stop ends no sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = Lexicon.words("abbreviations");

    private static final int ABBREVIATION_MAX_LENGTH = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private static final WordsByChars ABBREVIATIONS_BY_CHARS = new WordsByChars(ABBREVIATIONS);

    /** One-character strings of ASCII, for punctuation tokens: commas and full stops need no string of their own. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    static TokenList tokens(String text) {
        if (text.length() > Attributor.MAX_PARAGRAPH_CHARS) {
            return TokenList.EMPTY; // a byline or source field this long names no one, as such a paragraph does not
        }
        return tokens(text, new char[text.length()], new ArticleWords(text.length() / 16));
    }

    /**
     * The tokens of {@code text}, its characters copied into {@code scratch} (at least as long as the text) to be
     * scanned, and its capitalised words lower-cased there: an article's paragraphs share one array instead of each
     * copying its text to a new one. A word that is not a frequent one takes its string from {@code words}, which
     * an article's paragraphs share, so that a word the article repeats is one string.
     */
    static TokenList tokens(String text, char[] scratch, ArticleWords words) {
        TokenList.Builder out = new TokenList.Builder(text.length() / 5 + 4);
        add(text, scratch, words, out);
        return out.build();
    }

    /**
     * The tokens of {@code text} as {@link #tokens(String, char[], ArticleWords)} makes them, gathered in {@code builder}
     * (empty), which an article's paragraphs share, and given in a list of their own size.
     */
    static TokenList tokens(String text, char[] scratch, ArticleWords words, TokenList.Builder builder) {
        add(text, scratch, words, builder);
        return builder.take();
    }

    private static void add(String text, char[] scratch, ArticleWords words, TokenList.Builder out) {
        // scanned as an array, with ASCII answered before Unicode tables: this reads every character of the corpus
        int n = text.length();
        text.getChars(0, n, scratch, 0);
        char[] cs = scratch;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isBlank(c)) {
                i++;
                continue;
            }
            if (c == '\'' && i > 0 && !isBlank(cs[i - 1]) && i + 2 < n && cs[i + 1] == c && cs[i + 2] == c) {
                // three closing apostrophes: an inner quotation's mark, then the outer one ('No,''' he said)
                out.add(new Token(ASCII[c], ASCII[c], i, i + 1));
                i++;
                continue;
            }
            if ((c == '\'' || c == '`') && i + 1 < n && cs[i + 1] == c) {
                // two apostrophes or backticks: a quotation mark in plain-text typesetting ('' and ``)
                out.add(new Token("\"", "\"", i, i + 2));
                i += 2;
                continue;
            }
            int start = i;
            int end = scanWord(cs, i, n);
            if (end < 0) {
                end = scanNumber(cs, i, n);
            }
            if (end < 0) {
                end = i + Character.charCount(text.codePointAt(i));
                out.add(c < ASCII.length ? new Token(ASCII[c], ASCII[c], start, end) : new Token(text.substring(start, end), start, end));
                i = end;
                continue;
            }
            emit(out, text, cs, start, end, words);
            i = end;
        }
    }

    private static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /**
     * The end of the word at {@code i} of {@code cs[0, n)}, or -1: letters (after optional digits: 24NewsHD), inner
     * hyphens, apostrophes and dots, one final dot.
     */
    private static int scanWord(char[] cs, int i, int n) {
        int j = i;
        while (j < n && isDigit(cs[j])) {
            j++;
        }
        if (j >= n || !isLetter(cs[j])) {
            return -1;
        }
        j++;
        while (j < n) {
            char c = cs[j];
            if (isLetter(c) || isDigit(c)) {
                j++;
            } else if ((c == '-' || c == '‐' || c == '\'' || c == '’' || c == '.') && j + 1 < n
                    && (isLetter(cs[j + 1]) || isDigit(cs[j + 1]))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && cs[j] == '.') {
            j++;
        }
        return j;
    }

    /** Small enough for the JIT to inline into the scanning loops: ASCII here, the rest in {@link #isOtherLetter}. */
    private static boolean isLetter(char c) {
        return c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : isOtherLetter(c);
    }

    private static boolean isOtherLetter(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The end of the number at {@code i} of {@code cs[0, n)}, or -1: digits with inner separators ({@code 2,267},
     * {@code 1.5}, {@code 10:30}), an optional %.
     */
    private static int scanNumber(char[] cs, int i, int n) {
        if (!isDigit(cs[i])) {
            return -1;
        }
        int j = i;
        while (j < n) {
            char c = cs[j];
            if (isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && j + 1 < n && isDigit(cs[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && cs[j] == '%') {
            j++;
        }
        return j;
    }

    /**
     * Adds the word {@code cs[start, end)}, splitting a final full stop off all but abbreviations and
     * initials, and a possessive 's off its word; each token's string is cut from the text once.
     */
    private static void emit(TokenList.Builder out, String text, char[] cs, int start, int end, ArticleWords words) {
        int len = end - start;
        if (len > 1 && cs[end - 1] == '.' && Character.isLetter(cs[start])
                && !isAbbreviation(text, cs, start, end) && !isInitials(cs, start, end)) {
            out.add(word(text, cs, start, end - 1, words));
            out.add(new Token(ASCII['.'], ASCII['.'], end - 1, end));
            return;
        }
        if (len > 2 && Character.isLetter(cs[start]) && (cs[end - 1] == 's' || cs[end - 1] == 'S')
                && (cs[end - 2] == '\'' || cs[end - 2] == '’')) {
            out.add(word(text, cs, start, end - 2, words));
            out.add(word(text, cs, end - 2, end, words));
            return;
        }
        out.add(word(text, cs, start, end, words));
    }

    /**
     * The word {@code cs[start, end)} with its lower-case form, made here from the array rather than from
     * the word's string: asked of nearly every word, and ASCII (nearly every word of English news) by hand;
     * a {@linkplain SharedWords frequent word} takes the shared string, not a copy.
     */
    private static Token word(String text, char[] cs, int start, int end, ArticleWords words) {
        int i = start;
        int hash = 0; // String.hashCode's, for SharedWords
        while (i < end && cs[i] < 128 && (cs[i] < 'A' || cs[i] > 'Z')) {
            hash = 31 * hash + cs[i];
            i++;
        }
        if (i == end) {
            // ASCII without a capital: whether it is a word is its first character's, and it is not capitalised
            String shared = SharedWords.find(cs, start, end, hash);
            String s = shared != null ? shared : words.of(cs, start, end, hash);
            return new Token(s, s, start, end, isAsciiLetterOrDigit(cs[start]), false);
        }
        // lower-cased in place, not in an array of its own: the scan has passed these characters and reads them no more
        int lowerHash = 0;
        int textHash = 0;
        boolean letterSeen = false;
        boolean capitalised = false;
        for (int k = start; k < end; k++) {
            char c = cs[k];
            if (c >= 128) {
                return new Token(text.substring(start, end), start, end);
            }
            textHash = 31 * textHash + c;
            boolean upper = c >= 'A' && c <= 'Z';
            if (!letterSeen && (upper || c >= 'a' && c <= 'z')) {
                letterSeen = true;
                capitalised = upper;
            }
            char l = upper ? (char) (c + ('a' - 'A')) : c;
            cs[k] = l;
            lowerHash = 31 * lowerHash + l;
        }
        String shared = SharedWords.find(cs, start, end, lowerHash);
        return new Token(words.of(text, start, end, textHash), shared != null ? shared : words.of(cs, start, end, lowerHash), start, end,
                isAsciiLetterOrDigit(cs[start]), capitalised);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * One of {@link #ABBREVIATIONS}, in any case; longer words are not lower-cased to find out. Asked of every word
     * before a full stop: an ASCII word (nearly all) is looked up by its characters, lower-cased as they are read,
     * not by a lower-cased copy.
     */
    static boolean isAbbreviation(String text, char[] cs, int start, int end) {
        if (end - start > ABBREVIATION_MAX_LENGTH) {
            return false;
        }
        int hash = 0; // String.hashCode's of the word lower-cased
        for (int k = start; k < end; k++) {
            char c = cs[k];
            if (c >= 128) {
                return ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
            }
            hash = 31 * hash + WordsByChars.lowerAscii(c);
        }
        return ABBREVIATIONS_BY_CHARS.findLowerAscii(cs, start, end, hash) != null;
    }

    /** Upper-case letters each followed by a full stop ({@code U.S.}, {@code J.}). */
    private static boolean isInitials(char[] cs, int start, int end) {
        if (end == start || (end - start) % 2 != 0) {
            return false;
        }
        for (int i = start; i < end; i += 2) {
            if (Character.getType(cs[i]) != Character.UPPERCASE_LETTER || cs[i + 1] != '.') {
                return false;
            }
        }
        return true;
    }

    /** Sentences as [start, end) index pairs into {@code tokens}. */
    static List<int[]> sentences(TokenList tokens) {
        return sentences(tokens, 0);
    }

    /** The sentences of the tokens from {@code from} on, as [start, end) index pairs into {@code tokens}. */
    static List<int[]> sentences(TokenList tokens, int from) {
        List<int[]> out = new ArrayList<>();
        for (int start = from; start < tokens.size(); ) {
            int end = sentenceEnd(tokens, start);
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    /**
     * The end (exclusive) of the sentence that begins at token {@code start} ({@code start < tokens.size()}): after a
     * full stop, question or exclamation mark, and the quotation marks and parenthesis that close with it, when what
     * follows may begin a sentence; else the end of the tokens. A paragraph's sentences are read one after another
     * this way, without a list of them.
     */
    static int sentenceEnd(TokenList tokens, int start) {
        int n = tokens.size();
        for (int i = start; i < n; i++) {
            char m = tokens.get(i).mark();
            if (m == '.' || m == '!' || m == '?') {
                int end = i + 1;
                while (end < n && closesSentence(tokens.get(end).mark())) {
                    end++;
                }
                if (end >= n || startsSentence(tokens.get(end))) {
                    return end;
                }
            }
        }
        return n;
    }

    /** A mark that may follow a sentence's final stop and still belong to it. */
    private static boolean closesSentence(char m) {
        return m == '”' || m == '"' || m == '’' || m == ')';
    }

    private static boolean startsSentence(Token next) {
        return next.isCapitalised() || next.isOpeningQuote() || Character.isDigit(next.text().charAt(0));
    }
}
