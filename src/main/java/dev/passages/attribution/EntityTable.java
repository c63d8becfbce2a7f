package dev.passages.attribution;

import dev.passages.attribution.EntityKeys.Key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The entities of one article, in the order they were first named: each mention is registered as the
 * entity it names again (by its folded name, surname, acronym or initials) or as a new one.
 */
final class EntityTable implements Iterable<Entity> {

    /**
     * From this many entities on, a mention is compared only with the entities that share a key with it: a
     * long page names hundreds, and comparing each mention with every one of them grew with the square of
     * its length (a 117,000-character page took 46 ms, 60% of it here). Below, trying each costs less than
     * keeping the keys.
     */
    static final int KEYED_FROM = 32;

    private final List<Entity> entities = new ArrayList<>();
    private final int keyedFrom;
    /** The entities by key once there are {@link #keyedFrom} of them; null before. */
    private EntityKeys keys;
    /** Entities made or renamed since their initials were last filed (initials are worked out only when asked). */
    private final List<Entity> initialsDue = new ArrayList<>();
    /** Each name's folded form, its parts worked out once however often the article repeats the name. */
    private final Map<String, Entity.Form> forms = new HashMap<>();

    EntityTable() {
        this(KEYED_FROM);
    }

    /** @param keyedFrom how many entities the table holds before it files them by key */
    EntityTable(int keyedFrom) {
        this.keyedFrom = keyedFrom;
    }

    @Override
    public Iterator<Entity> iterator() {
        return entities.iterator();
    }

    /** The entity {@code m} names: one named before, given {@code m}'s name as an alias, or a new one. */
    Entity register(Mention m) {
        Entity.Form form = forms.computeIfAbsent(m.name(), name -> new Entity.Form(Names.fold(name)));
        Entity e = match(m, form);
        if (e == null) {
            e = new Entity(m.kind(), m.name(), form);
            entities.add(e);
            added(e);
        } else {
            int aliases = e.aliases.size();
            e.add(m.name(), form);
            if (keys != null && e.aliases.size() > aliases) {
                file(e);
            }
            if (e.kind == Mention.Kind.UNKNOWN && m.kind() != Mention.Kind.UNKNOWN
                    || m.kind() == Mention.Kind.MEDIA && e.kind != Mention.Kind.PLACE) {
                e.kind = m.kind();
            }
        }
        return e;
    }

    /**
     * The body that works for {@code person} ({@code noun}: its campaign, team, camp or office), named after the
     * person's name as it is now ({@code Tom Reed campaign}): the one named so before, or a new organisation.
     */
    Entity bodyOf(Entity person, String noun) {
        String name = person.name + " " + noun;
        return register(new Mention(-1, -1, -1, name, name, Mention.Kind.ORGANIZATION, List.of(), false, false));
    }

    /** Gives {@code e} its acronym (an entity's acronym is set here, where it is filed). */
    void acronym(Entity e, String acronym) {
        e.acronym = acronym;
        if (keys != null) {
            keys.file(Key.ACRONYM, acronym, e);
        }
    }

    /** Files the entity made last, or every entity once there are enough of them. */
    private void added(Entity e) {
        if (keys != null) {
            keys.add(e);
            file(e);
        } else if (entities.size() >= keyedFrom) {
            keys = new EntityKeys(entities);
            for (Entity each : entities) {
                keys.add(each);
                file(each);
            }
        }
    }

    /** Files {@code e} under the keys of its names as they are now. */
    private void file(Entity e) {
        for (String f : e.folded) {
            keys.file(Key.FOLDED, f, e);
        }
        if (e.acronym != null) {
            keys.file(Key.ACRONYM, e.acronym, e);
        }
        String name = e.foldedName();
        for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
            keys.file(Key.NAME_START, name.substring(0, space), e);
        }
        keys.file(Key.SURNAME, e.surname(), e);
        if (e.parts().size() > 1) {
            keys.file(Key.FIRM_WORD, e.parts().get(0), e);
            // and its last word, which "the Commission" names it by
            keys.file(Key.FIRM_WORD, e.parts().get(e.parts().size() - 1), e);
            String firm = firmSurname(e.parts());
            if (firm != null) {
                keys.file(Key.FIRM_WORD, firm, e);
            }
        }
        initialsDue.add(e);
    }

    /**
     * The entities that may be filed under {@code value} as a {@code key}, in the order they were made (matching
     * tries the latest first): all of them while the table files none.
     */
    private List<Entity> candidates(Key key, String value) {
        if (keys == null) {
            return entities;
        }
        if (key == Key.INITIALS) {
            for (Entity e : initialsDue) {
                keys.file(Key.INITIALS, e.initials(), e);
            }
            initialsDue.clear();
        }
        return keys.filed(key, value);
    }

    /** The entity a mention ({@code form}: its name folded) names again, or null. */
    private Entity match(Mention m, Entity.Form form) {
        // "Mrs. Clinton" is not the Mr. Clinton named before: a title's gender must agree with the person's
        char gender = Lexicon.genderOf(m.titles());
        List<Entity> named = keys == null ? entities : keys.filed(Key.FOLDED, form.folded, Key.ACRONYM, m.name());
        for (int i = named.size() - 1; i >= 0; i--) {
            Entity e = named.get(i);
            if (e.folded.contains(form.folded) && (e.kind != Mention.Kind.PERSON || e.mayBeTitled(gender))
                    || (e.acronym != null && e.acronym.equals(m.name()))) {
                return e;
            }
        }
        if (!m.raw().equals(m.name())) {
            String raw = Names.fold(m.raw());
            List<Entity> firms = candidates(Key.NAME_START, raw);
            for (int i = firms.size() - 1; i >= 0; i--) {
                Entity e = firms.get(i);
                if (e.kind == Mention.Kind.ORGANIZATION && e.foldedName().startsWith(raw + " ")) {
                    return e;
                }
            }
        }
        if (m.kind() == Mention.Kind.ORGANIZATION && Lexicon.ORG_HEADS.contains(form.folded)) {
            Entity body = bodyHeadedBy(form.folded);
            if (body != null) {
                return body;
            }
        }
        if (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.UNKNOWN) {
            List<String> core = form.core();
            String surname = form.surname();
            Entity person = core.isEmpty() ? null : sameSurname(form, surname, gender);
            if (person != null) {
                return person;
            }
            if (core.size() == 1) {
                List<Entity> firms = candidates(Key.FIRM_WORD, core.get(0));
                for (int i = firms.size() - 1; i >= 0; i--) {
                    Entity e = firms.get(i);
                    List<String> parts = e.parts();
                    // "Sears" for Sears Roebuck and Co; "Grace" for W.R. Grace and Co, "Lanston" for Aubrey G.
                    // Lanston and Co: the first word, or the last before a firm's "and Co", "Inc"
                    if ((e.kind == Mention.Kind.ORGANIZATION || e.kind == Mention.Kind.MEDIA) && parts.size() > 1
                            && (parts.get(0).equals(core.get(0)) || core.get(0).equals(firmSurname(parts)))) {
                        return e;
                    }
                }
                Entity first = personNamedFirst(core.get(0), gender);
                if (first != null) {
                    return first;
                }
            }
        }
        return m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.MEDIA ? initialled(m) : null;
    }

    /**
     * The one person whose name begins with {@code word}, or null, also when two people's names do or when neither
     * the article nor the mention's title ({@code gender}, 0 for none) has told that the one is a person. A name used
     * alone that is a person's first name, and no one's surname (as the caller found), names that person, whether the
     * surname comes first ({@code Kim} after {@code Finance Minister Kim Mahn-je}, {@code Mr. Lou} after {@code Lou
     * Jiwei}) or the article calls the person by a given name ({@code Hillary} after {@code Mrs. Hillary Clinton}).
     */
    private Entity personNamedFirst(String word, char gender) {
        Entity found = null;
        List<Entity> named = candidates(Key.FIRM_WORD, word);
        for (int i = 0; i < named.size(); i++) {
            Entity e = named.get(i);
            List<String> parts = e.parts();
            if (parts.size() > 1 && parts.get(0).equals(word)) {
                if (found != null || e.kind != Mention.Kind.PERSON || !e.mayBeTitled(gender)
                        || gender == 0 && !toldPerson(e)) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Whether the article has told that {@code e} is a person: by a title or given name of a gender, a role or a
     * post; not only by the shape of its name, which a firm's ({@code Airbus Industrie}) or a headline's words
     * may have too.
     */
    private static boolean toldPerson(Entity e) {
        return e.genderTold || !e.roles.isEmpty() || !e.posts.isEmpty();
    }

    /**
     * The body whose initials the mention's name is, or null: initials are capitals only, so no other name can be an
     * entity's initials; initials joined by "and" are those of a name with an "and" in the same place ({@code S and
     * P}: {@code Standard and Poor's}, not {@code Security Pacific}).
     */
    private Entity initialled(Mention m) {
        String letters = Initials.letters(m.name());
        if (letters == null) {
            return null;
        }
        boolean joined = letters.indexOf('|') >= 0;
        List<Entity> initialled = candidates(Key.INITIALS, joined ? letters.replace("|", "") : letters);
        for (int i = initialled.size() - 1; i >= 0; i--) {
            Entity e = initialled.get(i);
            if ((e.kind == Mention.Kind.ORGANIZATION || e.kind == Mention.Kind.MEDIA)
                    && (joined ? letters.equals(Initials.ofJoinedName(e.name)) : letters.equals(e.initials()))) {
                acronym(e, m.name());
                return e;
            }
        }
        return null;
    }

    /**
     * The organisation named last whose name {@code word} (an organisation's head word) begins or ends: {@code the
     * Bank} after {@code Bank of England}, {@code the Commission} after {@code European Commission}; or null.
     */
    private Entity bodyHeadedBy(String word) {
        List<Entity> bodies = candidates(Key.FIRM_WORD, word);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Entity e = bodies.get(i);
            List<String> parts = e.parts();
            if (e.kind == Mention.Kind.ORGANIZATION && parts.size() > 1
                    && (parts.get(0).equals(word) || parts.get(parts.size() - 1).equals(word))) {
                return e;
            }
        }
        return null;
    }

    /**
     * The person named last whose surname and name fit the mention's ({@code form}: its name folded), one whose
     * surname is spelt as the mention's before one whose surname is only a spelling of it; and when its title
     * tells a gender ({@code Mrs. Khan}), one known to be of it before one whose gender is not known.
     */
    private Entity sameSurname(Entity.Form form, String surname, char gender) {
        Entity best = null;
        int bestRank = -1;
        List<Entity> persons = candidates(Key.SURNAME, surname);
        for (int i = persons.size() - 1; i >= 0 && bestRank < 3; i--) {
            Entity e = persons.get(i);
            if (e.isPersonLike() && e.surname().equals(surname) && e.mayBeTitled(gender)
                    && e.compatiblePerson(form)) {
                int agreement = e.surnameAgreement(form);
                int rank = agreement == 0 ? -1 : (agreement - 1) * 2 + (gender == 0 || e.genderTold ? 1 : 0);
                if (rank > bestRank) {
                    best = e;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** The last part of a firm's name before the corporate words that end it ({@code lanston} of Aubrey G. Lanston and Co), or null. */
    private static String firmSurname(List<String> parts) {
        int end = parts.size();
        while (end > 1 && (Lexicon.CORPORATE_SUFFIXES.contains(parts.get(end - 1))
                || Lexicon.FIRM_ENDINGS.contains(parts.get(end - 1)))) {
            end--;
        }
        return end < parts.size() ? parts.get(end - 1) : null;
    }
}
