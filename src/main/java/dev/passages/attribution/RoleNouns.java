package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves role nouns ({@code the premier}, {@code the company}, {@code a spokesman}, {@code the
 * statement}) to the entity they stand for, and gives a role noun that no earlier name fits the person
 * named with that role soon after.
 */
final class RoleNouns {

    /** How far ahead (in paragraphs) a role noun may find the name it stands for ({@code the interior minister ... Bugti}). */
    private static final int CATAPHORA_PARAGRAPHS = 2;
    /** Organisation nouns that name a business ({@code the company}): they stand for no public body. */
    private static final Set<String> BUSINESS_NOUNS = Lexicon.words("business-nouns");
    /** The last words of public bodies' names ({@code Commission}, {@code Ministry}). */
    private static final Set<String> PUBLIC_BODY_WORDS = Lexicon.words("public-body-words");

    /** Representatives whose office is to speak for an organisation: unnamed, they speak for it. */
    private static final Set<String> SPOKESPEOPLE = Lexicon.words("spokespeople");
    /** A person's campaign, team, camp or office: a body, named by the person ({@code Tom Reed campaign}). */
    private static final Set<String> PEOPLE_BODIES = Lexicon.words("people-bodies");
    private static final Set<String> ARTICLES = Lexicon.ARTICLES;
    /** Words that say a post is no longer held ({@code the former president}): not the one who holds it now. */
    private static final Set<String> PAST = Lexicon.words("past-posts");
    /** Words that make a post another one ({@code the vice president}, {@code the deputy minister}). */
    private static final Set<String> RANKS = Lexicon.words("affiliation-ranks");

    /** A role noun waiting for a name given after it; {@code fallback} speaks when none comes. */
    private record Pending(int paragraph, Position position, String role, String cue, String trigger, Entity fallback) {
    }

    private final EntityTable entities;
    private final Discourse discourse;
    private final List<Pending> pending = new ArrayList<>();

    RoleNouns(EntityTable entities, Discourse discourse) {
        this.entities = entities;
        this.discourse = discourse;
    }

    /**
     * The first token of a role phrase ending at {@code end}: back over modifiers (lower-case
     * words, names, possessives: {@code A World Bank statement}) to its determiner.
     */
    static int roleStart(TokenList toks, int end, int s0) {
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

    /**
     * {@code the premier}, {@code the company}, {@code the statement}: who the role noun at {@code head},
     * its phrase opening at {@code from}, stands for; null when no one, or when it waits for a name given
     * after it or speaks for an organisation.
     */
    Entity resolve(Sentence s, int from, int head, String lemma, int cueAt) {
        Phrase r = phrase(s, from, head);
        if (Lexicon.DOCUMENTS.contains(r.noun())) {
            return issuer(s, head, r);
        }
        if (PEOPLE_BODIES.contains(r.noun()) && r.modifier() != null && r.modifier().kind == Mention.Kind.PERSON) {
            // "Reed's campaign said", "the Sanders campaign wants": the body that works for the person
            return entities.bodyOf(r.modifier(), r.noun());
        }
        if (Lexicon.ORG_ROLES.contains(r.noun()) && r.definite()) {
            return organisation(s, from, head, r);
        }
        if (Lexicon.REPRESENTATIVES.contains(r.noun())) {
            Entity person = r.definite() ? lastPersonWith(roleOf(r.noun())) : null;
            if (person != null) {
                return person;
            }
            if (speaksForOrganisation(s, from, head, lemma, cueAt, r)) {
                return null;
            }
        }
        return person(s, from, head, lemma, cueAt, r);
    }

    /** A role phrase: its head noun, the two words that end it, its determiner's kind and a name that qualifies it. */
    private record Phrase(String noun, String bigram, boolean definite, boolean indefinite, Entity modifier) {
    }

    private static Phrase phrase(Sentence s, int from, int head) {
        TokenList toks = s.toks();
        String noun = toks.get(head).lower();
        String bigram = head > from ? toks.get(head - 1).lower() + " " + noun : noun;
        Token det = toks.get(from);
        boolean definite = det.is("the") || (from > s.s0() && toks.get(from - 1).isPossessive()) || det.is("this");
        for (int k = from; k < head && !definite; k++) {
            definite = toks.get(k).isPossessive();
        }
        boolean indefinite = det.is("a") || det.is("an");
        return new Phrase(noun, bigram, definite, indefinite, modifierOf(s, from, head));
    }

    /** {@code the statement}, {@code a World Bank report}: who issued the document, who then speaks through it. */
    private Entity issuer(Sentence s, int head, Phrase r) {
        Entity issuer = r.modifier() != null ? r.modifier() : issuerAfter(s, head);
        Entity current = discourse.current;
        if (issuer == null && r.definite() && current != null && discourse.currentSince.paragraph() >= s.p() - 1
                && (!Lexicon.ORGANISATION_DOCUMENTS.contains(r.noun()) || !current.isPersonLike())) {
            issuer = current;
        }
        discourse.viaDocument = issuer != null;
        discourse.documentSpeaker = issuer;
        return issuer;
    }

    /**
     * Whether an organisation may be what {@code noun} names: a business noun ({@code the company}) names no body
     * whose name ends as a public body's does ({@code Commission}, {@code Ministry}).
     */
    private static boolean fits(String noun, Entity e) {
        List<String> parts = e.parts();
        return !BUSINESS_NOUNS.contains(noun) || parts.isEmpty() || !PUBLIC_BODY_WORDS.contains(parts.get(parts.size() - 1));
    }

    /** {@code the firm}, {@code the Capel firm}, {@code the Afghan interim government}: a definite organisation noun. */
    private Entity organisation(Sentence s, int from, int head, Phrase r) {
        TokenList toks = s.toks();
        String noun = r.noun();
        Entity modifier = r.modifier();
        if (modifier != null && modifier.kind == Mention.Kind.ORGANIZATION) {
            return modifier; // "the Capel firm", once James Capel and Co is known
        }
        if (modifier != null || !Lexicon.GENERIC_ORG_ROLES.contains(noun) && nationalModifier(toks, from, head)) {
            // "the Afghan interim government", "the Shehbaz Sharif-led government": named by what qualifies it
            Token det = toks.get(from);
            String name = s.text().substring(toks.get(det.is("the") ? from + 1 : from).start(), toks.get(head).end());
            return entities.register(new Mention(from, from, head + 1, name, name, Mention.Kind.ORGANIZATION, List.of(),
                    false, false));
        }
        boolean generic = Lexicon.GENERIC_ORG_ROLES.contains(noun);
        Entity current = discourse.current;
        if (current != null && current.kind == Mention.Kind.ORGANIZATION
                && (generic || current.parts().contains(noun)) && fits(noun, current)) {
            return current;
        }
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind == Mention.Kind.ORGANIZATION && (generic || e.parts().contains(noun)) && fits(noun, e)
                    && (best == null || e.lastSubjectMention.isAfter(best.lastSubjectMention))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * {@code a company spokesman}, {@code an IBC spokesman}, {@code a spokesman for X}: when the organisation
     * is known, it is the one who spoke last, and the spokesperson waits for a name given after; whether so.
     */
    private boolean speaksForOrganisation(Sentence s, int from, int head, String lemma, int cueAt, Phrase r) {
        Entity org = r.modifier() != null ? r.modifier() : forOrganisation(s, head);
        if (org == null && (r.definite() || r.indefinite()) && SPOKESPEOPLE.contains(r.noun())) {
            org = companyOf(s.toks(), from, head);
        }
        if (org == null || org.kind == Mention.Kind.PLACE) {
            return false;
        }
        if (r.indefinite() || r.definite()) {
            pending.add(new Pending(s.p(), new Position(s.p(), head), roleOf(r.noun()), lemma, s.span(from, cueAt), org));
        }
        discourse.current = org;
        discourse.spokespersonFor = org;
        return true;
    }

    /**
     * {@code the minister}, {@code a senior economist}: the person last named with the role; an office with
     * no one named in it yet, or an indefinite one, waits for a name given after it.
     */
    private Entity person(Sentence s, int from, int head, String lemma, int cueAt, Phrase r) {
        String role = Lexicon.canonicalRole(r.bigram());
        if (role == null) {
            if (otherPost(s.toks(), from, head)) {
                return null;
            }
            role = Lexicon.canonicalRole(r.noun());
        }
        if (role == null || (!r.definite() && !r.indefinite())) {
            return null;
        }
        Entity best = lastPersonWith(role);
        if ((best == null || r.indefinite()) && Lexicon.OFFICES.contains(role)) {
            pending.add(new Pending(s.p(), new Position(s.p(), head), role, lemma, s.span(from, cueAt), null));
            return null;
        }
        return best;
    }

    /**
     * Whether the role phrase names a post other than its head noun's: a past one ({@code the former
     * president}, {@code the former Ohio governor}) or one of another rank ({@code the vice president}).
     */
    private static boolean otherPost(TokenList toks, int from, int head) {
        for (int k = from; k < head; k++) {
            if (PAST.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return head > from && RANKS.contains(toks.get(head - 1).lower());
    }

    /** The person last mentioned who was given {@code role}, or null. */
    private Entity lastPersonWith(String role) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.isPersonLike() && e.hasRole(role) && (best == null || e.lastMention.isAfter(best.lastMention))) {
                best = e;
            }
        }
        return best;
    }

    /** The role a noun names ({@link Lexicon#canonicalRole}), or the noun itself. */
    private static String roleOf(String noun) {
        return Lexicon.canonicalRole(noun) == null ? noun : Lexicon.canonicalRole(noun);
    }

    private static boolean nationalModifier(TokenList toks, int from, int head) {
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

    /**
     * The organisation an unnamed spokesperson speaks for ({@code a company spokesman}, {@code the
     * spokesman}, {@code a spokesman}, no person having been given that role): the organisation that spoke
     * last, when the words before the noun are none or a generic organisation noun; or null.
     */
    private Entity companyOf(TokenList toks, int from, int head) {
        for (int k = from + 1; k < head; k++) {
            if (!Lexicon.GENERIC_ORG_ROLES.contains(toks.get(k).lower())) {
                return null; // "a ministry spokesman", "a senior spokesman": not for the company at hand
            }
        }
        Entity current = discourse.current;
        Entity spokespersonFor = discourse.spokespersonFor;
        if (current != null && current.kind == Mention.Kind.ORGANIZATION) {
            return current;
        }
        return spokespersonFor != null && spokespersonFor.kind == Mention.Kind.ORGANIZATION ? spokespersonFor : null;
    }

    /** Role nouns with no earlier name take the first person named with that role soon after. */
    void resolvePending() {
        for (Pending pd : pending) {
            Entity best = null;
            Position bestFirst = Position.END;
            for (Entity e : entities) {
                Position first = e.firstMention();
                if (e.isPersonLike() && e.hasRole(pd.role()) && first.isAfter(pd.position())
                        && first.paragraph() <= pd.paragraph() + CATAPHORA_PARAGRAPHS && first.isBefore(bestFirst)) {
                    best = e;
                    bestFirst = first;
                }
            }
            if (best == null) {
                best = pd.fallback();
            }
            if (best == null && pd.paragraph() + 1 < discourse.found.size()) {
                // a lede's "the prime minister has said ..." is usually the person who speaks next
                for (Entity e : discourse.found.get(pd.paragraph() + 1).keySet()) {
                    if (e.kind == Mention.Kind.PERSON
                            && (e.roles.isEmpty() || e.hasRole(pd.role()))) {
                        best = e;
                        break;
                    }
                }
            }
            if (best != null) {
                Map<Entity, Discourse.Cue> here = discourse.found.get(pd.paragraph());
                here.putIfAbsent(best, new Discourse.Cue(pd.cue(), pd.trigger()));
            }
        }
    }
}
