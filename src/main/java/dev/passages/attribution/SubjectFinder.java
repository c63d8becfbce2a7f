package dev.passages.attribution;

import java.util.Set;

/**
 * Finds who speaks through a cue verb: the name, pronoun or role noun before it (past adverbs,
 * parentheses and appositions), the subject of the clause a participle hangs on, or the subject after
 * an inverted cue; and drops the cues that report no speech.
 */
final class SubjectFinder {

    /** Cues whose passive subject spoke and whose agent only reported it ({@code was quoted by the paper}). */
    private static final Set<String> PASSIVE_QUOTED = Lexicon.words("passive-quoted-cues");
    /** Prepositions that may also open a clause: {@code after Reed said}, {@code ..., and Reed said}. */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.words("clause-conjunctions");
    /** Words that join a second verb to the first, whose subject it shares: {@code embraced it and said}. */
    private static final Set<String> VERB_COORDINATORS = Lexicon.words("verb-coordinators");
    /** Words that tie a participle to the clause before it: {@code replied by saying}, {@code while adding}. */
    private static final Set<String> PARTICIPLE_LINKS = Lexicon.words("participle-links");

    /** Words that open a subordinate clause before the subject: {@code While Reed was away, Lind ...}. */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.words("clause-openers");

    private final Discourse discourse;
    private final Coreference coreference;
    private final RoleNouns roleNouns;
    private final SubjectAfterCue afterCue;
    private final Appositions appositions;

    SubjectFinder(Discourse discourse, Coreference coreference, RoleNouns roleNouns, SubjectAfterCue afterCue,
                  Appositions appositions) {
        this.discourse = discourse;
        this.coreference = coreference;
        this.roleNouns = roleNouns;
        this.afterCue = afterCue;
        this.appositions = appositions;
    }

    /** The subject of the cue verb at k: left of it (through adverbs, appositions), or right of it when inverted. */
    void subjectOf(Sentence s, int k, String lemma, boolean nested) {
        // "The meeting was first reported by Politico": the agent after "by" speaks; not inside what another
        // reports ("Reed said the claim was denied by X"), nor when it only quoted the subject
        Mention agent = nested || PASSIVE_QUOTED.contains(lemma) ? null : CueLead.passiveAgent(s, k);
        if (agent != null) {
            Entity speaker = s.entityAt(agent);
            if (!Lexicon.DOCUMENT_CUES.contains(lemma)
                    && (!Lexicon.ORGANISATION_CUES.contains(lemma) || speaker.kind == Mention.Kind.ORGANIZATION)) {
                discourse.add(s, speaker, lemma, k, agent.end());
            }
            return;
        }
        CueLead lead = CueLead.of(s, k);
        int i = lead.before();
        if (lead.saysNothing(s, k, lemma)) {
            return;
        }
        if (lead.participle() && !lead.auxiliary() && !(i == k - 1 && i >= s.s0() && s.mentionByEnd().containsKey(k))) {
            if (i > s.s0() && (hangsOnClause(s.toks(), i) || issuedDocument(s, i)) && !nested) {
                // "Reed hailed the vote, telling reporters ...", "Lind replied by saying", "..., while saying",
                // "... “New York values,” saying": the clause's subject
                Subject clause = clauseSubject(s, i, k + 1);
                if (clause != null && clause.entity().kind != Mention.Kind.PLACE) {
                    discourse.add(s, clause.entity(), lemma, clause.from(), clause.to());
                }
            }
            return;
        }
        if (i > s.s0() && !lead.participle() && VERB_COORDINATORS.contains(s.toks().get(i).lower())
                && (!s.mentionByEnd().containsKey(i) || CueLead.isObject(s, s.mentionByEnd().get(i))) && !nested) {
            // "Reed was quick to embrace the plan and said ...", "Reed offered a job, then says": the clause's subject
            Subject clause = clauseSubject(s, i, k + 1);
            if (clause != null && clause.entity().kind != Mention.Kind.PLACE) {
                accept(s, k, lemma, false, clause.entity(), clause.from());
            }
            return;
        }
        i = CueLead.pastParenthesis(s, i);
        discourse.viaDocument = false;
        // a cue that opens its sentence inverts only before a quotation ("Said analyst X, “...”"): "Declared 2016
        // Candidates", "Recall Sen. X ..." name no speaker
        Subject subject = i >= s.s0() ? before(s, i, k, lemma, lead.participle())
                : quotationAfter(s, k) ? afterCue.inverted(s, k, lemma) : null;
        if (subject == null) {
            return;
        }
        if (subject.afterCue()) {
            discourse.add(s, subject.entity(), lemma, subject.from(), subject.to());
            return;
        }
        accept(s, k, lemma, nested, subject.entity(), subject.from());
    }


    /**
     * The subject of the cue at {@code k} whose word before it (past adverbs) is at {@code i}: a name, a
     * pronoun, a role noun; or, after a comma or a quote, a subject after the cue or an apposition's name.
     */
    private Subject before(Sentence s, int i, int k, String lemma, boolean participle) {
        Token t = s.toks().get(i);
        String l = t.lower();
        Mention m = s.mentionByEnd().get(i + 1);
        if (m != null) {
            return named(s, m, i, k, participle);
        } else if (Lexicon.PERSON_PRONOUNS.contains(l)) {
            return Subject.before(coreference.resolvePerson(s, i), i, k + 1);
        } else if (Lexicon.THING_PRONOUNS.contains(l)) {
            return Subject.before(coreference.resolveThing(s, i), i, k + 1);
        } else if (t.isWord() && !t.isCapitalised()) {
            Subject group = Companions.leader(s, i, k);
            return group != null ? group : roleNoun(s, i, k, lemma);
        } else if (t.text().equals(",") || t.isQuote()) {
            // "Reed, a former aide, said Lind “understood ...”": the name that opens the sentence, not the one after
            Subject opened = t.text().equals(",") ? appositions.openingApposition(s, i, k + 1) : null;
            opened = opened == null && t.text().equals(",") ? Companions.included(s, i, k) : opened;
            if (opened != null) {
                return opened;
            }
            Subject after = afterCue.inverted(s, k, lemma);
            if (after != null) {
                return after;
            }
            if (t.text().equals(",")) {
                return appositions.subject(s, i, k + 1);
            }
        }
        return null;
    }

    /** The subject a name ending at {@code i} gives, unless it follows a preposition it does not speak through. */
    private Subject named(Sentence s, Mention m, int i, int k, boolean participle) {
        boolean withSaying = participle && m.rawStart() > s.s0() && s.toks().get(m.rawStart() - 1).is("with");
        if (!m.afterPreposition() || withSaying || opensClause(s, m, participle)) {
            return Subject.before(s.byEnd().get(i + 1), m.start(), k + 1);
        }
        // "Nathan of Wells Fargo said": the person speaks, not the employer
        Mention employee = employeeOf(s, m);
        if (employee != null) {
            return Subject.before(s.byEnd().get(employee.end()), employee.start(), k + 1);
        }
        if (Companions.partner(s, m.start()) != null && s.byEnd().get(i + 1).kind == Mention.Kind.PERSON) {
            // "Reed and Lind said": both
            return Subject.before(s.byEnd().get(i + 1), m.start(), k + 1);
        }
        return null;
    }

    /**
     * Whether a name before a finite cue follows a word that opens a clause there rather than a phrase
     * ({@code after Reed said}, {@code ..., and Reed said}; not {@code Lind and Reed said}, which is coordination).
     */
    private static boolean opensClause(Sentence s, Mention m, boolean participle) {
        int b = m.rawStart() - 1;
        if (participle || b < s.s0() || !CLAUSE_CONJUNCTIONS.contains(s.toks().get(b).lower())) {
            return false;
        }
        boolean joins = s.toks().get(b).is("and") || s.toks().get(b).is("or");
        return !joins || !s.mentionByEnd().containsKey(b);
    }

    /** The entity a role phrase ending at {@code i} stands for ({@code the premier}, {@code Spokesman for X}). */
    private Subject roleNoun(Sentence s, int i, int k, String lemma) {
        TokenList toks = s.toks();
        int subjectStart = RoleNouns.roleStart(toks, i, s.s0());
        int rep = subjectStart - 2;
        if (rep >= s.s0() && (toks.get(rep + 1).is("for") || toks.get(rep + 1).is("of"))
                && Lexicon.REPRESENTATIVES.contains(toks.get(rep).lower())) {
            // "Spokesman for the interim administration responds": the spokesman speaks
            subjectStart = RoleNouns.roleStart(toks, rep, s.s0());
            return Subject.before(roleNouns.resolve(s, subjectStart, rep, lemma, k), subjectStart, k + 1);
        }
        return Subject.before(roleNouns.resolve(s, subjectStart, i, lemma, k), subjectStart, k + 1);
    }

    /**
     * Records {@code subject}, found before the cue at {@code k}, as a speaker unless the cue does not fit
     * it, with the person coordinated with it and the one a {@code quote} cue quotes.
     */
    private void accept(Sentence s, int k, String lemma, boolean nested, Entity subject, int subjectStart) {
        if (Lexicon.DOCUMENT_CUES.contains(lemma) && !discourse.viaDocument) {
            return;
        }
        if (subject.kind == Mention.Kind.PLACE && (nested || !Lexicon.STATE_CUES.contains(lemma))) {
            return;
        }
        if (nested && !subject.isPersonLike() && !opensMainClause(s, subjectStart)) {
            // "Mujahid told ... that the IEA rejects the claim": the reporter speaks, not the group reported on; but
            // "Though Reed said ..., the Post reported": the main clause after an opening one is no one's report
            return;
        }
        if (Lexicon.ORGANISATION_CUES.contains(lemma) && subject.kind != Mention.Kind.ORGANIZATION) {
            return;
        }
        discourse.add(s, subject, lemma, subjectStart, k + 1);
        Entity partner = Companions.partner(s, subjectStart);
        if (partner != null) {
            discourse.add(s, partner, lemma, subjectStart, k + 1);
        }
        if (lemma.equals("quote")) {
            Mention quoted = s.mentionByStart().get(k + 1);
            if (quoted != null && CueLead.followsAsSaying(s.toks(), quoted.end() - 1, s.s1())) {
                discourse.add(s, s.entityAt(quoted), "say", k + 1, quoted.end());
            }
        }
    }

    /** Whether a quotation opens in the sentence after token {@code k}. */
    private static boolean quotationAfter(Sentence s, int k) {
        for (int j = k + 1; j < s.s1(); j++) {
            if (s.toks().get(j).isOpeningQuote()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participle after the token at {@code i} hangs on the clause before it: after a comma (also
     * one that a closing quotation mark follows), a dash, or a preposition such as "by" or "while".
     */
    private static boolean hangsOnClause(TokenList toks, int i) {
        String t = toks.get(i).text();
        if (t.equals(",") || t.equals("–") || t.equals("—") || PARTICIPLE_LINKS.contains(toks.get(i).lower())) {
            return true;
        }
        return toks.get(i).isQuote() && !toks.get(i).isOpeningQuote() && i > 0 && toks.get(i - 1).text().equals(",");
    }

    /**
     * Whether the token at {@code i} is a document a verb's subject issued ({@code Reed issued a statement saying},
     * {@code released a letter urging}): a document noun after "a" or "the" and a verb, not a preposition.
     */
    private static boolean issuedDocument(Sentence s, int i) {
        TokenList toks = s.toks();
        if (i - 2 <= s.s0() || !Lexicon.DOCUMENTS.contains(toks.get(i).lower())
                || !toks.get(i - 1).is("a") && !toks.get(i - 1).is("an") && !toks.get(i - 1).is("the")) {
            return false;
        }
        Token verb = toks.get(i - 2);
        return verb.isWord() && !verb.isCapitalised() && !Lexicon.PREPOSITIONS.contains(verb.lower());
    }

    /**
     * The subject of the clause a participle hangs on ({@code Mr. Reed, in an interview, barely dwelled on it,
     * saying}): a name or a he/she that opens the sentence, after an introductory phrase and its comma at most.
     */
    private Subject clauseSubject(Sentence s, int before, int to) {
        int placeEnd = -1;
        for (int k = introductionEnd(s, before); k < before; k++) {
            Token t = s.toks().get(k);
            boolean opens = k == s.s0() || s.toks().get(k - 1).text().equals(",") || k == placeEnd;
            Mention m = s.mentionByStart().get(k);
            if (m != null && m.rawStart() == k) {
                Mention next = s.mentionByStart().get(m.end());
                if (opens && next != null && (m.kind() == Mention.Kind.PLACE
                        || m.kind() == Mention.Kind.ORGANIZATION && next.kind() == Mention.Kind.PERSON)) {
                    // "Ohio Sen. Sara Holm", "House Republican Tom Reed": the place or body qualifies the person after it
                    placeEnd = m.end();
                    k = m.end() - 1;
                    continue;
                }
                if (opens && m.kind() == Mention.Kind.PLACE && k > s.s0() + 1 && s.mentionByEnd().containsKey(k - 1)) {
                    continue; // "In Ames, Iowa, on Sunday, Reed ...": the place names where the one before is
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
                return Subject.before(e, m.start(), to);
            }
            if (opens && Lexicon.PERSON_PRONOUNS.contains(t.lower()) && !t.lower().equals("him") && !t.lower().equals("her")) {
                return Subject.before(coreference.resolvePerson(s, k), k, to);
            }
            if (t.isQuote() || (t.isWord() && !t.isCapitalised() && k == s.s0())) {
                // a quotation, or a sentence that opens with a common word (its subject is no name)
                return null;
            }
        }
        return null;
    }

    /**
     * Where the subject of a sentence may start: after the comma that closes an opening preposition's phrase or
     * subordinate clause ({@code While Reed was away, Lind ...}, {@code At a rally in Ohio, Lind ...}, also after an
     * adverb in -ly: {@code Shortly after the vote, Lind ...}), else at its
     * start (also when the cue stands in that clause: {@code While Reed is ... and wrote}).
     */
    private static int introductionEnd(Sentence s, int before) {
        Token first = s.toks().get(s.s0());
        int opener = s.s0() + 1 < before && first.isWord() && first.lower().endsWith("ly") ? s.s0() + 1 : s.s0();
        String l = s.toks().get(opener).lower(); // past an adverb in -ly: "Shortly after the vote, Reed ..."
        if (!first.isWord() || !first.isCapitalised() || !Lexicon.PREPOSITIONS.contains(l) && !CLAUSE_OPENERS.contains(l)) {
            return s.s0();
        }
        for (int k = s.s0() + 1; k < before; k++) {
            if (s.toks().get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return s.s0();
    }

    /** Whether a subject starting at {@code at} opens the main clause after an opening clause ({@code Though ..., the Post}). */
    private static boolean opensMainClause(Sentence s, int at) {
        int start = introductionEnd(s, at);
        return start > s.s0() && (start == at || start == at - 1 && s.toks().get(start).is("the"));
    }

    /** Whether a name is followed by a noun it qualifies ({@code Taliban officials}, {@code Reed campaign}). */
    private static boolean modifiesANoun(Sentence s, int after) {
        if (after >= s.s1()) {
            return false;
        }
        String l = s.toks().get(after).lower();
        return Lexicon.GENERIC_SOURCES.contains(l) || Lexicon.PERSON_ROLES.containsKey(l) || Lexicon.ORG_ROLES.contains(l);
    }

    /**
     * The person whose affiliation {@code org} is ({@code Nathan of Wells Fargo}): the mention of a known
     * person that ends just before the preposition and can be a subject; or null.
     */
    private static Mention employeeOf(Sentence s, Mention org) {
        int preposition = org.rawStart() - 1;
        if (preposition <= s.s0() || !SubjectAfterCue.AFFILIATIONS.contains(s.toks().get(preposition).lower())) {
            return null;
        }
        Mention person = s.mentionByEnd().get(preposition);
        // a person already (Nathan, once Harold Nathan), not a title: not "Chamber of Mines", "House of
        // Commons", "Under-Secretary of State for Economic Affairs Allen Wallis"; but a name whose last word is
        // also a title's is a surname (Peter T. King, John Major)
        return person != null && person.canBeSubject() && s.byEnd().get(person.end()).kind == Mention.Kind.PERSON
                && !isPost(s.toks(), person) ? person : null;
    }

    /**
     * Whether a mention ends in a title's word and has no word of a name before it ({@code Under-Secretary}, {@code
     * U.S. Under-Secretary}), unlike a name whose surname is also a title's word ({@code Peter T. King}).
     */
    private static boolean isPost(TokenList toks, Mention m) {
        if (!isTitle(toks.get(m.end() - 1).lower())) {
            return false;
        }
        for (int k = m.start(); k < m.end() - 1; k++) {
            String l = toks.get(k).lower();
            if (!isTitle(l) && !Lexicon.PLACES.contains(l) && !Lexicon.DEMONYMS.contains(l)) {
                return false;
            }
        }
        return true;
    }

    /** A title, also hyphenated ({@code Under-Secretary}, {@code Vice-President}). */
    private static boolean isTitle(String lower) {
        return Lexicon.TITLES.contains(lower) || Lexicon.TITLES.contains(lower.substring(lower.lastIndexOf('-') + 1));
    }
}
