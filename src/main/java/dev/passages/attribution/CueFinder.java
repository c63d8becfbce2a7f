package dev.passages.attribution;

import java.util.Set;

/** Finds communication cues among tokens: cue verbs used as verbs, and what may stand between a subject and its cue. */
final class CueFinder {

    private CueFinder() {
    }

    private static final Set<String> REMARK_DETERMINERS = Lexicon.words("remark-determiners");
    private static final Set<String> REMARK_NOUNS = Lexicon.words("remark-nouns");
    private static final Set<String> ADVERBIAL_TAIL = Lexicon.words("adverbial-tail");
    private static final Set<String> AUXILIARIES = Lexicon.words("auxiliaries");
    /** Verbs a plural subject takes: after one, a word that could be a cue ("states", "reports") is that subject. */
    private static final Set<String> PLURAL_VERBS = Lexicon.words("plural-verbs");
    /** Words after a plural noun that no reported clause opens with: {@code states like}, {@code claims of}. */
    private static final Set<String> AFTER_PLURAL_NOUN = Lexicon.words("after-plural-noun");
    /** Words that open a noun phrase: a verb's object, not a reported clause. */
    private static final Set<String> NOUN_PHRASE_STARTS = Lexicon.words("noun-phrase-starts");
    private static final Set<String> WEEKDAYS = Lexicon.words("weekdays");
    /** Verbs that hand their subject to a cue after "to": {@code went on to say}, {@code was quick to add}. */
    private static final Set<String> CATENATIVES = Lexicon.words("catenatives");
    /** Cue forms that are a plural noun after a capitalised word: {@code Southern states}, {@code United States}. */
    private static final Set<String> NOUNS_AFTER_MODIFIER = Lexicon.words("nouns-after-modifier");

    /** The first words of the phrase cues that are no verb form ({@code according to}, {@code made the remarks}). */
    static final Set<String> PHRASE_CUE_FIRST_WORDS = Set.of("according", "made");

    /** The cue lemma at token k, or null when the word there is no cue (a noun, an infinitive, a passive). */
    static String cueAt(TokenList toks, int k, int s1, boolean headline) {
        Token t = toks.get(k);
        if (!t.isWord()) {
            return null;
        }
        String l = t.lower();
        if (!CueWords.mayBeCue(l)) {
            return null;
        }
        String lemma = Lexicon.CUE_VERBS.get(l);
        if (lemma == null) {
            // asked of every word: the verb lookup first, the two phrase cues (neither a verb form) after
            return switch (l) {
                case "according" -> k + 1 < s1 && toks.get(k + 1).is("to") ? "according to" : null;
                case "made" -> madeCue(toks, k, s1);
                default -> null;
            };
        }
        if (t.isCapitalised() && k > 0 && !isSentenceStart(toks, k) && !(headline && Headlines.isCue(t))) {
            return null;
        }
        if (headline && t.isCapitalised() && !l.endsWith("s") && k + 1 < s1
                && (toks.get(k + 1).is("of") || toks.get(k + 1).is("by"))) {
            return null; // a headline's passive, its "was" left out: "Reed Accused Of Fraud"
        }
        Set<String> next = Lexicon.CUE_NEEDS_NEXT.get(lemma);
        if (next != null) {
            int n = k + 1;
            if (n < s1 && toks.get(n).lower().endsWith("ly")) {
                n++;
            }
            if ((n >= s1 || !next.contains(toks.get(n).lower())) && !closesQuote(toks, k)
                    && !(lemma.equals("call") && (quoteFollows(toks, k + 1, s1) || quotesNamer(toks, k, s1)))) {
                return null;
            }
        }
        // "by saying" is the participle that ties to its clause ("Reed replied by saying"), not "by claims"
        if (k > 0 && Lexicon.NOT_BEFORE_VERB.contains(toks.get(k - 1).lower()) && catenativeStart(toks, k - 1, 0) < 0
                && !(toks.get(k - 1).is("by") && l.endsWith("ing"))) {
            return null;
        }
        if (k + 1 < s1 && l.endsWith("s") && !l.equals(lemma) && !lemma.equals("say")
                && (PLURAL_VERBS.contains(toks.get(k + 1).lower()) || AFTER_PLURAL_NOUN.contains(toks.get(k + 1).lower()))) {
            // a plural noun, the subject of what follows or a noun phrase that ends there: "some OPEC states
            // are unhappy", "newspaper reports have", "Republican states like Arizona"; "says" is a verb ("which
            // Apple says will operate")
            return null;
        }
        if (k > 0 && NOUNS_AFTER_MODIFIER.contains(l) && modifiedByName(toks.get(k - 1))) {
            return null; // "Rust Belt states", "solidly Democratic states": the noun, which a name qualifies
        }
        if (lemma.equals("maintain") && k + 1 < s1 && NOUN_PHRASE_STARTS.contains(toks.get(k + 1).lower())) {
            return null; // keeping something, not asserting: "OPEC maintains its output curbs"
        }
        if (l.equals(lemma) && Lexicon.INFLECTED_ONLY.contains(lemma) && !afterAuxiliary(toks, k)) {
            return null;
        }
        return lemma;
    }

    /**
     * Whether the verb at {@code k} closes a quotation, right after its closing mark or after a short
     * name or pronoun that follows it ({@code ,” continued Reed}, {@code ,” Tom Reed continued}): a
     * reporting verb whatever follows it.
     */
    static boolean closesQuote(TokenList toks, int k) {
        int j = k - 1;
        while (j >= 0 && k - j <= 4 && toks.get(j).isWord()
                && (toks.get(j).isCapitalised() || Lexicon.PERSON_PRONOUNS.contains(toks.get(j).lower()))) {
            j--;
        }
        if (j < 1 || !toks.get(j).isQuote() || toks.get(j).isOpeningQuote() && !toks.get(j).text().equals("\"")) {
            return false;
        }
        String before = toks.get(j - 1).text();
        return before.equals(",") || before.equals("?") || before.equals("!");
    }

    /**
     * Whether a quotation opens within the clause that starts at {@code from} ({@code called Reed's plan
     * “a disgrace”}): what a verb such as "call" names is then words said.
     */
    static boolean quoteFollows(TokenList toks, int from, int s1) {
        for (int j = from; j < s1 && j < from + 10; j++) {
            Token t = toks.get(j);
            if (t.isOpeningQuote()) {
                return j > from;
            }
            if (!t.isWord() && !t.isPossessive() && !t.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "call" at {@code k} opens a quotation at once after a name or a pronoun ({@code what Reed called
     * “a disgrace”}, {@code which he called “...”}): the words are the namer's; not {@code a play called “...”}.
     */
    private static boolean quotesNamer(TokenList toks, int k, int s1) {
        if (k < 1 || k + 1 >= s1 || !toks.get(k + 1).isOpeningQuote()) {
            return false;
        }
        int j = k - 1;
        while (j > 0 && isBetween(toks.get(j))) {
            j--;
        }
        Token t = toks.get(j);
        String l = t.lower();
        return t.isWord() && (t.isCapitalised() && !l.equals("the") || Lexicon.PERSON_PRONOUNS.contains(l)
                || Lexicon.THING_PRONOUNS.contains(l));
    }

    /** Whether a capitalised word that is no pronoun stands before: a name qualifying the noun after it. */
    private static boolean modifiedByName(Token before) {
        String l = before.lower();
        return before.isWord() && before.isCapitalised() && !Lexicon.PERSON_PRONOUNS.contains(l)
                && !Lexicon.THING_PRONOUNS.contains(l);
    }

    /**
     * Where a verb that hands its subject to the "to" at {@code to} starts ({@code Reed went on to say}, {@code was
     * quick to add}: the infinitive after it is a cue), or -1.
     */
    static int catenativeStart(TokenList toks, int to, int s0) {
        if (to - 1 < s0 || !toks.get(to).is("to")) {
            return -1;
        }
        if (CATENATIVES.contains(toks.get(to - 1).lower())) {
            return to - 1;
        }
        return to - 2 >= s0 && CATENATIVES.contains(toks.get(to - 2).lower() + " " + toks.get(to - 1).lower()) ? to - 2 : -1;
    }

    /** {@code made the remarks}, {@code made (it) clear}: the cue, or null. */
    static String madeCue(TokenList toks, int k, int s1) {
        if (k + 2 < s1 && REMARK_DETERMINERS.contains(toks.get(k + 1).lower())
                && REMARK_NOUNS.contains(toks.get(k + 2).lower())) {
            return "remark";
        }
        if (k + 1 < s1 && (toks.get(k + 1).is("clear")
                || (k + 2 < s1 && toks.get(k + 1).is("it") && toks.get(k + 2).is("clear")))) {
            return "make clear";
        }
        return null;
    }

    /** Only an adverbial tail follows ({@code ..., APP reported on Sunday.}): the sentence's own attribution. */
    static boolean endsSentence(TokenList toks, int from, int s1) {
        for (int k = from; k < s1; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !isBetween(t) && !ADVERBIAL_TAIL.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** {@code did not rule out}, {@code would urge}: a bare form that is a verb. */
    static boolean afterAuxiliary(TokenList toks, int k) {
        int j = k - 1;
        while (j >= 0 && (toks.get(j).is("not") || toks.get(j).lower().endsWith("ly"))) {
            j--;
        }
        return j >= 0 && AUXILIARIES.contains(toks.get(j).lower());
    }

    static boolean isSentenceStart(TokenList toks, int k) {
        String prev = toks.get(k - 1).text();
        return prev.equals(".") || prev.equals("“") || prev.equals("\"") || prev.equals(":");
    }

    static boolean isBetween(Token t) {
        String l = t.lower();
        return t.isWord() && !t.isCapitalised() && (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(l)
                || (l.endsWith("ly") && l.length() > 4))
                || (t.isWord() && WEEKDAYS.contains(t.text()));
    }
}
