package dev.passages.attribution;

import java.util.List;
import java.util.Locale;

/**
 * A quick look at an article's text, before it is tokenized, for anything a speaker could be found by: a word
 * that may be a cue (a cue verb's form, the first word of a phrase cue) or a quotation mark. An article with
 * neither has no speaker in any paragraph, and is not read further.
 */
final class SpeechScan {

    private SpeechScan() {
    }

    /**
     * False only when no paragraph of {@code paragraphs} that attribution reads holds a quotation mark or a word that
     * may be a cue. Words are read as runs of ASCII letters, which every token that is a cue word is (a letter or
     * digit next to it would be part of its token); any other letter answers true, as its token's lower-case form
     * might be a cue's ({@code Ka} with a Kelvin sign is {@code ka}).
     */
    static boolean mayHoldSpeech(List<String> paragraphs) {
        for (int k = 0; k < paragraphs.size(); k++) {
            String p = paragraphs.get(k);
            if (p.length() <= Attributor.MAX_PARAGRAPH_CHARS && mayHoldSpeech(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean mayHoldSpeech(String text) {
        int n = text.length();
        int run = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                run = run < 0 ? i : run;
                continue;
            }
            if (run >= 0 && mayBeCue(text, run, i)) {
                return true;
            }
            run = -1;
            if (c == '"' || (c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c
                    || c >= 128 && (Token.isQuoteMark(c) || Character.isLetter(c) || isMark(c))) {
                return true;
            }
        }
        return run >= 0 && mayBeCue(text, run, n);
    }

    /** A combining mark, which the tokenizer takes as part of a word. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether the ASCII letters {@code text[from, to)}, lower-cased, are a cue verb's form or a phrase cue's first word. */
    private static boolean mayBeCue(String text, int from, int to) {
        if (!CueWords.mayBeCue(text, from, to)) {
            return false;
        }
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        return Lexicon.CUE_VERBS.containsKey(lower) || CueFinder.PHRASE_CUE_FIRST_WORDS.contains(lower);
    }
}
