package dev.passages.attribution;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves pronouns: {@code he} or {@code she} to a person of agreeing gender (the sentence's subject,
 * the one who spoke last, or one who opened a sentence since), {@code it} to an organisation.
 */
final class Coreference {

    /** Singular nouns of people a story leaves unnamed; spokespeople speak for someone and are not among them. */
    private static final Set<String> UNNAMED_PEOPLE = Lexicon.words("unnamed-people");

    /** Words that join a main clause to the one before: {@code ..., but he said}. */
    private static final Set<String> COORDINATORS = Lexicon.words("verb-coordinators");

    /** Nouns that end the names of things and groups ({@code Wall Street}, {@code Latino Republicans}), not of a person. */
    private static final Set<String> THING_HEADS = Lexicon.words("thing-heads");

    private final EntityTable entities;
    private final Discourse discourse;
    /** Whether the article writes a word in lower case somewhere. */
    private final Predicate<String> usedInLowerCase;

    Coreference(EntityTable entities, Discourse discourse, Predicate<String> usedInLowerCase) {
        this.entities = entities;
        this.discourse = discourse;
        this.usedInLowerCase = usedInLowerCase;
    }

    /**
     * The person a pronoun at {@code at} refers to: the sentence's subject before it, else the current
     * speaker, else the person last a subject; one whose gender is known and differs from the pronoun's is
     * passed over, and one whose gender was unknown takes the pronoun's.
     */
    Entity resolvePerson(Sentence s, int at) {
        char gender = Lexicon.pronounGender(s.toks().get(at).lower());
        Entity found = personFor(s, at, gender);
        if (found != null && !sure(s, at, gender, found)) {
            return null;
        }
        if (found != null && found.gender == 0 && found.kind == Mention.Kind.PERSON) {
            found.gender = gender;
        }
        return found;
    }

    /**
     * Whether a pronoun may be given to {@code found} rather than to nobody: when {@code found} was last named,
     * or last spoke, further back than the paragraph before, only if no other person the pronoun may stand for
     * has opened a sentence before it (a he or she far from its antecedent is clear only when no one else could
     * be meant).
     */
    private boolean sure(Sentence s, int at, char gender, Entity found) {
        Position anchor = found.lastMention;
        if (found == discourse.current && discourse.currentSince.isAfter(anchor)) {
            anchor = discourse.currentSince; // "Reed said ... He said ... he added": the chain goes on
        }
        if (anchor.paragraph() >= s.p() - 1) {
            return true;
        }
        Position pronoun = new Position(s.p(), at);
        for (Entity e : entities) {
            if (e != found && e.kind == Mention.Kind.PERSON && e.lastOpening != Position.NONE
                    && e.lastOpening.isBefore(pronoun) && e.agrees(gender) && mayBePerson(e)) {
                return false;
            }
        }
        return true;
    }

    private Entity personFor(Sentence s, int at, char gender) {
        if (at > s.s0() + 1 && s.toks().get(s.s0()).lower().equals(s.toks().get(at).lower())
                && COORDINATORS.contains(s.toks().get(at - 1).lower())) {
            // "He agreed that Reed may lose, but he said ...": the pronoun that opens the sentence is its subject,
            // and one like it that opens a clause joined to it is the same person, not a name in between
            return personFor(s, s.s0(), gender);
        }
        for (Mention m : s.mentions()) {
            if (m.start() >= at) {
                break;
            }
            Entity e = s.byEnd().get(m.end());
            if (e != null && e.kind == Mention.Kind.PERSON && m.canBeSubject() && m.start() <= s.s0() + 8
                    && !s.insideQuote(m.start()) && !qualifiesNoun(s.toks(), m) && e.agrees(gender) && mayBePerson(e)) {
                return e;
            }
        }
        if (discourse.unnamedSubjectIn == s.p()) {
            return null; // "An analyst ... shared Baker's doubts. '...,' he said": the analyst, whom no name names
        }
        Position pronoun = new Position(s.p(), at);
        Entity opener = latestOpener(s.p(), gender, pronoun);
        Entity current = discourse.current;
        if (current != null && (current.isPersonLike() && mayBePerson(current) || current == discourse.spokespersonFor)
                && current.agrees(gender)) {
            // a person who opened a sentence after the one in which the speaker last spoke is the one meant (not one
            // who opened that sentence: "The Reed plan is sound, said Lind. “...,” she said")
            return opener != null && opener != current && !opener.lastOpening.isBefore(discourse.currentUntil) ? opener : current;
        }
        if (opener != null) {
            return opener;
        }
        Entity best = null;
        for (Entity e : entities) {
            // an antecedent comes before its pronoun: not a name first met further on ("she said, “Unlike Reed, ...")
            if (e.kind == Mention.Kind.PERSON && e.agrees(gender) && e.lastSubjectMention.isBefore(pronoun) && (best == null
                    || e.lastSubjectMention.isAfter(best.lastSubjectMention)
                    || (e.lastSubjectMention.equals(best.lastSubjectMention) && e.lastMention.isAfter(best.lastMention)))
                    && mayBePerson(e)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether a name with no title stands between an article and a lower-case word, qualifying the noun
     * ({@code The Reed campaign}, {@code the Holm approach}): the noun phrase is the subject, not the person.
     */
    private static boolean qualifiesNoun(TokenList toks, Mention m) {
        int before = m.rawStart() - 1;
        return before >= 0 && m.titles().isEmpty() && Lexicon.ARTICLES.contains(toks.get(before).lower())
                && m.end() < toks.size() && toks.get(m.end()).isWord() && !toks.get(m.end()).isCapitalised();
    }

    /**
     * The person named last at the opening of a sentence, of this paragraph or the one before, that a
     * pronoun of {@code gender} may stand for; or null.
     */
    private Entity latestOpener(int paragraph, char gender, Position pronoun) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind == Mention.Kind.PERSON && e.agrees(gender) && e.lastOpening != Position.NONE
                    && e.lastOpening.isBefore(pronoun)
                    && e.lastOpening.paragraph() >= paragraph - 1 && (best == null || e.lastOpening.isAfter(best.lastOpening))
                    && mayBePerson(e)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether a he or she may stand for an entity typed a person. A name of several words whose first word
     * the article also writes in lower case ({@code Social Security}, {@code Common Core}, {@code White House})
     * is a thing's or a place's unless a title, a given name, a role or the person's own sentence has told
     * what it is, or the article names it otherwise too ({@code Christie}); asked only of the few candidates
     * of a pronoun, so the article is searched for few words.
     */
    private boolean mayBePerson(Entity e) {
        if (e.genderTold || !e.roles.isEmpty() || e.name.indexOf(' ') < 0) {
            return true;
        }
        String last = e.name.substring(e.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (THING_HEADS.contains(last) || last.endsWith("s") && Lexicon.DEMONYMS.contains(last.substring(0, last.length() - 1))) {
            return false; // "Trans-Pacific Partnership", "Sunshine State", "Muslim Americans": a thing or a group
        }
        for (String alias : e.aliases) {
            // "New Jersey Gov. Chris Christie" is also "Christie"
            int space = alias.indexOf(' ');
            int end = space < 0 ? alias.length() : space;
            for (int i = 0; i < end; i++) {
                if (!Character.isLetter(alias.charAt(i))) {
                    return true;
                }
            }
            if (!usedInLowerCase.test(alias.substring(0, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with an unnamed person as its subject: "a" or "an", a few words that
     * qualify, and a singular noun of an unnamed source ({@code A Tokyo foreign exchange analyst}).
     */
    static boolean opensWithUnnamedPerson(TokenList toks, int s0, int s1) {
        return opensWith(toks, s0, s1, "a") || opensWith(toks, s0, s1, "an");
    }

    /**
     * Whether the sentence opens with {@code article}, a few words that qualify, and a singular noun of an unnamed
     * source ({@code The official said}: one whom no name names, when no speaker is found for it).
     */
    static boolean opensWith(TokenList toks, int s0, int s1, String article) {
        if (s0 >= s1 || !toks.get(s0).is(article)) {
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

    /**
     * The organisation or outlet that "it" at {@code at} stands for: the document or body that spoke last,
     * else the organisation last named where a subject stands, in this paragraph or the one before (one
     * named paragraphs earlier, or only after a preposition, is not meant: {@code ... in the Senate. It said}).
     */
    Entity resolveThing(Sentence s, int at) {
        Entity current = discourse.current;
        Entity documentSpeaker = discourse.documentSpeaker;
        if (documentSpeaker != null && documentSpeaker == current) {
            return documentSpeaker;
        }
        if (current != null && (current.kind == Mention.Kind.ORGANIZATION || current.kind == Mention.Kind.MEDIA)) {
            return current;
        }
        Position pronoun = new Position(s.p(), at);
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind == Mention.Kind.ORGANIZATION && e.lastSubjectMention != Position.NONE && e.lastSubjectMention.isBefore(pronoun)
                    && e.lastSubjectMention.paragraph() >= s.p() - 1
                    && (best == null || e.lastSubjectMention.isAfter(best.lastSubjectMention))) {
                best = e;
            }
        }
        return best;
    }
}
