package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells what a run of capitalised words names: an outlet, an organisation, a place, or a person (titles
 * peeled off); or nothing, when its words open a sentence or name an unnamed source.
 */
final class MentionClassifier {

    /** Party words that qualify a title or a name ({@code Senate Republican Leader X}, {@code Democrat X}). */
    static final Set<String> TITLE_QUALIFIERS = Lexicon.words("title-qualifiers");

    static final Set<String> CONNECTORS = Lexicon.words("connectors");
    private static final int MAX_PERSON_WORDS = 7;

    /** {@code I'm}, {@code I’ve}, {@code We'll}: a pronoun and a verb, however it is capitalised. */
    private static final Pattern CONTRACTION =
            Pattern.compile("(i|we|you|they|he|she|it|that|there|here|what|who|let)['’](m|ve|ll|d|re|s)");

    /** "News" joined to a lower-case letter or a digit before it, or to a capital or a digit after it. */
    private static final Pattern NEWS_COMPOUND =
            Pattern.compile("[\\p{Ll}\\d]News|News[\\p{Lu}\\d]");

    private final Predicate<String> usedInLowerCase;
    private final Outlets outlets;
    private final BylineNames byline;

    /**
     * @param usedInLowerCase whether the article uses a word in lower case: a capitalised one at a sentence start is then no name
     * @param outlets the names of news outlets known from the articles' own source fields
     * @param byline the names of the article's writers: a run that is one of them (titles aside) is a person's
     */
    MentionClassifier(Predicate<String> usedInLowerCase, Outlets outlets, BylineNames byline) {
        this.usedInLowerCase = usedInLowerCase;
        this.outlets = outlets;
        this.byline = byline;
    }

    /**
     * The mention the capitalised run [start, end) of a sentence makes, titles peeled off; or null when it names no
     * one. {@code cls} classes the sentence's words.
     */
    Mention classify(TokenList toks, WordClasses cls, int start, int end, int sentenceStart, int sentenceEnd) {
        return classify(toks, cls, start, end, sentenceStart, sentenceEnd, start);
    }

    private Mention classify(TokenList toks, WordClasses cls, int start, int end, int sentenceStart, int sentenceEnd,
                             int rawStart) {
        boolean initials = Initials.opensRun(toks, start, end);
        while (start < end && !initials && opensWithoutName(toks, cls, start, end, sentenceStart, sentenceEnd)) {
            start++;
            initials = Initials.opensRun(toks, start, end);
        }
        if (initials) {
            // "S and P", "S/P", "AT and T", "AC and R Advertising": a body known by its initials
            return mention(toks, rawStart, start, end, Mention.Kind.ORGANIZATION, new ArrayList<>(), isPossessiveAt(toks, end));
        }
        while (end > start && !toks.get(end - 1).isCapitalised()) {
            end--;
        }
        if (start >= end || end - start == 1 && isPartyTag(toks.get(start).text())) {
            return null;
        }
        if (end - start > 1 && cls.is(end - 1, WordClasses.GENERIC_SOURCE) && allIn(cls, start, end - 1,
                WordClasses.PLACE | WordClasses.DEMONYM | WordClasses.ORG_WORD | WordClasses.TITLE)) {
            // "U.S. Officials said", "Western Diplomats", "Bank Sources": an unnamed source, however capitalised
            return null;
        }
        List<String> lower = new ArrayList<>();
        for (int k = start; k < end; k++) {
            lower.add(toks.get(k).lower());
        }
        boolean possessive = isPossessiveAt(toks, end);
        Mention.Kind kind;
        if (byline.contains(lower)) {
            kind = Mention.Kind.PERSON;
        } else if (outlets.contains(lower)) {
            kind = Mention.Kind.MEDIA;
        } else if (isOrganisation(cls, start, end)) {
            kind = anyIn(cls, start, end, WordClasses.MEDIA_WORD) && !cls.is(end - 1, WordClasses.ORG_WORD)
                    ? Mention.Kind.MEDIA : Mention.Kind.ORGANIZATION;
        } else if ((end - start > 1 && anyIn(cls, start, end, WordClasses.MEDIA_WORD))
                || anyNewsWord(toks, start, end) || isLanguageService(lower)
                || OutletEvidence.follows(toks, start, end, sentenceEnd)) {
            kind = Mention.Kind.MEDIA;
        } else if (allIn(cls, start, end, WordClasses.PLACE)) {
            kind = Mention.Kind.PLACE;
        } else if (allIn(cls, start, end, WordClasses.DEMONYM | WordClasses.PLACE)) {
            return null;
        } else {
            return personLike(toks, cls, start, end, sentenceStart, sentenceEnd, rawStart, lower, possessive);
        }
        return mention(toks, rawStart, start, end, kind, new ArrayList<>(), possessive);
    }

    /**
     * "The", "Meanwhile", "According", "Islamabad-based", "Non-OPEC" open a run without being part of a name; a
     * lone "Dealers" or "Economists" is an unnamed source, however it is capitalised.
     */
    private boolean opensWithoutName(TokenList toks, WordClasses cls, int start, int end, int sentenceStart,
                                     int sentenceEnd) {
        String l = toks.get(start).lower();
        int c = cls.at(start);
        return (c & WordClasses.COMMON) != 0 && !isForenameBeforeSurname(toks, cls, start, end, l)
                || (c & WordClasses.HYPHENATED) != 0 && (l.endsWith("-based") || l.startsWith("non-"))
                || (end - start == 1 && (c & WordClasses.GENERIC_SOURCE) != 0)
                || (start == sentenceStart && end - start == 1 && usedInLowerCase.test(l))
                || (start == sentenceStart && end - start == 1 && isOpeningParticiple(toks, start, sentenceEnd))
                || (c & WordClasses.APOSTROPHE) != 0 && isContraction(l);
    }

    /**
     * A common word that is also a given name, before a surname, opening a clause or after a cue: {@code April
     * Mellody, a spokeswoman, said}, {@code said June Holm} (but {@code In April Tom Reed said}, {@code Last May
     * Exxon said}, {@code May Tom Reed go}).
     */
    private static boolean isForenameBeforeSurname(TokenList toks, WordClasses cls, int start, int end, String l) {
        if (start + 1 >= end || Lexicon.forenameGender(l) == 0 || start > 0 && toks.get(start - 1).isWord()
                && !Lexicon.CUE_VERBS.containsKey(toks.get(start - 1).lower())) {
            return false; // after a word other than a cue, a month: "In April", "Last May"
        }
        String next = toks.get(start + 1).lower();
        return toks.get(start + 1).isWord() && Lexicon.forenameGender(next) == 0 && !cls.is(start + 1, WordClasses.COMMON
                | WordClasses.TITLE | WordClasses.ORG_WORD | WordClasses.PLACE | WordClasses.DEMONYM);
    }

    /**
     * {@code R-Utah}, {@code D-Calif.}: a party's initial and a state, after a legislator's name; no name of its
     * own.
     */
    static boolean isPartyTag(String word) {
        return word.length() >= 4 && word.charAt(1) == '-' && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(2)) && word.indexOf('-', 2) < 0;
    }

    /** {@link #CONTRACTION}: asked only of a word with an {@linkplain WordClasses#APOSTROPHE apostrophe} after its start. */
    private static boolean isContraction(String lower) {
        return CONTRACTION.matcher(lower).matches();
    }

    /**
     * A run that is neither an outlet, an organisation nor a place: titles peeled off the front, the name after
     * the last of them and after the last connector; a person's, or an organisation's, an outlet's or a
     * place's when the name itself says so; or null when it is too long for a person's.
     */
    private Mention personLike(TokenList toks, WordClasses cls, int start, int end, int sentenceStart, int sentenceEnd,
                               int rawStart, List<String> lower, boolean possessive) {
        // lower.get(0) is token start's, as each title taken off the front moves start on
        List<String> titles = new ArrayList<>();
        while (start < end - 1 && !afterCourtesy(titles, lower.get(0)) && (cls.is(start, WordClasses.TITLE)
                || (cls.is(start, WordClasses.CONNECTOR) && !titles.isEmpty())
                // "Democrat William Proxmire", "Republican Sen. Ana Ruiz": a party's word before a name or a title
                || (lower.size() > 2 && TITLE_QUALIFIERS.contains(lower.get(0)) && !cls.is(start + 1, WordClasses.ORG_WORD))
                || (lower.size() > 2 && NameFront.placeBeforeTitle(cls, lower, start))
                || (titles.isEmpty() && lower.size() > 2 && NameFront.describesPerson(cls, lower, start, usedInLowerCase)))) {
            titles.add(lower.remove(0));
            start++;
        }
        if (lower.size() == 1 && cls.is(start, WordClasses.TITLE) && !titles.isEmpty()
                && !afterCourtesy(titles, lower.get(0))) {
            return null;
        }
        if (titles.isEmpty() && start - 3 >= sentenceStart && toks.get(start - 1).is("the") && toks.get(start - 2).is("of")
                && cls.is(start - 3, WordClasses.TITLE)
                && !anyIn(cls, start, end, WordClasses.ORG_WORD | WordClasses.PLACE | WordClasses.DEMONYM)) {
            // "Chancellor of the Exchequer Nigel Lawson": the run begins after the post's "of the", with its field
            List<String> post = new ArrayList<>(List.of(toks.get(start - 3).lower(), "of"));
            int moved = PostField.peel(cls, start, post, lower, usedInLowerCase);
            if (moved > 0) {
                titles.addAll(post);
                start += moved;
            }
        }
        start += PostField.peel(cls, start, titles, lower, usedInLowerCase);
        // "Reserve Board Chairman Paul Volcker", "Motors Chairman Roger Smith": the name after the last title
        int lastTitle = lastTitleBeforeName(cls, start, end);
        for (int t = 0; t <= lastTitle; t++) {
            titles.add(lower.remove(0));
            start++;
        }
        for (int k = lower.size() - 1; k >= 0; k--) {
            if ((cls.at(start + k) & (WordClasses.CONNECTOR | WordClasses.PARTICLE)) == WordClasses.CONNECTOR) {
                // "Harmony and the Diaspora ... Ashrafi": the name, if any, is after the last connector
                return k + 1 < lower.size()
                        ? classify(toks, cls, start + k + 1, end, sentenceStart, sentenceEnd, rawStart) : null;
            }
        }
        if (lower.size() > MAX_PERSON_WORDS) {
            return null;
        }
        Mention.Kind kind;
        if (lower.size() == 1 && toks.get(start).isAllCaps()) {
            kind = Mention.Kind.ORGANIZATION;
        } else if (allIn(cls, start, end, WordClasses.PLACE)) {
            kind = Mention.Kind.PLACE;
        } else if (titles.isEmpty() && OutletEvidence.namesABody(toks, start, end, sentenceEnd, lower)) {
            // "the Post said": a body whose name is an outlet's word is an outlet
            kind = lower.size() == 1 && cls.is(start, WordClasses.MEDIA_WORD)
                    ? Mention.Kind.MEDIA : Mention.Kind.ORGANIZATION;
        } else {
            kind = titles.isEmpty() && lower.size() == 1 ? Mention.Kind.UNKNOWN : Mention.Kind.PERSON;
        }
        return mention(toks, rawStart, start, end, kind, titles, possessive);
    }

    private static Mention mention(TokenList toks, int rawStart, int start, int end, Mention.Kind kind,
                                   List<String> titles, boolean possessive) {
        String name = text(toks, start, end);
        String raw = rawStart == start ? name : text(toks, rawStart, end);
        return new Mention(rawStart, start, end, name, raw, kind, titles, possessive, false);
    }

    /** An organisation's head word ({@code Ministry}, {@code Bank}), also as a part of a hyphenated word. */
    static boolean isOrgWord(String lower) {
        if (Lexicon.ORG_HEADS.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-');
        if (dash < 0) {
            return false;
        }
        // each part between hyphens, cut out only when long enough to count
        int from = 0;
        while (true) {
            int to = dash < 0 ? lower.length() : dash;
            if (to - from > 2 && Lexicon.ORG_HEADS.contains(lower.substring(from, to))) {
                return true;
            }
            if (dash < 0) {
                return false;
            }
            from = dash + 1;
            dash = lower.indexOf('-', from);
        }
    }

    /** Whether the words [start, end) name an organisation: by a head word that ends or opens them, or one before a connector. */
    private static boolean isOrganisation(WordClasses cls, int start, int end) {
        if (cls.is(end - 1, WordClasses.ORG_WORD)
                || (cls.at(start) & (WordClasses.ORG_WORD | WordClasses.TITLE)) == WordClasses.ORG_WORD) {
            return true;
        }
        for (int k = start; k < end - 1; k++) {
            if (cls.is(k, WordClasses.ORG_WORD) && cls.is(k + 1, WordClasses.CONNECTOR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} follows a courtesy title ({@code Mr. Prince}, {@code Ms. Major}): a surname then, even
     * when it is also a title, unless it is one that such a title addresses ({@code Mr. President}).
     */
    private static boolean afterCourtesy(List<String> titles, String word) {
        return !titles.isEmpty() && Lexicon.COURTESY_TITLES.contains(titles.get(titles.size() - 1))
                && !Lexicon.ADDRESSED_TITLES.contains(word);
    }

    /**
     * The index of the last title word that two or more name words follow, none of them a title or an
     * organisation's word; -1 when there is none.
     */
    private static int lastTitleBeforeName(WordClasses cls, int start, int end) {
        for (int t = end - start - 3; t >= 1; t--) {
            if (cls.is(start + t, WordClasses.TITLE)) {
                for (int k = t + 1; k < end - start; k++) {
                    int c = cls.at(start + k); // a name's particle joins no two names ("Minister Herman de Croo")
                    if ((c & (WordClasses.TITLE | WordClasses.ORG_WORD)) != 0
                            || (c & (WordClasses.CONNECTOR | WordClasses.PARTICLE)) == WordClasses.CONNECTOR) {
                        return -1;
                    }
                }
                return t;
            }
        }
        return -1;
    }

    // plain loops rather than streams here, and by index: this runs on every capitalised run of every sentence, and
    // under C1 alone (index on a small corpus) a for-each loop allocates its iterator every call

    /** Whether a word of [start, end) is in a list of {@code mask}. */
    private static boolean anyIn(WordClasses cls, int start, int end, int mask) {
        for (int k = start; k < end; k++) {
            if (cls.is(k, mask)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of [start, end) is in a list of {@code mask}. */
    private static boolean allIn(WordClasses cls, int start, int end, int mask) {
        for (int k = start; k < end; k++) {
            if (!cls.is(k, mask)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code NewsHD}, {@code 24NewsHD}, {@code DawnNews}, {@code Dawnnews}: a word made with "news" that names a
     * news outlet; not a name that merely begins with the letters ({@code Newsom}).
     */
    private static boolean anyNewsWord(TokenList toks, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = toks.get(k).text();
            String lower = toks.get(k).lower();
            // the pattern tried only on a word that holds "News"
            if (w.contains("News") && NEWS_COMPOUND.matcher(w).find() || (lower.length() > 4 && lower.endsWith("news"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code BBC Urdu}, {@code Afghanistan International Pashto}: an outlet's service in one language, a
     * name ending in a language after a place, an organisation's or an outlet's word.
     */
    private static boolean isLanguageService(List<String> lower) {
        int n = lower.size();
        if (n < 2 || !Lexicon.LANGUAGES.contains(lower.get(n - 1))) {
            return false;
        }
        for (String w : lower.subList(0, n - 1)) {
            if (isOrgWord(w) || Lexicon.MEDIA_WORDS.contains(w) || Lexicon.PLACES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Heaping praise on ...}, {@code Asked about ...}: a sentence that opens with a participle and a
     * lower-case word (not a verb it would be the subject of: {@code Manning said}).
     */
    private static boolean isOpeningParticiple(TokenList toks, int start, int sentenceEnd) {
        String l = toks.get(start).lower();
        if (l.length() < 6 || !l.endsWith("ing") || start + 1 >= sentenceEnd) {
            return false;
        }
        Token next = toks.get(start + 1);
        String n = next.lower();
        return next.isWord() && !next.isCapitalised() && !(Lexicon.CUE_VERBS.containsKey(n) && !n.equals(Lexicon.CUE_VERBS.get(n)))
                && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(next.lower()) && !next.lower().endsWith("ed");
    }

    /** Whether a possessive follows token {@code end - 1}. */
    private static boolean isPossessiveAt(TokenList toks, int end) {
        return end < toks.size() && toks.get(end).isPossessive();
    }

    /** The words of tokens [start, end) with a space between them, but none before a comma or a possessive, nor around "&" or "/". */
    private static String text(TokenList toks, int start, int end) {
        if (end - start == 1) {
            return toks.get(start).text();
        }
        int length = end - start;
        for (int k = start; k < end; k++) {
            length += toks.get(k).text().length();
        }
        StringBuilder b = new StringBuilder(length);
        for (int k = start; k < end; k++) {
            // "S and P", "S&P", "S/P"
            if (k > start && !toks.get(k).isPossessive() && !toks.get(k).text().equals(",") && !isTight(toks.get(k))
                    && !isTight(toks.get(k - 1))) {
                b.append(' ');
            }
            b.append(toks.get(k).text());
        }
        return b.toString();
    }

    /** "&" or "/", written between initials without spaces ({@code S&P}). */
    private static boolean isTight(Token t) {
        return t.text().equals("&") || t.text().equals("/");
    }
}
