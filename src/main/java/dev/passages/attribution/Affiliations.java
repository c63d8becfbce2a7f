package dev.passages.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the posts people hold in organisations, in the shapes news writes them: {@code Reed, the spokesman
 * of X}, {@code Reed, who is president of X}, {@code Reed, X's chief executive}, {@code X spokesman Reed},
 * {@code X's chief executive Reed}, {@code the director of X, Reed,}, {@code spokesman Reed of X}. The
 * organisation must be a name found and typed as an organisation or outlet; a post held no longer
 * ({@code a former spokesman}) ties no one.
 */
final class Affiliations {

    /** Post words, each mapped to the role shown ({@code spokeswoman} to {@code spokesperson}). */
    private static final Map<String, String> ROLES = roles();
    /**
     * The first words of the posts of two words or more ({@code chief} of {@code chief executive}): two words are
     * joined and looked up as a post only when they open with one.
     */
    private static final Set<String> PHRASE_STARTS = firstWordsOfPhrases(ROLES.keySet());
    /** Words before a post that belong to it ({@code deputy}, {@code senior}). */
    private static final Set<String> RANKS = Lexicon.words("affiliation-ranks");
    /** Words that make a post a past one ({@code former}). */
    private static final Set<String> PAST = Lexicon.words("past-posts");
    private static final Set<String> PREPOSITIONS = Lexicon.words("affiliation-prepositions");
    /** Posts that words before them qualify with a portfolio, not an organisation ({@code Energy Minister X}). */
    private static final Set<String> PORTFOLIO_POSTS = Lexicon.words("portfolio-posts");
    /** Role words a post may run to before its preposition or its name. */
    private static final int MAX_ROLE_WORDS = 5;

    private Affiliations() {
    }

    private static Map<String, String> roles() {
        Map<String, String> m = new HashMap<>();
        for (String line : Lexicon.lines("affiliation-roles")) {
            int eq = line.indexOf(" = ");
            String words = eq < 0 ? line : line.substring(0, eq).strip();
            m.put(words, eq < 0 ? words : line.substring(eq + 3).strip());
        }
        return Lexicon.map(m);
    }

    /** The first words of the phrases of two words or more in {@code phrases} ({@code prime} of {@code prime minister}). */
    static Set<String> firstWordsOfPhrases(Set<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            if (space > 0) {
                out.add(p.substring(0, space));
            }
        }
        return Lexicon.set(out.toArray(new String[0]));
    }

    /** A role and where its words begin. */
    private record Role(String name, int start) {
    }

    /**
     * Records on each person of the sentence the posts the words around its name give it; an organisation named
     * by its head word alone ({@code the Council}) is the one of the article's organisations whose name ends so.
     */
    static void collect(Sentence s, EntityTable entities) {
        // by index: under C1 alone a for-each loop allocates its iterator, once a sentence here
        List<Mention> mentions = s.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Entity person = s.entityAt(m);
            if (person == null || !person.isPersonLike()
                    || m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.UNKNOWN) {
                continue;
            }
            int posts = person.posts.size();
            apposition(s, m, person);
            before(s, m, person);
            after(s, m, person);
            if (person.posts.size() > posts) {
                fullNames(person, posts, entities);
            }
        }
    }

    /** The posts from the {@code from}th on, each bare organisation head word replaced by the organisation it stands for. */
    private static void fullNames(Entity person, int from, EntityTable entities) {
        List<Entity.Post> all = new ArrayList<>(person.posts);
        for (int i = from; i < all.size(); i++) {
            Entity.Post post = all.get(i);
            Entity org = post.organisation();
            if (org.parts().size() == 1 && Lexicon.ORG_HEADS.contains(org.parts().get(0))) {
                Entity full = null;
                for (Entity e : entities) {
                    List<String> parts = e.parts();
                    if (e != org && isOrganisation(e) && parts.size() > 1 && parts.get(parts.size() - 1).equals(org.parts().get(0))
                            && (full == null || e.lastMention.isAfter(full.lastMention))) {
                        full = e;
                    }
                }
                if (full != null) {
                    person.posts.remove(post);
                    person.posts.add(new Entity.Post(post.role(), full));
                }
            }
        }
    }

    /** {@code Reed, the spokesman of X}, {@code Reed, who is president of X}, {@code Reed, X's chief executive}. */
    private static void apposition(Sentence s, Mention m, Entity person) {
        TokenList toks = s.toks();
        int j = m.end();
        if (j + 1 >= s.s1() || !toks.get(j).text().equals(",")) {
            return;
        }
        j++;
        if (toks.get(j).is("who") && j + 1 < s.s1() && toks.get(j + 1).is("is")) {
            j += 2;
        }
        if (j < s.s1() && Lexicon.ARTICLES.contains(toks.get(j).lower())) {
            j++;
        }
        Mention owner = s.mentionByStart().get(j);
        if (owner != null && owner.possessive()) {
            // "Reed, Acme Corp's chief executive,": the post closes the apposition
            int end = roleWordsEnd(s, owner.end() + 1);
            Role role = role(s, owner.end() + 1, end);
            if (role != null && role.start() == owner.end() + 1 && s.endsClause(end)) {
                tie(person, role, s.entityAt(owner));
            }
            return;
        }
        int end = roleWordsEnd(s, j);
        Role role = role(s, j, end);
        if (role != null && role.start() >= j) {
            Entity org = organisationAfter(s, end);
            if (org != null) {
                tie(person, role, org);
            }
        }
    }

    /**
     * {@code X spokesman Reed}, {@code X's chief executive Reed}, {@code X Chief Executive Reed}; and {@code the
     * director of X, Reed,} where the name closes its apposition.
     */
    private static void before(Sentence s, Mention m, Entity person) {
        TokenList toks = s.toks();
        if (m.rawStart() < m.start()) {
            // "Acme Corp Chief Executive John Smith": the titles peeled off the name are the post (all of them: in
            // "Senate Foreign Relations Committee Chairman Reed" the body is not the Senate), of a name headed as a
            // body ("Energy Minister Reed" names a portfolio, not an organisation)
            Role role = role(s, m.rawStart(), m.start());
            Entity org = organisationEndingAt(s, m.rawStart());
            if (role != null && role.start() == m.rawStart() && org != null && headedAsBody(s, m.rawStart())
                    && !PORTFOLIO_POSTS.contains(role.name())) {
                tie(person, role, org);
            }
            return;
        }
        int k = m.start();
        int start = k;
        while (start > s.s0() && k - start < MAX_ROLE_WORDS && toks.get(start - 1).isWord()
                && !toks.get(start - 1).isCapitalised()) {
            start--;
        }
        Role role = role(s, start, k);
        if (role != null) {
            Entity org = PORTFOLIO_POSTS.contains(role.name()) ? null : nameEndingAt(s, role.start());
            if (isUntypedName(org)) {
                org.kind = Mention.Kind.ORGANIZATION; // "Taliban spokesman Zabihullah Mujahid": what holds a post is a body
            }
            if (isOrganisation(org)) {
                tie(person, role, org);
            }
            return;
        }
        if (k - 1 > s.s0() && toks.get(k - 1).text().equals(",") && (m.end() >= s.s1() || !toks.get(m.end()).isWord())) {
            commaBefore(s, m, person);
        } else if (s.mentionByEnd().get(k) != null) {
            postOfOrganisationBefore(s, k, person); // "the spokesman of the Islamic Emirate Zabihullah Mujahid said"
        }
    }

    /** {@code the director of the Harbour Authority, Peter Vance,}, {@code the Council's chief, Peter Vance,}. */
    private static void commaBefore(Sentence s, Mention m, Entity person) {
        TokenList toks = s.toks();
        int comma = m.start() - 1;
        int from = comma;
        while (from > s.s0() && comma - from < MAX_ROLE_WORDS && toks.get(from - 1).isWord()
                && !toks.get(from - 1).isCapitalised()) {
            from--;
        }
        Role possessed = role(s, from, comma);
        if (possessed != null && possessed.start() - 1 > s.s0() && toks.get(possessed.start() - 1).isPossessive()) {
            Entity org = organisationEndingAt(s, possessed.start());
            if (org != null) {
                tie(person, possessed, org);
            }
            return;
        }
        postOfOrganisationBefore(s, comma, person);
    }

    /** {@code the director of the Harbour Authority} ending at {@code end}: its post, given to {@code person}. */
    private static void postOfOrganisationBefore(Sentence s, int end, Entity person) {
        TokenList toks = s.toks();
        Mention orgMention = s.mentionByEnd().get(end);
        Entity org = orgMention == null ? null : s.entityAt(orgMention);
        if (!isOrganisation(org)) {
            return;
        }
        int p = orgMention.rawStart() - 1;
        if (p > s.s0() && toks.get(p).is("the")) {
            p--;
        }
        if (p > s.s0() && PREPOSITIONS.contains(toks.get(p).lower())) {
            int roleFrom = p;
            while (roleFrom > s.s0() && p - roleFrom < MAX_ROLE_WORDS && toks.get(roleFrom - 1).isWord()
                    && !s.mentionByEnd().containsKey(roleFrom)) {
                roleFrom--;
            }
            Role post = role(s, roleFrom, p);
            if (post != null) {
                tie(person, post, org);
            }
        }
    }

    /** {@code spokesman Reed of X}: a post before the name, its organisation after it. */
    private static void after(Sentence s, Mention m, Entity person) {
        TokenList toks = s.toks();
        if (m.end() >= s.s1() || !PREPOSITIONS.contains(toks.get(m.end()).lower())) {
            return;
        }
        Entity org = organisationAfter(s, m.end());
        if (org == null) {
            return;
        }
        Role role = m.rawStart() < m.start() ? role(s, m.rawStart(), m.start()) : null;
        if (role == null) {
            int start = m.start();
            while (start > s.s0() && m.start() - start < MAX_ROLE_WORDS && toks.get(start - 1).isWord()
                    && !toks.get(start - 1).isCapitalised()) {
                start--;
            }
            role = role(s, start, m.start());
        }
        if (role != null) {
            tie(person, role, org);
        }
    }

    /** Whether the words before {@code at} are a post and its preposition: {@code the spokesman of [the]}. */
    static boolean followsPost(TokenList toks, int at, int s0) {
        int p = at - 1;
        if (p > s0 && toks.get(p).is("the")) {
            p--;
        }
        if (p <= s0 || !PREPOSITIONS.contains(toks.get(p).lower())) {
            return false;
        }
        String last = toks.get(p - 1).lower();
        return ROLES.containsKey(last) || p - 2 >= s0 && PHRASE_STARTS.contains(toks.get(p - 2).lower())
                && ROLES.containsKey(toks.get(p - 2).lower() + " " + last);
    }

    /** Where a run of words that may make a post, from {@code from}, ends: at the first token that is no word or a preposition. */
    private static int roleWordsEnd(Sentence s, int from) {
        int j = from;
        while (j < s.s1() && j - from < MAX_ROLE_WORDS && s.toks().get(j).isWord()
                && !PREPOSITIONS.contains(s.toks().get(j).lower()) && !s.mentionByStart().containsKey(j)) {
            j++;
        }
        return j;
    }

    /**
     * The post the words [from, to) end with ({@code deputy spokesman}, {@code chief executive}), with the rank
     * words just before it; null when the last words are no post or an earlier word makes it a past one.
     */
    private static Role role(Sentence s, int from, int to) {
        TokenList toks = s.toks();
        if (to <= from) {
            return null;
        }
        String last = toks.get(to - 1).lower();
        String role = to - 2 >= from && PHRASE_STARTS.contains(toks.get(to - 2).lower())
                ? ROLES.get(toks.get(to - 2).lower() + " " + last) : null;
        int start = to - 2;
        if (role == null) {
            role = ROLES.get(last);
            start = to - 1;
        }
        if (role == null) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (PAST.contains(toks.get(k).lower())) {
                return null;
            }
        }
        StringBuilder ranks = new StringBuilder();
        while (start > from && RANKS.contains(toks.get(start - 1).lower()) && !role.startsWith(toks.get(start - 1).lower())) {
            start--;
            ranks.insert(0, toks.get(start).lower() + " ");
        }
        return new Role(ranks + role, start);
    }

    /** {@code of the X}, {@code for X}, {@code at X}: the organisation named after the preposition at {@code at}. */
    private static Entity organisationAfter(Sentence s, int at) {
        if (at >= s.s1() || !PREPOSITIONS.contains(s.toks().get(at).lower())) {
            return null;
        }
        int j = at + 1;
        if (j < s.s1() && s.toks().get(j).is("the")) {
            j++;
        }
        Mention m = s.mentionByStart().get(j);
        if (m != null && m.possessive()) {
            // "director of Rutgers University's Eagleton Institute": the organisation possessed
            m = s.mentionByStart().get(m.end() + 1);
        }
        Entity org = m == null ? null : s.entityAt(m);
        return isOrganisation(org) ? org : null;
    }

    /** The organisation or outlet whose name ends before {@code at} ({@link #nameEndingAt}), or null. */
    private static Entity organisationEndingAt(Sentence s, int at) {
        Entity named = nameEndingAt(s, at);
        return isOrganisation(named) ? named : null;
    }

    /** The entity whose name ends just before {@code at}, or before a possessive there ({@code X's}). */
    private static Entity nameEndingAt(Sentence s, int at) {
        Mention m = s.mentionByEnd().get(at);
        if (m == null && at - 1 > s.s0() && s.toks().get(at - 1).isPossessive()) {
            m = s.mentionByEnd().get(at - 1);
        }
        if (m == null && at - 3 > s.s0() && s.toks().get(at - 1).text().equals(")") && s.toks().get(at - 3).text().equals("(")) {
            // "the Northern Alliance Council (NAC) spokesman Tom Reed"
            m = s.mentionByEnd().get(at - 3);
        }
        Entity org = m == null ? null : s.entityAt(m);
        if (m != null && (PAST.contains(s.toks().get(m.rawStart()).lower())
                || m.rawStart() > s.s0() && PAST.contains(s.toks().get(m.rawStart() - 1).lower()))) {
            return null; // "former Harbour Authority director Peter Vance"
        }
        return org;
    }

    /**
     * A name of one word that nothing has told is a person's, a place's or a party's (no title, given name, role or
     * post): before a post and a person's name it names the body the post is in ({@code Taliban spokesman Zabihullah
     * Mujahid}); a person's name there is typed one ({@code Obama spokesman Josh Earnest}).
     */
    private static boolean isUntypedName(Entity e) {
        return e != null && e.kind == Mention.Kind.UNKNOWN && e.name.indexOf(' ') < 0 && !e.genderTold
                && e.roles.isEmpty() && e.posts.isEmpty() && !MentionClassifier.TITLE_QUALIFIERS.contains(Names.lowerCase(e.name))
                && !Lexicon.DEMONYMS.contains(Names.lowerCase(e.name));
    }

    /** Whether the name ending before {@code at} ends in an organisation's head word ({@code Bank}, {@code Corp}) or is an acronym. */
    private static boolean headedAsBody(Sentence s, int at) {
        int last = at - 1;
        if (last > s.s0() && s.toks().get(last).text().equals(")")) {
            return true; // "the Northern Alliance Council (NAC)"
        }
        if (last > s.s0() && s.toks().get(last).isPossessive()) {
            last--;
        }
        Token t = s.toks().get(last);
        return Lexicon.ORG_HEADS.contains(t.lower()) || Lexicon.CORPORATE_SUFFIXES.contains(t.lower())
                || t.isAllCaps() && t.text().length() > 1;
    }

    static boolean isOrganisation(Entity e) {
        return e != null && (e.kind == Mention.Kind.ORGANIZATION || e.kind == Mention.Kind.MEDIA);
    }

    private static void tie(Entity person, Role role, Entity org) {
        if (org != person) {
            person.posts.add(new Entity.Post(role.name(), org));
        }
    }
}
