package dev.passages.attribution;

import dev.passages.corpus.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out who speaks in each paragraph of an article: communication cues and their subjects
 * (names, pronouns, role nouns, appositions, inversions, {@code according to}), entities merged
 * within the article, pronouns and roles resolved, quotes that run on inherited. Stateless: one
 * instance serves any number of articles and threads.
 */
public final class Attributor {

    /**
     * Paragraphs longer than this (a whole book on one line, a data dump) are not attributed: no
     * news paragraph is that long, and the work would grow with it.
     */
    static final int MAX_PARAGRAPH_CHARS = 20_000;

    /** How far ahead (in paragraphs) a role noun may find the name it stands for ({@code the interior minister ... Bugti}). */
    private static final int CATAPHORA_PARAGRAPHS = 2;

    private final Outlets outlets;

    /** An attributor that knows outlets only from each article's own source field. */
    public Attributor() {
        this(Set.of());
    }

    /**
     * An attributor that also knows as outlets the names in {@code sources}: the source fields of the
     * articles of a corpus ({@code Dawn}, {@code Ariana News}).
     */
    public Attributor(java.util.Collection<String> sources) {
        this.outlets = Outlets.of(sources);
    }

    /** The speakers of each paragraph of {@code article}, in paragraph order. */
    public List<List<Attribution>> attribute(Article article) {
        return new Run(article.paragraphs(), outlets.with(article.source())).run();
    }

    public List<List<Attribution>> attribute(List<String> paragraphs) {
        return new Run(paragraphs, outlets).run();
    }

    /** Representatives whose office is to speak for an organisation: unnamed, they speak for it. */
    private static final Set<String> SPOKESPEOPLE = Lexicon.words("spokespeople");
    private static final Set<String> FORMS_OF_BE = Lexicon.words("forms-of-be");
    /** Cues that keep their speaker in the passive ("it was said by ..."). */
    private static final Set<String> PASSIVE_CUES = Lexicon.words("passive-cues");
    private static final Set<String> ARTICLES = Lexicon.ARTICLES;

    /** The state of one article's attribution. */
    private static final class Run {
        final List<String> paragraphs;
        final EntityTable entities = new EntityTable();
        final List<Map<Entity, Cue>> found = new ArrayList<>();
        final List<Pending> pending = new ArrayList<>();
        final MentionFinder finder;
        Entity current;
        /** An organisation that an unnamed spokesperson speaks for: "he" may refer to it. */
        Entity spokespersonFor;
        /** Who issued the document that spoke last ("The statement said ... It added"). */
        Entity documentSpeaker;
        /** Whether the last role resolved was a document noun. */
        boolean viaDocument;

        /**
         * What made an entity a speaker of a paragraph; its {@link Speaker} is made at the end, from all
         * the article says of the entity.
         */
        record Cue(String cue, String trigger) {
        }

        /** A role noun waiting for a name given after it; {@code fallback} speaks when none comes. */
        record Pending(int paragraph, Position position, String role, String cue, String trigger, Entity fallback) {
        }

        final List<List<Token>> tokens = new ArrayList<>();

        Run(List<String> paragraphs, Outlets outlets) {
            this.paragraphs = paragraphs;
            for (String p : paragraphs) {
                tokens.add(p.length() > MAX_PARAGRAPH_CHARS ? List.of() : Tokenizer.tokens(NewswireBrackets.unbracket(p)));
            }
            this.finder = new MentionFinder(this::usedInLowerCase, outlets);
        }

        /** Whether the article writes {@code word} in lower case somewhere (then a capitalised one is no name). */
        private boolean usedInLowerCase(String word) {
            return lowerCaseUse.computeIfAbsent(word, this::searchLowerCase);
        }

        private final Map<String, Boolean> lowerCaseUse = new HashMap<>();

        private boolean searchLowerCase(String word) {
            for (String p : paragraphs) {
                for (int at = p.indexOf(word); at >= 0; at = p.indexOf(word, at + 1)) {
                    boolean startOk = at == 0 || !Character.isLetterOrDigit(p.charAt(at - 1));
                    int end = at + word.length();
                    boolean endOk = end >= p.length() || !Character.isLetterOrDigit(p.charAt(end));
                    if (startOk && endOk) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<List<Attribution>> run() {
            for (int p = 0; p < paragraphs.size(); p++) {
                found.add(new LinkedHashMap<>());
                paragraph(p);
            }
            resolvePending();
            // every paragraph names an entity by what the whole article knows of it (its fullest name)
            Map<Entity, Speaker> finalSpeakers = new HashMap<>();
            List<List<Attribution>> out = new ArrayList<>();
            for (Map<Entity, Cue> m : found) {
                List<Attribution> list = new ArrayList<>(m.size());
                for (Map.Entry<Entity, Cue> a : m.entrySet()) {
                    Speaker sp = finalSpeakers.computeIfAbsent(a.getKey(), Entity::speaker);
                    list.add(new Attribution(sp, a.getValue().cue(), a.getValue().trigger()));
                }
                out.add(List.copyOf(list));
            }
            return out;
        }

        private void paragraph(int p) {
            String text = paragraphs.get(p);
            List<Token> toks = tokens.get(p);
            int first = ParagraphOpenings.datelineEnd(toks);
            List<int[]> sentences = Tokenizer.sentences(toks.subList(first, toks.size()));
            for (int[] s : sentences) {
                sentence(p, text, toks, s[0] + first, s[1] + first);
            }
            Map<Entity, Cue> here = found.get(p);
            if (here.isEmpty() && p > 0 && ParagraphOpenings.continuesQuote(toks, first) && !ParagraphOpenings.attributesItsQuote(toks, first)) {
                // the speaker of the last quote goes on, not every speaker of the paragraph before
                Entity last = null;
                for (Entity e : found.get(p - 1).keySet()) {
                    last = e;
                }
                if (last != null) {
                    here.put(last, new Cue("continued quote", ParagraphOpenings.firstWords(text)));
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
                current = e;
            }
        }

        private void sentence(int p, String text, List<Token> toks, int s0, int s1) {
            if (opensWithUnnamedPerson(toks, s0, s1)) {
                unnamedSubjectIn = p;
            }
            List<Mention> mentions = finder.find(toks, s0, s1);
            Positions<Entity> byEnd = new Positions<>(s0, s1);
            Positions<Mention> mentionByEnd = new Positions<>(s0, s1);
            Positions<Mention> mentionByStart = new Positions<>(s0, s1);
            Entity previous = null;
            Mention previousMention = null;
            for (Mention m : mentions) {
                Entity e;
                if (previous != null && isAcronymAfter(toks, previousMention, m)) {
                    e = previous;
                    e.acronym = m.name();
                } else {
                    e = entities.register(m);
                }
                Position pos = new Position(p, m.start());
                e.lastMention = pos;
                if (m.canBeSubject()) {
                    e.lastSubjectMention = pos;
                    if (m.rawStart() == s0 || m.rawStart() == s0 + 1 && !toks.get(s0).isWord()) {
                        e.lastOpening = pos;
                    }
                }
                if (e.isPersonLike()) {
                    entities.mentioned(e, pos);
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
            Sentence sentence = new Sentence(p, text, toks, s0, s1, mentions, byEnd, mentionByEnd, mentionByStart);
            int before = found.get(p).size();
            boolean headline = MentionFinder.isHeadline(toks, s0, s1);
            for (int k = s0; k < s1; k++) {
                String lemma = CueFinder.cueAt(toks, k, s1, headline);
                if (lemma == null) {
                    continue;
                }
                int verbEnd = "according".equals(toks.get(k).lower()) ? k + 2 : k + 1;
                if (lemma.equals("according to")) {
                    accordingTo(sentence, k);
                } else {
                    boolean nested = found.get(p).size() > before && !CueFinder.endsSentence(toks, verbEnd, s1);
                    subjectOf(sentence, k, lemma, nested);
                }
                k = verbEnd - 1;
            }
        }

        // ---- cues ----

        /** The subject of the cue verb at k: left of it (through adverbs, appositions), or right of it when inverted. */
        private void subjectOf(Sentence s, int k, String lemma, boolean nested) {
            List<Token> toks = s.toks();
            boolean participle = toks.get(k).lower().endsWith("ing");
            int i = k - 1;
            boolean auxiliary = false;
            boolean passive = false;
            boolean negated = false;
            while (i >= s.s0() && CueFinder.isBetween(toks.get(i))) {
                String l = toks.get(i).lower();
                negated |= l.equals("not") || l.equals("never");
                if (FORMS_OF_BE.contains(l)) {
                    auxiliary = true;
                    passive |= !participle;
                }
                i--;
            }
            if (lemma.equals("report") && k + 2 < s.s1() && toks.get(k + 1).is("from") && toks.get(k + 2).isCapitalised()) {
                return; // "Reed reported from Kabul": a byline, where the reporter was
            }
            if (negated && UNANSWERED.contains(lemma)) {
                return; // "did not respond to requests for comment": nothing was said
            }
            if (passive && !(lemma.equals("quote") && followsAsSaying(toks, k, s.s1()))
                    && !PASSIVE_CUES.contains(lemma)) {
                return;
            }
            if (participle && !auxiliary && !(i == k - 1 && i >= s.s0() && s.mentionByEnd().containsKey(k))) {
                if (i > s.s0() && (toks.get(i).text().equals(",") || toks.get(i).is("by")) && !nested) {
                    // "Reed hailed the vote, telling reporters ...", "Lind replied by saying": the clause's subject
                    int[] start = new int[1];
                    Entity clause = clauseSubject(s, i, start);
                    if (clause != null && clause.kind != Mention.Kind.PLACE) {
                        add(s, clause, lemma, start[0], k + 1);
                    }
                }
                return;
            }
            if (i > s.s0() && toks.get(i).text().equals(")")) {
                int open = i - 1;
                while (open > s.s0() && !toks.get(open).text().equals("(")) {
                    open--;
                }
                if (open > s.s0() && toks.get(open).text().equals("(") && s.mentionByEnd().containsKey(open)) {
                    i = open - 1;
                }
            }
            Entity subject = null;
            int subjectStart = -1;
            viaDocument = false;
            if (i >= s.s0()) {
                Token t = toks.get(i);
                String l = t.lower();
                Mention m = s.mentionByEnd().get(i + 1);
                if (m != null) {
                    boolean withSaying = participle && m.rawStart() > s.s0() && toks.get(m.rawStart() - 1).is("with");
                    if (!m.afterPreposition() || withSaying) {
                        subject = s.byEnd().get(i + 1);
                        subjectStart = m.start();
                    } else {
                        // "Nathan of Wells Fargo said": the person speaks, not the employer
                        Mention employee = employeeOf(s, m);
                        if (employee != null) {
                            subject = s.byEnd().get(employee.end());
                            subjectStart = employee.start();
                        } else if (coordinated(s, m.start()) != null && s.byEnd().get(i + 1).kind == Mention.Kind.PERSON) {
                            // "Reed and Lind said": both
                            subject = s.byEnd().get(i + 1);
                            subjectStart = m.start();
                        }
                    }
                } else if (Lexicon.PERSON_PRONOUNS.contains(l)) {
                    subject = resolvePerson(s, i);
                    subjectStart = i;
                } else if (Lexicon.THING_PRONOUNS.contains(l)) {
                    subject = resolveThing();
                    subjectStart = i;
                } else if (t.isWord() && !t.isCapitalised()) {
                    subjectStart = roleStart(toks, i, s.s0());
                    int rep = subjectStart - 2;
                    if (rep >= s.s0() && (toks.get(rep + 1).is("for") || toks.get(rep + 1).is("of"))
                            && Lexicon.REPRESENTATIVES.contains(toks.get(rep).lower())) {
                        // "Spokesman for the interim administration responds": the spokesman speaks
                        subjectStart = roleStart(toks, rep, s.s0());
                        subject = resolveRole(s, subjectStart, rep, lemma, k);
                    } else {
                        subject = resolveRole(s, subjectStart, i, lemma, k);
                    }
                } else if (t.text().equals(",") || t.isQuote()) {
                    int[] inverted = new int[1];
                    subject = inverted(s, k, inverted, lemma);
                    if (subject != null) {
                        add(s, subject, lemma, k, inverted[0]);
                        return;
                    }
                    if (t.text().equals(",")) {
                        int[] start = new int[1];
                        subject = apposition(s, i, start);
                        subjectStart = start[0];
                    }
                }
            } else {
                int[] inverted = new int[1];
                subject = inverted(s, k, inverted, lemma);
                if (subject != null) {
                    add(s, subject, lemma, k, inverted[0]);
                    return;
                }
            }
            if (subject == null) {
                return;
            }
            if (Lexicon.DOCUMENT_CUES.contains(lemma) && !viaDocument) {
                return;
            }
            if (subject.kind == Mention.Kind.PLACE && (nested || !Lexicon.STATE_CUES.contains(lemma))) {
                return;
            }
            if (nested && !subject.isPersonLike()) {
                // "Mujahid told ... that the IEA rejects the claim": the reporter speaks, not the group reported on
                return;
            }
            if (Lexicon.ORGANISATION_CUES.contains(lemma) && subject.kind != Mention.Kind.ORGANIZATION) {
                return;
            }
            add(s, subject, lemma, subjectStart, k + 1);
            Entity partner = coordinated(s, subjectStart);
            if (partner != null) {
                add(s, partner, lemma, subjectStart, k + 1);
            }
            if (lemma.equals("quote")) {
                Mention quoted = s.mentionByStart().get(k + 1);
                if (quoted != null && followsAsSaying(toks, quoted.end() - 1, s.s1())) {
                    add(s, s.entityAt(quoted), "say", k + 1, quoted.end());
                }
            }
        }

        /** Cues that, negated, say nothing: {@code did not respond}, {@code never returned calls}. */
        private static final Set<String> UNANSWERED = Lexicon.words("unanswered-cues");

        /**
         * The person joined by "and" to a subject that starts at {@code subjectStart} ({@code Reed and Lind said}):
         * a person's name that ends just before the "and" and may be a subject; or null.
         */
        private static Entity coordinated(Sentence s, int subjectStart) {
            Mention m = s.mentionByStart().get(subjectStart);
            int and = (m == null ? subjectStart : m.rawStart()) - 1;
            if (and <= s.s0() || !s.toks().get(and).is("and")) {
                return null;
            }
            Mention other = s.mentionByEnd().get(and);
            if (other == null || !other.canBeSubject() || other.rawStart() != s.s0() && !s.toks().get(other.rawStart() - 1).text().equals(",")) {
                return null;
            }
            Entity e = s.byEnd().get(other.end());
            return e != null && e.kind == Mention.Kind.PERSON ? e : null;
        }

        /**
         * The subject of the clause a participle hangs on ({@code Mr. Reed, in an interview, barely dwelled on it,
         * saying}): a name or a he/she that opens the sentence, after an introductory phrase and its comma at most.
         */
        private Entity clauseSubject(Sentence s, int before, int[] start) {
            int placeEnd = -1;
            for (int k = s.s0(); k < before; k++) {
                Token t = s.toks().get(k);
                boolean opens = k == s.s0() || s.toks().get(k - 1).text().equals(",") || k == placeEnd;
                Mention m = s.mentionByStart().get(k);
                if (m != null && m.rawStart() == k) {
                    if (opens && m.kind() == Mention.Kind.PLACE && s.mentionByStart().get(m.end()) != null) {
                        // "Ohio Sen. Sara Holm": the place qualifies the person after it
                        placeEnd = m.end();
                        k = m.end() - 1;
                        continue;
                    }
                    if (!opens && m.afterPreposition()) {
                        continue; // a name inside an introductory phrase: "In an interview with CNN, Reed ..."
                    }
                    if (!opens || !m.canBeSubject() || s.insideQuote(k) || modifiesANoun(s, m.end())) {
                        return null;
                    }
                    Entity e = s.byEnd().get(m.end());
                    // a lone capitalised word opening a sentence ("Hours after ...", "Soldiers guarding ...") is
                    // a subject only when it names someone the article has named in full
                    if (m.end() - m.start() == 1 && !s.toks().get(m.start()).isAllCaps() && e != null
                            && e.name.indexOf(' ') < 0) {
                        return null;
                    }
                    start[0] = m.start();
                    return e;
                }
                if (opens && Lexicon.PERSON_PRONOUNS.contains(t.lower()) && !t.lower().equals("him") && !t.lower().equals("her")) {
                    start[0] = k;
                    return resolvePerson(s, k);
                }
                if (t.isQuote() || (t.isWord() && !t.isCapitalised() && k == s.s0())) {
                    // a quotation, or a sentence that opens with a common word (its subject is no name)
                    return null;
                }
            }
            return null;
        }

        /** Whether a name is followed by a noun it qualifies ({@code Taliban officials}, {@code Reed campaign}). */
        private static boolean modifiesANoun(Sentence s, int after) {
            if (after >= s.s1()) {
                return false;
            }
            String l = s.toks().get(after).lower();
            return Lexicon.GENERIC_SOURCES.contains(l) || Lexicon.PERSON_ROLES.containsKey(l) || Lexicon.ORG_ROLES.contains(l);
        }

        private static boolean followsAsSaying(List<Token> toks, int k, int s1) {
            return k + 2 < s1 + 1 && k + 2 < toks.size() && toks.get(k + 1).is("as") && toks.get(k + 2).is("saying");
        }

        /** Verbs that take their subject after them: {@code “...,” said Kakar}. */
        private static final Set<String> INVERTING = Lexicon.words("inverting");

        /**
         * The organisation an unnamed spokesperson speaks for ({@code a company spokesman}, {@code the
         * spokesman}, {@code a spokesman}, no person having been given that role): the organisation that spoke
         * last, when the words before the noun are none or a generic organisation noun; or null.
         */
        private Entity companyOf(List<Token> toks, int from, int head) {
            for (int k = from + 1; k < head; k++) {
                if (!Lexicon.GENERIC_ORG_ROLES.contains(toks.get(k).lower())) {
                    return null; // "a ministry spokesman", "a senior spokesman": not for the company at hand
                }
            }
            if (current != null && current.kind == Mention.Kind.ORGANIZATION) {
                return current;
            }
            return spokespersonFor != null && spokespersonFor.kind == Mention.Kind.ORGANIZATION ? spokespersonFor : null;
        }

        /**
         * The person whose affiliation {@code org} is ({@code Nathan of Wells Fargo}): the mention of a known
         * person that ends just before the preposition and can be a subject; or null.
         */
        private static Mention employeeOf(Sentence s, Mention org) {
            int preposition = org.rawStart() - 1;
            if (preposition <= s.s0() || !AFFILIATIONS.contains(s.toks().get(preposition).lower())) {
                return null;
            }
            Mention person = s.mentionByEnd().get(preposition);
            // a person already (Nathan, once Harold Nathan), not a title: not "Chamber of Mines", "House of
            // Commons", "Under-Secretary of State for Economic Affairs Allen Wallis"
            return person != null && person.canBeSubject() && s.byEnd().get(person.end()).kind == Mention.Kind.PERSON
                    && !isTitle(s.toks().get(person.end() - 1).lower()) ? person : null;
        }

        /** A title, also hyphenated ({@code Under-Secretary}, {@code Vice-President}). */
        private static boolean isTitle(String lower) {
            return Lexicon.TITLES.contains(lower) || Lexicon.TITLES.contains(lower.substring(lower.lastIndexOf('-') + 1));
        }

        /**
         * Where a person's mention ends once an affiliation after it is passed over ({@code said David Jones
         * of Aubrey G. Lanston and Co.}, {@code Nathan at Wells Fargo}): after the named organisation, or
         * at the mention's own end when none follows.
         */
        private static int afterAffiliation(Sentence s, Mention person) {
            int i = person.end();
            if ((person.kind() == Mention.Kind.PERSON || person.kind() == Mention.Kind.UNKNOWN) && i + 1 < s.s1()
                    && AFFILIATIONS.contains(s.toks().get(i).lower())) {
                Mention org = s.mentionByStart().get(i + 1);
                if (org == null && i + 2 < s.s1() && (s.toks().get(i + 1).isCapitalised() || s.toks().get(i + 1).is("the"))) {
                    // a capitalised word the name does not keep: "of First Chicago Corp", "of the National Retail
                    // Federation"
                    org = s.mentionByStart().get(i + 2);
                }
                if (org != null) {
                    int end = org.end();
                    Mention place = end + 1 < s.s1() && s.toks().get(end).is("in") ? s.mentionByStart().get(end + 1) : null;
                    // "of Harris Trust and Savings Bank in Chicago"
                    return place != null ? place.end() : end;
                }
            }
            return i;
        }

        /**
         * A person named after a lead-in of capitalised words and a few lower-case role words, from {@code from}
         * ({@code Eastfield pollster Tom Reed}, {@code former Lind adviser Sara Holm}), whose name
         * (with an affiliation) closes the clause or is followed by an adverbial ({@code in a statement}); or null.
         */
        private static Mention namedAfterLeadIn(Sentence s, int from) {
            int lowerWords = 0;
            for (int j = from; j < s.s1() && j < from + 10; j++) {
                Token t = s.toks().get(j);
                Mention m = s.mentionByStart().get(j);
                if (m != null && m.canBeSubject()
                        && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.UNKNOWN)) {
                    int after = afterAffiliation(s, m);
                    if (s.endsClause(after) || ADVERBIAL_OPENERS.contains(s.toks().get(after).lower())) {
                        return m;
                    }
                }
                if (!t.isWord()) {
                    if (!t.text().equals(".") && !t.text().equals("-")) {
                        return null;
                    }
                } else if (!t.isCapitalised()) {
                    String l = t.lower();
                    if ((Lexicon.COMMON.contains(l) && !(j == from && l.equals("the")) && !Lexicon.TITLES.contains(l))
                            || Lexicon.CUE_VERBS.containsKey(l) || l.endsWith("ed") && !Lexicon.TITLES.contains(l)
                            || ++lowerWords > 3) {
                        return null;
                    }
                }
            }
            return null;
        }

        /** Words that open an adverbial after an inverted subject: {@code said Paul Ryan in a statement}. */
        private static final Set<String> ADVERBIAL_OPENERS = Lexicon.words("adverbial-openers");

        /** The prepositions that tie a person to an employer: {@code Jones of Lanston}, {@code Nathan at Wells Fargo}. */
        private static final Set<String> AFFILIATIONS = Lexicon.words("affiliations");

        /** {@code ..., said Kakar}, {@code “...,” said the premier}: the subject after the verb. */
        private Entity inverted(Sentence s, int k, int[] end, String lemma) {
            if (k + 1 >= s.s1() || !INVERTING.contains(lemma)) {
                return null;
            }
            Mention m = s.mentionByStart().get(k + 1);
            // "says Reed's rise is ...": a possessor opens what is said, it does not say it
            if (m != null && s.endsClause(afterAffiliation(s, m)) && !s.possessive(m.end())) {
                end[0] = m.end();
                Entity e = s.entityAt(m);
                return e.kind == Mention.Kind.PLACE && !Lexicon.STATE_CUES.contains(lemma) ? null : e;
            }
            Mention named = namedAfterLeadIn(s, k + 1);
            if (named != null) {
                // "said Eastfield pollster Tom Reed", "said former Lind adviser Sara Holm in a statement"
                end[0] = named.end();
                return s.entityAt(named);
            }
            Token next = s.toks().get(k + 1);
            if (Lexicon.PERSON_PRONOUNS.contains(next.lower()) && k + 2 <= s.s1()) {
                end[0] = k + 2;
                return resolvePerson(s, k + 1);
            }
            if (next.is("the")) {
                int j = k + 2;
                while (j < s.s1() && s.toks().get(j).isWord() && !s.toks().get(j).isCapitalised()
                        && !Lexicon.PERSON_ROLES.containsKey(s.toks().get(j).lower())
                        && !Lexicon.ORG_ROLES.contains(s.toks().get(j).lower())) {
                    j++;
                }
                if (j < s.s1() && (j + 1 >= s.s1() || !s.toks().get(j + 1).isWord())) {
                    end[0] = j + 1;
                    return resolveRole(s, k + 1, j, lemma, k);
                }
            }
            return null;
        }

        /**
         * {@code Name, the spokesman of X, said}, {@code Title of things, Name, said},
         * {@code Fesharaki, leader of ..., Honolulu, Hawaii, was speaking}: walks back over the
         * comma-separated segments to the one that is a name and can speak.
         */
        private Entity apposition(Sentence s, int comma, int[] start) {
            Mention opening = s.mentions().isEmpty() ? null : s.mentions().get(0);
            int afterOpening = opening == null ? -1 : opening.end();
            if (afterOpening > 0 && afterOpening + 2 < s.s1() && s.toks().get(afterOpening).text().equals("(")
                    && s.toks().get(afterOpening + 2).text().equals(")")) {
                afterOpening += 3;
            }
            if (opening != null && opening.rawStart() == s.s0() && afterOpening < s.s1()
                    && s.toks().get(afterOpening).text().equals(",") && afterOpening < comma) {
                Entity e = s.byEnd().get(opening.end());
                if (e != null && (e.kind == Mention.Kind.PERSON || e.kind == Mention.Kind.ORGANIZATION)) {
                    start[0] = opening.start();
                    return e;
                }
            }
            int end = comma;
            for (int segments = 0; segments < 5 && end > s.s0(); segments++) {
                int p = end - 1;
                while (p >= s.s0() && !s.toks().get(p).text().equals(",") && !s.toks().get(p).isOpeningQuote()) {
                    p--;
                }
                int segStart = p + 1;
                while (segStart < end && s.toks().get(segStart).isQuote()) {
                    segStart++; // ",” Senator Ana Ruiz, a close adviser, told": the quote closes before the name
                }
                Mention last = s.mentionByEnd().get(end);
                if (last != null && last.start() >= segStart && onlyTitlesBetween(s.toks(), segStart, last.start())
                        && !last.afterPreposition() && last.kind() != Mention.Kind.PLACE) {
                    start[0] = last.start();
                    return s.byEnd().get(end);
                }
                Mention lead = segStart == s.s0() ? namedAfterLeadIn(s, segStart) : null;
                if (lead != null && afterAffiliation(s, lead) == end) {
                    // "Former House speaker Tom Reed, a Lind ally, said", "Rep. Sara Holm of Ohio, ..."
                    start[0] = lead.start();
                    return s.byEnd().get(lead.end());
                }
                for (int h = segStart; h < Math.min(end, segStart + 3); h++) {
                    if (Lexicon.REPRESENTATIVES.contains(s.toks().get(h).lower()) && h + 1 < end
                            && (s.toks().get(h + 1).is("for") || s.toks().get(h + 1).is("of"))) {
                        start[0] = segStart;
                        return resolveRole(s, segStart, h, "say", comma + 1);
                    }
                }
                if (p < s.s0() || !s.toks().get(p).text().equals(",")) {
                    return null;
                }
                end = p;
            }
            return null;
        }

        private static boolean onlyTitlesBetween(List<Token> toks, int from, int to) {
            for (int k = from; k < to; k++) {
                String l = toks.get(k).lower();
                if (!Lexicon.TITLES.contains(l) && !Lexicon.HONORIFICS.contains(l)) {
                    return false;
                }
            }
            return true;
        }

        /** {@code according to him}, {@code according to X}, {@code according to a report released by X}. */
        private void accordingTo(Sentence s, int k) {
            int j = k + 2;
            if (j >= s.s1()) {
                return;
            }
            Token t = s.toks().get(j);
            if (Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
                add(s, resolvePerson(s, j), "according to", k, j + 1);
                return;
            }
            Mention m = s.mentionByStart().get(j);
            if (m == null && t.is("the")) {
                m = s.mentionByStart().get(j + 1);
            }
            if (m != null && m.possessive() && s.mentionByStart().containsKey(m.end() + 1)) {
                m = s.mentionByStart().get(m.end() + 1);
            }
            if (m != null) {
                add(s, s.entityAt(m), "according to", k, m.end());
                return;
            }
            // "according to a statistical report released by the think tank X", "according to the premier"
            int end = j;
            while (end < s.s1() && !s.toks().get(end).text().equals(",") && end - j < 16) {
                Mention inner = s.mentionByStart().get(end);
                if (inner != null && end > j && s.toks().get(end - 1).isPossessive() == false
                        && (s.toks().get(end - 1).is("by") || s.toks().get(end - 1).is("from") || isDescriptorBefore(s.toks(), end))) {
                    add(s, s.entityAt(inner), "according to", k, inner.end());
                    return;
                }
                if (inner != null && inner.possessive()) {
                    add(s, s.entityAt(inner), "according to", k, inner.end() + 1);
                    return;
                }
                end++;
            }
            int roleEnd = j;
            while (roleEnd + 1 < s.s1() && s.toks().get(roleEnd + 1).isWord() && !s.toks().get(roleEnd + 1).isCapitalised()) {
                roleEnd++;
            }
            if (t.is("the")) {
                Entity e = resolveRole(s, j, roleEnd, "according to", k);
                if (e != null) {
                    add(s, e, "according to", k, roleEnd + 1);
                }
            }
        }

        /** "... released by the independent think tank X": lower-case words back to "by". */
        private static boolean isDescriptorBefore(List<Token> toks, int k) {
            int j = k - 1;
            while (j >= 0 && toks.get(j).isWord() && !toks.get(j).isCapitalised() && !toks.get(j).is("by")
                    && !toks.get(j).is("from")) {
                j--;
            }
            return j >= 0 && (toks.get(j).is("by") || toks.get(j).is("from"));
        }

        // ---- resolution ----

        /**
         * The person a pronoun at {@code at} refers to: the sentence's subject before it, else the current
         * speaker, else the person last a subject; one whose gender is known and differs from the pronoun's is
         * passed over, and one whose gender was unknown takes the pronoun's.
         */
        private Entity resolvePerson(Sentence s, int at) {
            char gender = Lexicon.pronounGender(s.toks().get(at).lower());
            Entity found = personFor(s, at, gender);
            if (found != null && found.gender == 0 && found.kind == Mention.Kind.PERSON) {
                found.gender = gender;
            }
            return found;
        }

        private Entity personFor(Sentence s, int at, char gender) {
            for (Mention m : s.mentions()) {
                if (m.start() >= at) {
                    break;
                }
                Entity e = s.byEnd().get(m.end());
                if (e != null && e.kind == Mention.Kind.PERSON && m.canBeSubject() && m.start() <= s.s0() + 8
                        && !s.insideQuote(m.start()) && e.agrees(gender)) {
                    return e;
                }
            }
            if (unnamedSubjectIn == s.p()) {
                return null; // "An analyst ... shared Baker's doubts. '...,' he said": the analyst, whom no name names
            }
            Entity opener = latestOpener(s.p(), gender);
            if (current != null && (current.isPersonLike() || current == spokespersonFor) && current.agrees(gender)) {
                // a person who opened a sentence since the speaker was last named is the one meant
                return opener != null && opener != current && opener.lastOpening.isAfter(current.lastMention) ? opener : current;
            }
            if (opener != null) {
                return opener;
            }
            Entity best = null;
            for (Entity e : entities) {
                if (e.kind == Mention.Kind.PERSON && e.agrees(gender) && (best == null
                        || e.lastSubjectMention.isAfter(best.lastSubjectMention)
                        || (e.lastSubjectMention.equals(best.lastSubjectMention) && e.lastMention.isAfter(best.lastMention)))) {
                    best = e;
                }
            }
            return best;
        }

        /**
         * The person named last at the opening of a sentence, of this paragraph or the one before, that a
         * pronoun of {@code gender} may stand for; or null.
         */
        private Entity latestOpener(int paragraph, char gender) {
            Entity best = null;
            for (Entity e : entities) {
                if (e.kind == Mention.Kind.PERSON && e.agrees(gender) && e.lastOpening != Position.NONE
                        && e.lastOpening.paragraph() >= paragraph - 1 && (best == null || e.lastOpening.isAfter(best.lastOpening))) {
                    best = e;
                }
            }
            return best;
        }

        /** The paragraph in which a sentence last opened with an unnamed person ({@code A currency analyst}), or -1. */
        private int unnamedSubjectIn = -1;

        /**
         * Whether the sentence opens with an unnamed person as its subject: "a" or "an", a few words that
         * qualify, and a singular noun of an unnamed source ({@code A Tokyo foreign exchange analyst}).
         */
        private static boolean opensWithUnnamedPerson(List<Token> toks, int s0, int s1) {
            if (s0 >= s1 || !(toks.get(s0).is("a") || toks.get(s0).is("an"))) {
                return false;
            }
            for (int k = s0 + 1; k < Math.min(s1, s0 + 6); k++) {
                Token t = toks.get(k);
                if (!t.isWord()) {
                    return false;
                }
                if (UNNAMED_PEOPLE.contains(t.lower())) {
                    return true;
                }
            }
            return false;
        }

        /** Singular nouns of people a story leaves unnamed; spokespeople speak for someone and are not among them. */
        private static final Set<String> UNNAMED_PEOPLE = Lexicon.words("unnamed-people");

        private Entity resolveThing() {
            if (documentSpeaker != null && documentSpeaker == current) {
                return documentSpeaker;
            }
            if (current != null && (current.kind == Mention.Kind.ORGANIZATION || current.kind == Mention.Kind.MEDIA)) {
                return current;
            }
            Entity best = null;
            for (Entity e : entities) {
                if ((e.kind == Mention.Kind.ORGANIZATION) && (best == null || e.lastMention.isAfter(best.lastMention))) {
                    best = e;
                }
            }
            return best;
        }

        /**
         * The first token of a role phrase ending at {@code end}: back over modifiers (lower-case
         * words, names, possessives: {@code A World Bank statement}) to its determiner.
         */
        private static int roleStart(List<Token> toks, int end, int s0) {
            int j = end;
            while (j - 1 >= s0) {
                Token t = toks.get(j - 1);
                String l = t.lower();
                boolean modifier = (t.isWord() && (!t.isCapitalised() || ARTICLES.contains(l)))
                        || (t.isWord() && t.isCapitalised()) || t.isPossessive() || t.text().equals("(") || t.text().equals(")");
                if (!modifier || Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(l) || Lexicon.CUE_VERBS.containsKey(l)
                        || Lexicon.PREPOSITIONS_BEFORE_ROLE.contains(l)) {
                    break;
                }
                j--;
                if (ARTICLES.contains(l)) {
                    break;
                }
            }
            return j;
        }

        /** {@code the premier}, {@code the company}, {@code the statement}: who the noun stands for. */
        private Entity resolveRole(Sentence s, int from, int head, String lemma, int cueAt) {
            List<Token> toks = s.toks();
            String noun = toks.get(head).lower();
            String bigram = head > from ? toks.get(head - 1).lower() + " " + noun : noun;
            Token det = toks.get(from);
            boolean definite = det.is("the") || (from > s.s0() && toks.get(from - 1).isPossessive()) || det.is("this");
            for (int k = from; k < head && !definite; k++) {
                definite = toks.get(k).isPossessive();
            }
            boolean indefinite = det.is("a") || det.is("an");
            Entity modifier = modifierOf(s, from, head);
            if (Lexicon.DOCUMENTS.contains(noun)) {
                Entity issuer = modifier != null ? modifier : issuerAfter(s, head);
                if (issuer == null && definite && current != null
                        && (!Lexicon.ORGANISATION_DOCUMENTS.contains(noun) || !current.isPersonLike())) {
                    issuer = current;
                }
                viaDocument = issuer != null;
                documentSpeaker = issuer;
                return issuer;
            }
            if (Lexicon.ORG_ROLES.contains(noun) && definite && modifier != null && modifier.kind == Mention.Kind.ORGANIZATION) {
                return modifier; // "the Capel firm", once James Capel and Co is known
            }
            if (Lexicon.ORG_ROLES.contains(noun) && definite && modifier != null
                    || Lexicon.ORG_ROLES.contains(noun) && definite && modifier == null && !Lexicon.GENERIC_ORG_ROLES.contains(noun)
                    && nationalModifier(toks, from, head)) {
                // "the Afghan interim government", "the Shehbaz Sharif-led government": named by what qualifies it
                String name = s.text().substring(toks.get(det.is("the") ? from + 1 : from).start(), toks.get(head).end());
                return entities.register(new Mention(from, from, head + 1, name, name, Mention.Kind.ORGANIZATION, List.of(),
                        false, false));
            }
            if (Lexicon.ORG_ROLES.contains(noun) && definite && modifier == null) {
                boolean generic = Lexicon.GENERIC_ORG_ROLES.contains(noun);
                if (current != null && current.kind == Mention.Kind.ORGANIZATION
                        && (generic || current.parts.contains(noun))) {
                    return current;
                }
                Entity best = null;
                for (Entity e : entities) {
                    if (e.kind == Mention.Kind.ORGANIZATION && (generic || e.parts.contains(noun))
                            && (best == null || e.lastSubjectMention.isAfter(best.lastSubjectMention))) {
                        best = e;
                    }
                }
                return best;
            }
            if (Lexicon.REPRESENTATIVES.contains(noun) && definite) {
                String r = Lexicon.canonicalRole(noun) == null ? noun : Lexicon.canonicalRole(noun);
                Entity person = null;
                for (Entity e : entities) {
                    if (e.isPersonLike() && e.hasRole(r) && (person == null || e.lastMention.isAfter(person.lastMention))) {
                        person = e;
                    }
                }
                if (person != null) {
                    return person;
                }
            }
            if (Lexicon.REPRESENTATIVES.contains(noun)) {
                Entity org = modifier != null ? modifier : forOrganisation(s, head);
                if (org == null && (definite || indefinite) && SPOKESPEOPLE.contains(noun)) {
                    org = companyOf(toks, from, head);
                }
                if (org != null && org.kind != Mention.Kind.PLACE) {
                    if (indefinite || definite) {
                        pending.add(new Pending(s.p(), new Position(s.p(), head), Lexicon.canonicalRole(noun) == null ? noun
                                : Lexicon.canonicalRole(noun), lemma, s.span(from, cueAt), org));
                    }
                    current = org;
                    spokespersonFor = org;
                    return null;
                }
            }
            String role = Lexicon.canonicalRole(bigram);
            if (role == null) {
                role = Lexicon.canonicalRole(noun);
            }
            if (role == null || (!definite && !indefinite)) {
                return null;
            }
            Entity best = null;
            for (Entity e : entities) {
                if (e.isPersonLike() && e.hasRole(role) && (best == null || e.lastMention.isAfter(best.lastMention))) {
                    best = e;
                }
            }
            if ((best == null || indefinite) && Lexicon.OFFICES.contains(role)) {
                pending.add(new Pending(s.p(), new Position(s.p(), head), role, lemma, s.span(from, cueAt), null));
                return null;
            }
            return best;
        }

        private static boolean nationalModifier(List<Token> toks, int from, int head) {
            for (int k = from; k < head; k++) {
                String l = toks.get(k).lower();
                if (toks.get(k).isCapitalised() && (Lexicon.DEMONYMS.contains(l) || Lexicon.PLACES.contains(l))) {
                    return true;
                }
            }
            return false;
        }

        /** A name inside a noun phrase ({@code A World Bank statement}, {@code an IBC spokesman}, {@code Dawn's report}). */
        private static Entity modifierOf(Sentence s, int from, int head) {
            for (int k = head - 1; k >= from; k--) {
                Entity e = s.byEnd().get(k + 1);
                Mention m = s.mentionByEnd().get(k + 1);
                if (e != null && m.start() >= from) {
                    return e;
                }
                if (k > from && s.toks().get(k).isPossessive() && s.byEnd().get(k) != null) {
                    return s.byEnd().get(k);
                }
            }
            if (from - 1 > s.s0() && s.toks().get(from - 1).isPossessive()) {
                return s.byEnd().get(from - 1);
            }
            return null;
        }

        /** {@code a report by X}, {@code data from X}: who issued a document. */
        private static Entity issuerAfter(Sentence s, int head) {
            if (head + 2 < s.s1() && (s.toks().get(head + 1).is("by") || s.toks().get(head + 1).is("from"))) {
                for (int k = head + 2; k < Math.min(s.s1(), head + 10); k++) {
                    Mention m = s.mentionByStart().get(k);
                    if (m != null) {
                        return s.byEnd().get(m.end());
                    }
                    if (!s.toks().get(k).isWord()) {
                        break;
                    }
                }
            }
            return null;
        }

        /** {@code a spokesman for Amdahl Corp said}: the organisation after "for" or "of". */
        private static Entity forOrganisation(Sentence s, int head) {
            if (head + 2 < s.s1() && (s.toks().get(head + 1).is("for") || s.toks().get(head + 1).is("of"))) {
                Mention m = s.mentionByStart().get(head + 2);
                if (m == null && s.toks().get(head + 2).is("the")) {
                    m = s.mentionByStart().get(head + 3);
                }
                return m == null ? null : s.byEnd().get(m.end());
            }
            return null;
        }

        /** Role nouns with no earlier name take the first person named with that role soon after. */
        private void resolvePending() {
            for (Pending pd : pending) {
                Entity best = null;
                Position bestFirst = Position.END;
                for (Entity e : entities) {
                    Position first = entities.firstMention(e);
                    if (e.isPersonLike() && e.hasRole(pd.role()) && first.isAfter(pd.position())
                            && first.paragraph() <= pd.paragraph() + CATAPHORA_PARAGRAPHS && first.isBefore(bestFirst)) {
                        best = e;
                        bestFirst = first;
                    }
                }
                if (best == null) {
                    best = pd.fallback();
                }
                if (best == null && pd.paragraph() + 1 < found.size()) {
                    // a lede's "the prime minister has said ..." is usually the person who speaks next
                    for (Entity e : found.get(pd.paragraph() + 1).keySet()) {
                        if (e.kind == Mention.Kind.PERSON
                                && (e.roles.isEmpty() || e.hasRole(pd.role()))) {
                            best = e;
                            break;
                        }
                    }
                }
                if (best != null) {
                    Map<Entity, Cue> here = found.get(pd.paragraph());
                    here.putIfAbsent(best, new Cue(pd.cue(), pd.trigger()));
                }
            }
        }

        private static boolean isAcronymAfter(List<Token> toks, Mention previous, Mention m) {
            return m.start() == previous.end() + 1 && toks.get(previous.end()).text().equals("(")
                    && m.end() < toks.size() && toks.get(m.end()).text().equals(")") && toks.get(m.start()).isAllCaps()
                    && m.end() - m.start() == 1;
        }

        // ---- output ----

        private void add(Sentence s, Entity e, String cue, int from, int to) {
            if (e == null) {
                return;
            }
            int a = Math.min(from, to - 1);
            int b = Math.max(from + 1, to);
            String trigger = s.text().substring(s.toks().get(Math.max(a, 0)).start(), s.toks().get(Math.min(b, s.toks().size()) - 1).end());
            if (trigger.length() > 120) {
                trigger = trigger.substring(0, 57) + " … " + trigger.substring(trigger.length() - 57);
            }
            found.get(s.p()).putIfAbsent(e, new Cue(cue, trigger));
            current = e;
        }

    }

}
