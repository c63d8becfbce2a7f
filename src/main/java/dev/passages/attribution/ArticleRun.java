package dev.passages.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribution of one article, paragraph by paragraph: reads each sentence's names into the entity
 * table, hands each cue to the subject finder, carries a quote that runs on to its speaker, and at the
 * end names every paragraph's speakers by all the article says of them.
 */
final class ArticleRun {

    private final List<String> paragraphs;
    private final List<TokenList> tokens = new ArrayList<>();
    private final MentionFinder finder;
    private final Map<String, Boolean> lowerCaseUse = new HashMap<>();
    private final Map<String, Boolean> writtenTwice = new HashMap<>();
    private final EntityTable entities = new EntityTable();
    private final Discourse discourse = new Discourse();
    private final RoleNouns roleNouns = new RoleNouns(entities, discourse);
    private final Coreference coreference = new Coreference(entities, discourse, this::usedInLowerCase);
    private final SubjectAfterCue afterCue = new SubjectAfterCue(coreference, roleNouns);
    private final QuoteTag quoteTag = new QuoteTag(coreference);
    private final SubjectFinder subjects =
            new SubjectFinder(discourse, coreference, roleNouns, afterCue, new Appositions(roleNouns));

    ArticleRun(List<String> paragraphs, Outlets outlets) {
        this(paragraphs, outlets, BylineNames.NONE);
    }

    ArticleRun(List<String> paragraphs, Outlets outlets, BylineNames byline) {
        this.paragraphs = paragraphs;
        int longest = 0;
        int total = 0;
        // loops by index: under C1 alone a for-each loop allocates its iterator, and these run for every article
        for (int k = 0; k < paragraphs.size(); k++) {
            String p = paragraphs.get(k);
            longest = p.length() > Attributor.MAX_PARAGRAPH_CHARS ? longest : Math.max(longest, p.length());
            total += p.length() > Attributor.MAX_PARAGRAPH_CHARS ? 0 : p.length();
        }
        char[] scratch = new char[longest];
        ArticleWords words = new ArticleWords(total / 16);
        TokenList.Builder builder = new TokenList.Builder(longest / 5 + 4);
        for (int k = 0; k < paragraphs.size(); k++) {
            String p = paragraphs.get(k);
            // unbracketing keeps a paragraph's length, so each fits the scratch array
            tokens.add(p.length() > Attributor.MAX_PARAGRAPH_CHARS ? TokenList.EMPTY
                    : Tokenizer.tokens(NewswireBrackets.unbracket(p), scratch, words, builder));
        }
        this.finder = new MentionFinder(this::usedInLowerCase, outlets, byline, this::writtenAgain);
    }

    /** Whether the article writes {@code word} in lower case somewhere (then a capitalised one is no name). */
    private boolean usedInLowerCase(String word) {
        return lowerCaseUse.computeIfAbsent(word, w -> written(w, 1));
    }

    /** Whether the article writes {@code words} as they are more than once (a headline's name, again in the story). */
    private boolean writtenAgain(String words) {
        return writtenTwice.computeIfAbsent(words, w -> written(w, 2));
    }

    /** Whether the article writes {@code words} as they are, not inside longer words, {@code times} times at least. */
    private boolean written(String words, int times) {
        int seen = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            String p = paragraphs.get(k);
            for (int at = p.indexOf(words); at >= 0; at = p.indexOf(words, at + 1)) {
                int end = at + words.length();
                if ((at == 0 || !Character.isLetterOrDigit(p.charAt(at - 1)))
                        && (end >= p.length() || !Character.isLetterOrDigit(p.charAt(end))) && ++seen >= times) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The speakers of each paragraph, in paragraph order. */
    List<List<Attribution>> run() {
        for (int p = 0; p < paragraphs.size(); p++) {
            discourse.found.add(new LinkedHashMap<>());
            paragraph(p);
        }
        roleNouns.resolvePending();
        // every paragraph names an entity by what the whole article knows of it (its fullest name)
        Map<Entity, Speaker> finalSpeakers = new HashMap<>();
        List<List<Attribution>> out = new ArrayList<>();
        for (Map<Entity, Discourse.Cue> m : discourse.found) {
            if (m.isEmpty()) {
                out.add(List.of());
                continue;
            }
            List<Attribution> list = new ArrayList<>(m.size());
            for (Map.Entry<Entity, Discourse.Cue> a : m.entrySet()) {
                Speaker sp = finalSpeakers.computeIfAbsent(a.getKey(), Entity::speaker);
                list.add(new Attribution(sp, a.getValue().cue(), a.getValue().trigger()));
            }
            out.add(List.copyOf(list));
        }
        return out;
    }

    private void paragraph(int p) {
        String text = paragraphs.get(p);
        TokenList toks = tokens.get(p);
        int first = ParagraphOpenings.datelineEnd(toks);
        boolean[] quoted = QuoteSpans.inside(toks);
        for (int s0 = first; s0 < toks.size(); ) {
            int s1 = Tokenizer.sentenceEnd(toks, s0);
            sentence(p, text, toks, s0, s1, quoted);
            s0 = s1;
        }
        Map<Entity, Discourse.Cue> here = discourse.found.get(p);
        if (here.isEmpty() && p > 0 && ParagraphOpenings.continuesQuote(toks, first) && !ParagraphOpenings.attributesItsQuote(toks, first)) {
            // the speaker of the last quote goes on, not every speaker of the paragraph before
            Entity last = null;
            for (Entity e : discourse.found.get(p - 1).keySet()) {
                last = e;
            }
            if (last != null) {
                here.put(last, new Discourse.Cue("continued quote", ParagraphOpenings.firstWords(text)));
            }
        }
        if (!here.isEmpty()) {
            Entity e = here.keySet().iterator().next();
            for (Entity other : here.keySet()) {
                if (other.isPersonLike()) {
                    e = other;
                    break;
                }
            }
            discourse.current = e;
        }
    }

    /** How many tokens an introductory phrase before a sentence's subject may take. */
    private static final int INTRODUCTION_WORDS = 10;

    private void sentence(int p, String text, TokenList toks, int s0, int s1, boolean[] quoted) {
        if (Coreference.opensWithUnnamedPerson(toks, s0, s1)) {
            discourse.unnamedSubjectIn = p;
        }
        boolean headline = Headlines.isHeadline(toks, s0, s1);
        Sentence sentence = read(p, text, toks, s0, s1, headline, quoted);
        int before = discourse.found.get(p).size();
        for (int k = s0; k < s1; k++) {
            // a cue inside a quotation reports what the quoted speaker says of another: nested speech
            String lemma = quoted[k] ? null : CueFinder.cueAt(toks, k, s1, headline);
            if (lemma == null) {
                continue;
            }
            int verbEnd = "according".equals(toks.get(k).lower()) ? k + 2 : k + 1;
            if (lemma.equals("according to")) {
                Subject source = afterCue.accordingTo(sentence, k);
                if (source != null) {
                    discourse.add(sentence, source.entity(), lemma, source.from(), source.to());
                }
            } else {
                boolean nested = discourse.found.get(p).size() > before && !CueFinder.endsSentence(toks, verbEnd, s1);
                subjects.subjectOf(sentence, k, lemma, nested);
            }
            k = verbEnd - 1;
        }
        if (discourse.found.get(p).size() == before) {
            quoteTag.credit(sentence, discourse);
        }
        if (discourse.found.get(p).size() == before && Coreference.opensWith(toks, s0, s1, "the")) {
            // "The official said ...": an unnamed person no role noun found a name for speaks on in this paragraph
            discourse.unnamedSubjectIn = p;
        }
    }

    /** The sentence with its names found, each registered as an entity and indexed by where it stands. */
    private Sentence read(int p, String text, TokenList toks, int s0, int s1, boolean headline, boolean[] quoted) {
        List<Mention> mentions = finder.find(toks, s0, s1, headline);
        Positions<Entity> byEnd = new Positions<>(s0, s1, mentions.size());
        Positions<Mention> mentionByEnd = new Positions<>(s0, s1, mentions.size());
        Positions<Mention> mentionByStart = new Positions<>(s0, s1, mentions.size());
        Entity previous = null;
        Mention previousMention = null;
        boolean subjectBefore = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Entity e;
            if (previous != null && isAcronymAfter(toks, previousMention, m)) {
                e = previous;
                entities.acronym(e, m.name());
            } else {
                e = entities.register(m);
            }
            Position pos = new Position(p, m.start());
            e.lastMention = pos;
            if (m.canBeSubject() && !quoted[m.start()]) {
                // a speaker does not name himself in his own words: a name quoted is no antecedent of the tag's he
                e.lastSubjectMention = pos;
                if (m.rawStart() == s0 || m.rawStart() == s0 + 1 && !toks.get(s0).isWord()
                        || !subjectBefore && afterIntroduction(toks, s0, m)) {
                    e.lastOpening = pos;
                }
                // a lone capitalised word that opens the sentence may be a participle ("Reached by phone, ...")
                subjectBefore |= m.rawStart() != s0 || m.kind() != Mention.Kind.UNKNOWN || m.end() - m.start() > 1;
            }
            if (e.isPersonLike()) {
                e.mentionedAt(pos);
                EntityRoles.collect(e, m, toks, s0, s1);
            }
            byEnd.put(m.end(), e);
            mentionByEnd.put(m.end(), m);
            mentionByStart.put(m.start(), m);
            if (m.rawStart() < m.start() && mentionByStart.get(m.rawStart()) == null) {
                // "said CJ Analyst Harry Mortner", ", Retired General Carlos Narvaez,": found where its titles begin
                mentionByStart.put(m.rawStart(), m);
            }
            previous = e;
            previousMention = m;
        }
        Sentence sentence = new Sentence(p, text, toks, s0, s1, mentions, byEnd, mentionByEnd, mentionByStart, quoted);
        Affiliations.collect(sentence, entities);
        if (!mentions.isEmpty() && mentions.get(0).rawStart() == s0 && mentions.get(0).canBeSubject()) {
            // a he or she further on in a sentence its subject opens is that person's
            PronounGender.learn(sentence, mentions.get(0), byEnd.get(mentions.get(0).end()));
        }
        return sentence;
    }

    /**
     * Whether a name is the subject after a short introductory phrase ({@code Reached by phone, Reed, the
     * chairman, said}, {@code In May, Reed told}): after a comma among the sentence's first words, with no
     * pronoun or quotation before it, and followed by a comma, a parenthesis or a verb rather than a noun it
     * qualifies ({@code ..., Harbour Council chairman Tom Reed}).
     */
    private static boolean afterIntroduction(TokenList toks, int s0, Mention m) {
        int comma = m.rawStart() - 1;
        if (comma <= s0 || comma > s0 + INTRODUCTION_WORDS || !toks.get(comma).text().equals(",") || m.end() >= toks.size()) {
            return false;
        }
        for (int k = s0; k < comma; k++) {
            if (toks.get(k).isQuote() || Lexicon.PERSON_PRONOUNS.contains(toks.get(k).lower())) {
                return false;
            }
        }
        Token next = toks.get(m.end());
        String l = next.lower();
        return !next.isWord() ? next.text().equals(",") || next.text().equals("(")
                : !next.isCapitalised() && (Lexicon.CUE_VERBS.containsKey(l) || CueFinder.isBetween(next) || l.endsWith("ed"));
    }

    /** {@code World Bank (WB)}: an acronym in parentheses right after the name it abbreviates. */
    private static boolean isAcronymAfter(TokenList toks, Mention previous, Mention m) {
        return m.start() == previous.end() + 1 && toks.get(previous.end()).text().equals("(")
                && m.end() < toks.size() && toks.get(m.end()).text().equals(")") && toks.get(m.start()).isAllCaps()
                && m.end() - m.start() == 1;
    }
}
