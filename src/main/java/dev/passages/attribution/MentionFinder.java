package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Finds the names in a sentence: runs of capitalised words, classified and with titles peeled off. */
final class MentionFinder {

    /** Prepositions whose object is a name after its employer and post ({@code a letter to Harbour chairman X}). */
    /** Party words that may stand between a body's name and a title ({@code Senate Republican Leader X}). */
    private static final Set<String> TITLE_QUALIFIERS = MentionClassifier.TITLE_QUALIFIERS;

    private final MentionClassifier classifier;
    private final HeadlineNames headlineNames;
    /** The word lists of the sentence's tokens, one array for every sentence of the article: one finder serves one article run, never two threads. */
    private final WordClasses cls = new WordClasses(TokenList.EMPTY, 0, 0);

    /**
     * @param usedInLowerCase whether the article uses a word in lower case: a capitalised one at a sentence start is then no name
     * @param outlets the names of news outlets known from the articles' own source fields
     * @param byline the names of the article's writers: a run that is one of them names a person
     * @param writtenAgain whether the article writes words, as they are, more than once, as a headline's name is
     *                     written again in the story
     */
    MentionFinder(Predicate<String> usedInLowerCase, Outlets outlets, BylineNames byline, Predicate<String> writtenAgain) {
        this.classifier = new MentionClassifier(usedInLowerCase, outlets, byline);
        this.headlineNames = new HeadlineNames(usedInLowerCase, writtenAgain);
    }

    /**
     * The names in tokens [s0, s1) of a sentence, in order; one after a preposition or a verb of telling marked
     * as an object. {@code headline}: whether the sentence is {@linkplain Headlines#isHeadline written in title case}.
     */
    List<Mention> find(TokenList toks, int s0, int s1, boolean headline) {
        List<Mention> out = new ArrayList<>();
        if (Headlines.isSectionHeading(toks, s0, s1)) {
            return out;
        }
        cls.sentence(toks, s0, s1);
        boolean titleCase = headline && Headlines.isTitleCase(toks, s0, s1);
        int i = s0;
        while (i < s1) {
            Token t = toks.get(i);
            if (!t.isWord() || !t.isCapitalised() || (headline && (Headlines.verbAt(toks, i, s1) || Headlines.breaksName(toks, i, s1)))) {
                i++;
                continue;
            }
            int j = runEnd(toks, cls, i, s1, headline);
            if (headline && Headlines.afterPossessive(toks, i, s0)) {
                i = j; // "What His Old Rival Said": a noun phrase, no name
                continue;
            }
            int of = affiliationAt(toks, cls, i, j);
            int and = coordinationAt(toks, cls, i, j, s0, s1);
            if (and > i) {
                // "Sen. Ana Ruiz and Rep. Tom Reed": two people, however the titles let the run go on
                addRun(out, toks, cls, i, and, s0, s1);
                addRun(out, toks, cls, and + 1, j, s0, s1);
            } else if (of > i) {
                // "Rep. Lee Zeldin of New York": a person, then where they come from or work
                addRun(out, toks, cls, i, of, s0, s1);
                addRun(out, toks, cls, of + 1, j, s0, s1);
            } else if (titleCase && j - i > 1) {
                int[] named = headlineNames.named(toks, cls, i, j);
                addRun(out, toks, cls, named[0], named[1], s0, s1);
            } else {
                addRun(out, toks, cls, i, j, s0, s1);
            }
            i = j;
        }
        for (int k = 0; k < out.size(); k++) {
            if (NameAsObject.isObject(toks, cls, out, k, s0)) {
                out.set(k, out.get(k).asObject());
            }
        }
        return out;
    }

    /**
     * Where the run of a name that opens at {@code i} ends: over capitalised words, particles, possessives and
     * connectors that join the words of one name ({@code Aubrey G. Lanston and Co}, {@code Minister of State}).
     */
    private static int runEnd(TokenList toks, WordClasses cls, int i, int s1, boolean headline) {
        int j = i + 1;
        boolean connectorsAllowed = allowsConnectors(cls, i);
        while (j < s1) {
            Token u = toks.get(j);
            String lu = u.lower();
            if (headline && (Headlines.verbAt(toks, j, s1) || Headlines.breaksName(toks, j, s1))) {
                break;
            } else if (u.isWord() && (u.isCapitalised() || cls.is(j, WordClasses.HYPHENATED) && isParticleCompound(lu))) {
                connectorsAllowed = connectorsAllowed || allowsConnectors(cls, j);
                j++;
            } else if (u.isPossessive() && j + 1 < s1 && toks.get(j + 1).isCapitalised()
                    && (cls.is(j + 1, WordClasses.ORG_HEAD)
                        || !cls.is(j - 1, WordClasses.PLACE) && firmNameEnds(toks, j + 1, s1))) {
                // "the Trade Representative's Office", "Moody's Investors Service Inc": one organisation (but
                // "Sweden's Telefon AB" is a place's)
                j += 2;
            } else if (u.isWord() && cls.is(j, WordClasses.PARTICLE) && nextCapitalised(toks, cls, j, s1)) {
                j++;
            } else if (Initials.join(toks, j, s1)) {
                // "S and P", "S&P", "AT and T": one body's initials
                j += 2;
            } else if (lu.equals("and") && j + 1 < s1 && toks.get(j + 1).isCapitalised()
                    && (Lexicon.FIRM_ENDINGS.contains(toks.get(j + 1).lower())
                        || !cls.is(j - 1, WordClasses.CORPORATE_SUFFIX) && firmNameEnds(toks, j + 1, s1))) {
                // "Aubrey G. Lanston and Co", "Standard and Poor's Corp": a firm's name, however it begins (but
                // "Singer Co and Northrop Corp" are two)
                j += 2;
            } else if (u.text().equals(",") && !cls.is(j - 1, WordClasses.CORPORATE_SUFFIX)
                    && continuesFirmName(toks, j + 1, s1)) {
                // "Goldman, Sachs and Co", "Smith Barney, Harris Upham and Co": one firm (but "Kidder, Peabody and
                // Co, Lazard Freres and Co" are two)
                j++;
            } else if (connectorsAllowed && cls.is(j, WordClasses.CONNECTOR) && nextCapitalised(toks, cls, j, s1)
                    && !(lu.equals("and") && cls.is(j - 1, WordClasses.CORPORATE_SUFFIX | WordClasses.ORG_HEAD))) {
                j++;
            } else if (lu.equals("and") && afterTheAndOneWord(toks, i, j)
                    && nextCapitalised(toks, cls, j, s1) && endsInBodyWord(toks, cls, j + 1, s1)) {
                // "the Securities and Exchange Commission", "the Food and Drug Administration": one body, whose
                // word comes after the "and" (but "Citicorp and Chase Manhattan Bank", with no "the", are two)
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether token {@code j} follows "the" and one word, the run's from {@code i} ({@code The} opening it or not). */
    private static boolean afterTheAndOneWord(TokenList toks, int i, int j) {
        return j == i + 2 ? toks.get(i).lower().equals("the") : j == i + 1 && i > 0 && toks.get(i - 1).lower().equals("the");
    }

    /** Whether the capitalised words from {@code k} on (three at most) end in an organisation's head word. */
    private static boolean endsInBodyWord(TokenList toks, WordClasses cls, int k, int s1) {
        for (int end = k; end < s1 && end < k + 3 && toks.get(end).isWord() && toks.get(end).isCapitalised(); end++) {
            if (cls.is(end, WordClasses.ORG_HEAD)
                    && (end + 1 >= s1 || !toks.get(end + 1).isWord() || !toks.get(end + 1).isCapitalised())) {
                return true;
            }
        }
        return false;
    }

    /** The word after {@code j} is capitalised and no common word: a name's word. */
    private static boolean nextCapitalised(TokenList toks, WordClasses cls, int j, int s1) {
        return j + 1 < s1 && toks.get(j + 1).isWord() && toks.get(j + 1).isCapitalised()
                && !cls.is(j + 1, WordClasses.COMMON);
    }

    private void addRun(List<Mention> out, TokenList toks, WordClasses cls, int i, int j, int s0, int s1) {
        int split = splitPoint(toks, cls, i, j);
        if (split == i && Affiliations.followsPost(toks, i, s0)) {
            // a run typed as a person whose first words end in an organisation's head word: two names
            Mention whole = classifier.classify(toks, cls, i, j, s0, s1);
            int at = whole != null && whole.kind() == Mention.Kind.PERSON ? nameAfterOrganisation(toks, cls, i, j) : i;
            Mention org = at > i ? classifier.classify(toks, cls, i, at, s0, s1) : null;
            Mention person = org != null ? classifier.classify(toks, cls, at, j, s0, s1) : null;
            if (person != null && org.kind() == Mention.Kind.ORGANIZATION && person.kind() == Mention.Kind.PERSON) {
                add(out, org);
                add(out, person);
                return;
            }
        }
        if (split > i) {
            add(out, classifier.classify(toks, cls, i, split, s0, s1));
        }
        add(out, classifier.classify(toks, cls, split, j, s0, s1));
    }

    /**
     * The position of an "of" that follows a person's name inside a run joined by connectors ({@code Rep. Lee
     * Zeldin of New York}, {@code Mr. Nevin of Vantage Media}, {@code HBC Chairman G.K. Lind of North Carolina}):
     * titles (after the words of a body or a place), then two name words or more that are neither titles, places
     * nor an organisation's words, or one after a courtesy title; the last name word may be a title's word that is
     * also a surname ({@code Peter T. King}, {@code John Major}). -1 when there is none ({@code Minister of
     * State}, {@code Bank of England}).
     */
    private static int affiliationAt(TokenList toks, WordClasses cls, int i, int j) {
        int k = i;
        while (k < j && !cls.is(k, WordClasses.TITLE)) {
            // "House Speaker X", "New Jersey Gov. X", "HBC Chairman X": the capitalised words of a body or a place
            if (!toks.get(k).isWord() || !toks.get(k).isCapitalised()) {
                return -1;
            }
            k++;
        }
        int first = k;
        boolean courtesy = false;
        while (k < j && cls.is(k, WordClasses.TITLE) || k < j && toks.get(k).text().equals(".")) {
            // "Mr." or "Mr" and its full stop
            courtesy = Lexicon.COURTESY_TITLES.contains(toks.get(k).lower()) || courtesy && toks.get(k).text().equals(".");
            k++;
        }
        if (k == first) {
            return -1;
        }
        int names = 0;
        for (; k < j; k++) {
            Token t = toks.get(k);
            String l = t.lower();
            if (l.equals("of") && (names >= 2 || names == 1 && courtesy)) {
                return k + 1 < j && toks.get(k + 1).isCapitalised() ? k : -1;
            }
            boolean surname = names >= 1 && k + 1 < j && toks.get(k + 1).is("of") && cls.at(k) == WordClasses.TITLE;
            if (!t.isWord() || !t.isCapitalised() || !surname && cls.is(k, WordClasses.TITLE | WordClasses.ORG_WORD
                    | WordClasses.PLACE | WordClasses.COMMON)) {
                return -1;
            }
            names++;
        }
        return -1;
    }

    /**
     * The position of an "and" that joins two people's names inside a run that opens with a title, or a word and a
     * title ({@code Sen. Ana Ruiz and Rep. Tom Reed}, {@code Mr. Holm and Senator Ivo Brandt}): each side a person's
     * name, the word before "and" a name's word; -1 when there is none ({@code Minister of Trade and Industry}, nor
     * in a post's field: {@code Minister of Finance and Public Credit X}).
     */
    private int coordinationAt(TokenList toks, WordClasses cls, int i, int j, int s0, int s1) {
        if (!cls.is(i, WordClasses.TITLE) && !(i + 1 < j && cls.is(i + 1, WordClasses.TITLE))) {
            return -1;
        }
        for (int a = i + 2; a < j - 1; a++) {
            if (toks.get(a).is("and") && toks.get(a - 1).isCapitalised() && !(toks.get(i + 1).is("of") && a <= i + 4)
                    && !cls.is(a - 1, WordClasses.TITLE | WordClasses.ORG_WORD | WordClasses.COMMON)) {
                Mention left = classifier.classify(toks, cls, i, a, s0, s1);
                Mention right = classifier.classify(toks, cls, a + 1, j, s0, s1);
                return left != null && right != null && left.kind() == Mention.Kind.PERSON
                        && right.kind() == Mention.Kind.PERSON && left.start() > i ? a : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a few capitalised words from {@code from}, commas between them allowed, then "and Co" (or
     * Sons, Brothers...), end a firm's name ({@code Peat, Marwick, Mitchell and Co}).
     */
    private static boolean continuesFirmName(TokenList toks, int from, int s1) {
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
    private static boolean firmNameEnds(TokenList toks, int from, int s1) {
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

    /**
     * {@code Pakistan Ulema Council Chairman Hafiz ... Ashrafi}: an organisation's name, then a title and a person;
     * also with a party's word that qualifies the title between them ({@code Senate Republican Leader Robert Dole}), or
     * after a body's initials ({@code AT and T Chairman James Olson}).
     */
    private static int splitPoint(TokenList toks, WordClasses cls, int start, int end) {
        for (int k = start + 1; k < end - 1; k++) {
            if (k + 3 == end && toks.get(k + 1).lower().equals("and")) {
                // "Ministry of International Trade and Industry": a portfolio ends the run, no title before a name
                break;
            }
            if (cls.is(k, WordClasses.TITLE) && !cls.is(end - 1, WordClasses.TITLE) && !inPortfolio(toks, cls, start, k)) {
                if (cls.is(k - 1, WordClasses.ORG_WORD | WordClasses.PLACE)
                        || k == start + 3 && Initials.join(toks, start + 1, end)) {
                    return k;
                }
                if (k - 2 >= start && cls.is(k - 2, WordClasses.ORG_WORD) && !cls.is(k - 2, WordClasses.TITLE)
                        && TITLE_QUALIFIERS.contains(toks.get(k - 1).lower())) {
                    return k - 1;
                }
            }
            if (cls.is(start, WordClasses.ORG_WORD) && TITLE_QUALIFIERS.contains(toks.get(k).lower())
                    && nameOnly(cls, k + 1, end)) {
                // "House Republican Thomas Massie", "House Intelligence Democrat Ana Ruiz": a body's member of a
                // party, then the person
                return k + 1;
            }
        }
        return start;
    }

    /**
     * Whether the title's word at {@code k} is a word of a portfolio joined by "and" in the field of a post that opens
     * the run ({@code Minister of International Trade and Industry X}), not a title of its own.
     */
    private static boolean inPortfolio(TokenList toks, WordClasses cls, int start, int k) {
        return cls.is(start, WordClasses.TITLE) && toks.get(start + 1).lower().equals("of")
                && (toks.get(k + 1).lower().equals("and") || toks.get(k - 1).lower().equals("and"));
    }

    /** Whether tokens [from, end) are two words or more, none of them an organisation's, a title's or a place's. */
    private static boolean nameOnly(WordClasses cls, int from, int end) {
        if (end - from < 2) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (cls.is(k, WordClasses.ORG_WORD | WordClasses.TITLE | WordClasses.PLACE | WordClasses.CORPORATE_SUFFIX)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code the spokesman of the Islamic Emirate Zabihullah Mujahid}: where a person's name begins after the
     * organisation's head word, when two words or more that are no organisation's, title's or place's words
     * close the run; {@code start} when they do not.
     */
    private static int nameAfterOrganisation(TokenList toks, WordClasses cls, int start, int end) {
        int k = end;
        while (k > start && toks.get(k - 1).isWord() && toks.get(k - 1).isCapitalised()) {
            if (cls.is(k - 1, WordClasses.ORG_WORD | WordClasses.TITLE | WordClasses.PLACE | WordClasses.CORPORATE_SUFFIX)) {
                break;
            }
            k--;
        }
        return k > start && end - k >= 2 && cls.is(k - 1, WordClasses.ORG_WORD) ? k : start;
    }

    private static boolean allowsConnectors(WordClasses cls, int k) {
        return cls.is(k, WordClasses.TITLE | WordClasses.ORG_WORD);
    }
}
