package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the names in a sentence: runs of capitalised words, classified and with titles peeled off. */
final class MentionFinder {

    private static final Set<String> CONNECTORS = Lexicon.words("connectors");
    private static final Set<String> PREPOSITIONS = Lexicon.words("prepositions");
    private static final int MAX_PERSON_WORDS = 7;

    private final java.util.function.Predicate<String> usedInLowerCase;
    private final Outlets outlets;

    /**
     * @param usedInLowerCase whether the article uses a word in lower case: a capitalised one at a sentence start is then no name
     * @param outlets the names of news outlets known from the articles' own source fields
     */
    MentionFinder(java.util.function.Predicate<String> usedInLowerCase, Outlets outlets) {
        this.usedInLowerCase = usedInLowerCase;
        this.outlets = outlets;
    }

    List<Mention> find(List<Token> toks, int s0, int s1) {
        List<Mention> out = new ArrayList<>();
        boolean headline = isHeadline(toks, s0, s1);
        int i = s0;
        while (i < s1) {
            Token t = toks.get(i);
            if (!t.isWord() || !t.isCapitalised() || (headline && isHeadlineCue(t))) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean connectorsAllowed = allowsConnectors(t);
            while (j < s1) {
                Token u = toks.get(j);
                String lu = u.lower();
                boolean nextCap = j + 1 < s1 && toks.get(j + 1).isWord() && toks.get(j + 1).isCapitalised()
                        && !Lexicon.COMMON.contains(toks.get(j + 1).lower());
                if (headline && isHeadlineCue(u)) {
                    break;
                } else if (u.isWord() && (u.isCapitalised() || isParticleCompound(lu))) {
                    connectorsAllowed |= allowsConnectors(u);
                    j++;
                } else if (u.isPossessive() && j + 1 < s1 && toks.get(j + 1).isCapitalised()
                        && (Lexicon.ORG_HEADS.contains(toks.get(j + 1).lower())
                            || !Lexicon.PLACES.contains(toks.get(j - 1).lower()) && firmNameEnds(toks, j + 1, s1))) {
                    // "the Trade Representative's Office", "Moody's Investors Service Inc": one organisation (but
                    // "Sweden's Telefon AB" is a place's)
                    j += 2;
                } else if (u.isWord() && Lexicon.PARTICLES.contains(lu) && nextCap) {
                    j++;
                } else if (lu.equals("and") && j + 1 < s1 && toks.get(j + 1).isCapitalised()
                        && (Lexicon.FIRM_ENDINGS.contains(toks.get(j + 1).lower())
                            || !Lexicon.CORPORATE_SUFFIXES.contains(toks.get(j - 1).lower()) && firmNameEnds(toks, j + 1, s1))) {
                    // "Aubrey G. Lanston and Co", "Standard and Poor's Corp": a firm's name, however it begins (but
                    // "Singer Co and Northrop Corp" are two)
                    j += 2;
                } else if (u.text().equals(",") && !Lexicon.CORPORATE_SUFFIXES.contains(toks.get(j - 1).lower())
                        && continuesFirmName(toks, j + 1, s1)) {
                    // "Goldman, Sachs and Co", "Smith Barney, Harris Upham and Co": one firm (but "Kidder, Peabody and
                    // Co, Lazard Freres and Co" are two)
                    j++;
                } else if (connectorsAllowed && CONNECTORS.contains(lu) && nextCap
                        && !(lu.equals("and") && (Lexicon.CORPORATE_SUFFIXES.contains(toks.get(j - 1).lower())
                        || Lexicon.ORG_HEADS.contains(toks.get(j - 1).lower())))) {
                    j++;
                } else {
                    break;
                }
            }
            int of = affiliationAt(toks, i, j);
            if (of > i) {
                // "Rep. Lee Zeldin of New York": a person, then where they come from or work
                addRun(out, toks, i, of, s0, s1);
                addRun(out, toks, of + 1, j, s0, s1);
            } else {
                addRun(out, toks, i, j, s0, s1);
            }
            i = j;
        }
        for (int k = 0; k < out.size(); k++) {
            if (isObject(toks, out, k, s0)) {
                out.set(k, out.get(k).asObject());
            }
        }
        return out;
    }

    private void addRun(List<Mention> out, List<Token> toks, int i, int j, int s0, int s1) {
        int split = splitPoint(toks, i, j);
        if (split > i) {
            add(out, classify(toks, i, split, s0, s1));
        }
        add(out, classify(toks, split, j, s0, s1));
    }

    /**
     * The position of an "of" that follows a person's name inside a run joined by connectors ({@code Rep. Lee
     * Zeldin of New York}): titles, then two name words or more that are neither titles, places nor an
     * organisation's words; -1 when there is none ({@code Minister of State}, {@code Bank of England}).
     */
    private static int affiliationAt(List<Token> toks, int i, int j) {
        int k = i;
        while (k < j && Lexicon.TITLES.contains(toks.get(k).lower()) || k < j && toks.get(k).text().equals(".")) {
            k++;
        }
        if (k == i) {
            return -1;
        }
        int names = 0;
        for (; k < j; k++) {
            Token t = toks.get(k);
            String l = t.lower();
            if (l.equals("of") && names >= 2) {
                return k + 1 < j && toks.get(k + 1).isCapitalised() ? k : -1;
            }
            if (!t.isWord() || !t.isCapitalised() || Lexicon.TITLES.contains(l) || isOrgWord(l)
                    || Lexicon.PLACES.contains(l) || Lexicon.COMMON.contains(l)) {
                return -1;
            }
            names++;
        }
        return -1;
    }

    /**
     * Whether a sentence is written in title case, as headlines are ({@code Reed Says Bridge Will Reopen}):
     * at least three words of four letters or more, nearly all of them capitalised.
     */
    static boolean isHeadline(List<Token> toks, int s0, int s1) {
        int words = 0;
        int capitalised = 0;
        for (int k = s0; k < s1; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.text().length() >= 4) {
                words++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 9;
    }

    /** {@code Says}, {@code Tells}, {@code Warns} in a headline: a cue verb's third person, not part of a name. */
    static boolean isHeadlineCue(Token t) {
        String l = t.lower();
        String lemma = Lexicon.CUE_VERBS.get(l);
        return lemma != null && t.isCapitalised() && l.endsWith("s") && !l.equals(lemma);
    }

    /**
     * Whether a few capitalised words from {@code from}, commas between them allowed, then "and Co" (or
     * Sons, Brothers...), end a firm's name ({@code Peat, Marwick, Mitchell and Co}).
     */
    private static boolean continuesFirmName(List<Token> toks, int from, int s1) {
        int k = from;
        while (k < s1 && k < from + 5 && (toks.get(k).isWord() && toks.get(k).isCapitalised()
                || k > from && toks.get(k).text().equals(","))) {
            k++;
        }
        return k > from && k + 1 < s1 && toks.get(k).is("and") && toks.get(k + 1).isCapitalised()
                && Lexicon.FIRM_ENDINGS.contains(toks.get(k + 1).lower());
    }

    /**
     * Whether the capitalised words from {@code from} (a possessive among them) end, within a few words,
     * in a corporate suffix: {@code Investors Service Inc}, {@code Poor's Corp}.
     */
    private static boolean firmNameEnds(List<Token> toks, int from, int s1) {
        for (int k = from; k < Math.min(s1, from + 4); k++) {
            Token t = toks.get(k);
            String l = t.lower();
            if (k > from && t.isCapitalised() && !l.equals("co") && !l.equals("co.")
                    && Lexicon.CORPORATE_SUFFIXES.contains(l)) {
                return true;
            }
            if (!(t.isWord() && t.isCapitalised()) && !t.isPossessive()) {
                return false;
            }
        }
        return false;
    }

    // plain loops rather than streams here: this runs on every capitalised run of every sentence

    private static boolean anyIn(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Every word in {@code a} or {@code b}. */
    private static boolean allIn(List<String> words, Set<String> a, Set<String> b) {
        for (String w : words) {
            if (!a.contains(w) && !b.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code NewsHD}, {@code 24NewsHD}, {@code DawnNews}, {@code Dawnnews}: a word made with "news" that names a
     * news outlet; not a name that merely begins with the letters ({@code Newsom}).
     */
    private static boolean anyNewsWord(List<Token> toks, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = toks.get(k).text();
            String lower = toks.get(k).lower();
            if (NEWS_COMPOUND.matcher(w).find() || (lower.length() > 4 && lower.endsWith("news"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NEWS_COMPOUND =
            java.util.regex.Pattern.compile("[\\p{Ll}\\d]News|News[\\p{Lu}\\d]");

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
    private static boolean isOpeningParticiple(List<Token> toks, int start, int sentenceEnd) {
        String l = toks.get(start).lower();
        if (l.length() < 6 || !l.endsWith("ing") || start + 1 >= sentenceEnd) {
            return false;
        }
        Token next = toks.get(start + 1);
        String n = next.lower();
        return next.isWord() && !next.isCapitalised() && !(Lexicon.CUE_VERBS.containsKey(n) && !n.equals(Lexicon.CUE_VERBS.get(n)))
                && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(next.lower()) && !next.lower().endsWith("ed");
    }

    /** {@code I'm}, {@code I’ve}, {@code We'll}: a pronoun and a verb, however it is capitalised. */
    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile("(i|we|you|they|he|she|it|that|there|here|what|who|let)['’](m|ve|ll|d|re|s)");

    /** {@code ul-Haq}, {@code bin-Salman}: a particle joined to a name part. */
    private static boolean isParticleCompound(String lower) {
        int dash = lower.indexOf('-');
        return dash > 0 && Lexicon.PARTICLES.contains(lower.substring(0, dash));
    }

    private static void add(List<Mention> out, Mention m) {
        if (m != null) {
            out.add(m);
        }
    }

    /** {@code Pakistan Ulema Council Chairman Hafiz ... Ashrafi}: an organisation's name, then a title and a person. */
    private static int splitPoint(List<Token> toks, int start, int end) {
        for (int k = start + 1; k < end - 1; k++) {
            String prev = toks.get(k - 1).lower();
            if (Lexicon.TITLES.contains(toks.get(k).lower()) && (isOrgWord(prev) || Lexicon.PLACES.contains(prev))
                    && !Lexicon.TITLES.contains(toks.get(end - 1).lower())) {
                return k;
            }
        }
        return start;
    }

    private static boolean allowsConnectors(Token t) {
        String l = t.lower();
        return Lexicon.TITLES.contains(l) || isOrgWord(l);
    }

    static boolean isOrgWord(String lower) {
        if (Lexicon.ORG_HEADS.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') < 0) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (Lexicon.ORG_HEADS.contains(part) && part.length() > 2) {
                return true;
            }
        }
        return false;
    }

    private Mention classify(List<Token> toks, int start, int end, int sentenceStart, int sentenceEnd) {
        return classify(toks, start, end, sentenceStart, sentenceEnd, start);
    }

    private Mention classify(List<Token> toks, int start, int end, int sentenceStart, int sentenceEnd, int rawStart) {
        // "The", "Meanwhile", "According", "Islamabad-based", "Non-OPEC" open a run without being part of a name; a lone
        // "Dealers" or "Economists" is an unnamed source, however it is capitalised
        while (start < end && (Lexicon.COMMON.contains(toks.get(start).lower()) || toks.get(start).lower().endsWith("-based")
                || toks.get(start).lower().startsWith("non-")
                || (end - start == 1 && Lexicon.GENERIC_SOURCES.contains(toks.get(start).lower()))
                || (start == sentenceStart && end - start == 1 && usedInLowerCase.test(toks.get(start).lower()))
                || (start == sentenceStart && end - start == 1 && isOpeningParticiple(toks, start, sentenceEnd))
                || CONTRACTION.matcher(toks.get(start).lower()).matches())) {
            start++;
        }
        while (end > start && !toks.get(end - 1).isCapitalised()) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        List<String> lower = new ArrayList<>();
        for (int k = start; k < end; k++) {
            lower.add(toks.get(k).lower());
        }
        boolean possessive = end < toks.size() && toks.get(end).isPossessive();
        Mention.Kind kind;
        List<String> titles = new ArrayList<>();
        if (outlets.contains(lower)) {
            kind = Mention.Kind.MEDIA;
        } else if (isOrganisation(toks, start, end, lower)) {
            kind = anyIn(lower, Lexicon.MEDIA_WORDS) && !isOrgWord(lower.get(lower.size() - 1))
                    ? Mention.Kind.MEDIA : Mention.Kind.ORGANIZATION;
        } else if ((anyIn(lower, Lexicon.MEDIA_WORDS) && end - start > 1)
                || anyNewsWord(toks, start, end) || isLanguageService(lower)
                || OutletEvidence.follows(toks, start, end, sentenceEnd)) {
            kind = Mention.Kind.MEDIA;
        } else if (allIn(lower, Lexicon.PLACES, Lexicon.PLACES)) {
            kind = Mention.Kind.PLACE;
        } else if (allIn(lower, Lexicon.DEMONYMS, Lexicon.PLACES)) {
            return null;
        } else {
            while (start < end - 1 && !afterCourtesy(titles, lower.get(0)) && (Lexicon.TITLES.contains(lower.get(0))
                    || (CONNECTORS.contains(lower.get(0)) && !titles.isEmpty())
                    || (lower.size() > 2 && (Lexicon.PLACES.contains(lower.get(0)) || Lexicon.DEMONYMS.contains(lower.get(0)))
                        && Lexicon.TITLES.contains(lower.get(1))))) {
                titles.add(lower.remove(0));
                start++;
            }
            if (lower.size() == 1 && Lexicon.TITLES.contains(lower.get(0)) && !titles.isEmpty()
                    && !afterCourtesy(titles, lower.get(0))) {
                return null;
            }
            // "Reserve Board Chairman Paul Volcker", "Motors Chairman Roger Smith": the name after the last title
            int lastTitle = lastTitleBeforeName(lower);
            for (int t = 0; t <= lastTitle; t++) {
                titles.add(lower.remove(0));
                start++;
            }
            for (int k = lower.size() - 1; k >= 0; k--) {
                if (CONNECTORS.contains(lower.get(k)) && !Lexicon.PARTICLES.contains(lower.get(k))) {
                    // "Harmony and the Diaspora ... Ashrafi": the name, if any, is after the last connector
                    return k + 1 < lower.size() ? classify(toks, start + k + 1, end, sentenceStart, sentenceEnd, rawStart) : null;
                }
            }
            if (lower.size() > MAX_PERSON_WORDS) {
                return null;
            }
            if (lower.size() == 1 && toks.get(start).isAllCaps()) {
                kind = Mention.Kind.ORGANIZATION;
            } else if (allIn(lower, Lexicon.PLACES, Lexicon.PLACES)) {
                kind = Mention.Kind.PLACE;
            } else if (titles.isEmpty() && OutletEvidence.namesABody(toks, start, end, sentenceEnd, lower)) {
                // "the Post said": a body whose name is an outlet's word is an outlet
                kind = lower.size() == 1 && Lexicon.MEDIA_WORDS.contains(lower.get(0))
                        ? Mention.Kind.MEDIA : Mention.Kind.ORGANIZATION;
            } else {
                kind = titles.isEmpty() && lower.size() == 1 ? Mention.Kind.UNKNOWN : Mention.Kind.PERSON;
            }
        }
        String name = text(toks, start, end);
        String raw = rawStart == start ? name : text(toks, rawStart, end);
        return new Mention(rawStart, start, end, name, raw, kind, titles, possessive, false);
    }

    /**
     * The index of the last title word that two or more name words follow, none of them a title or an
     * organisation's word; -1 when there is none.
     */
    /**
     * Whether {@code word} follows a courtesy title ({@code Mr. Prince}, {@code Ms. Major}): a surname then, even
     * when it is also a title, unless it is one that such a title addresses ({@code Mr. President}).
     */
    private static boolean afterCourtesy(List<String> titles, String word) {
        return !titles.isEmpty() && Lexicon.COURTESY_TITLES.contains(titles.get(titles.size() - 1))
                && !Lexicon.ADDRESSED_TITLES.contains(word);
    }

    private static int lastTitleBeforeName(List<String> lower) {
        for (int t = lower.size() - 3; t >= 1; t--) {
            if (Lexicon.TITLES.contains(lower.get(t))) {
                for (int k = t + 1; k < lower.size(); k++) {
                    if (Lexicon.TITLES.contains(lower.get(k)) || isOrgWord(lower.get(k)) || CONNECTORS.contains(lower.get(k))) {
                        return -1;
                    }
                }
                return t;
            }
        }
        return -1;
    }

    private static boolean isOrganisation(List<Token> toks, int start, int end, List<String> lower) {
        int n = lower.size();
        if (isOrgWord(lower.get(n - 1)) || isOrgWord(lower.get(0)) && !Lexicon.TITLES.contains(lower.get(0))) {
            return true;
        }
        for (int k = 0; k < n - 1; k++) {
            if (isOrgWord(lower.get(k)) && CONNECTORS.contains(lower.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a preposition or a verb of telling, looking back over lower-case title words and
     * possessors ({@code to Bank of Montreal's chairman X}): not a subject.
     */
    private static boolean isObject(List<Token> toks, List<Mention> mentions, int index, int sentenceStart) {
        int k = mentions.get(index).rawStart() - 1;
        int m = index - 1;
        while (k >= sentenceStart) {
            Token t = toks.get(k);
            String l = t.lower();
            if (t.isPossessive() && m >= 0 && mentions.get(m).end() == k) {
                k = mentions.get(m).rawStart() - 1;
                m--;
                continue;
            }
            if (t.isWord() && !t.isCapitalised() && (Lexicon.TITLES.contains(l) || Lexicon.PERSON_ROLES.containsKey(l)
                    || l.equals("the"))) {
                k--;
                continue;
            }
            return t.isWord() && (PREPOSITIONS.contains(l) || "tell".equals(Lexicon.CUE_VERBS.get(l))
                    || "inform".equals(Lexicon.CUE_VERBS.get(l)) || "quote".equals(Lexicon.CUE_VERBS.get(l)));
        }
        return false;
    }

    static String text(List<Token> toks, int start, int end) {
        if (end - start == 1) {
            return toks.get(start).text();
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start && !toks.get(k).isPossessive() && !toks.get(k).text().equals(",")) {
                b.append(' ');
            }
            b.append(toks.get(k).text());
        }
        return b.toString();
    }
}
