package dev.passages.attribution;

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

    private final List<Entity> entities = new ArrayList<>();
    /** Where each person was first named with the roles the article gives them ({@link Position#END} while not). */
    private final Map<Entity, Position> firstMention = new HashMap<>();
    /** Each name's folded form, its parts worked out once however often the article repeats the name. */
    private final Map<String, Entity.Form> forms = new HashMap<>();

    @Override
    public Iterator<Entity> iterator() {
        return entities.iterator();
    }

    /** Records that person {@code e} is named at {@code position}, if that is earlier than before. */
    void mentioned(Entity e, Position position) {
        firstMention.merge(e, position, Position::earlier);
    }

    /** Where {@code e} was first {@linkplain #mentioned mentioned}, or {@link Position#END}. */
    Position firstMention(Entity e) {
        return firstMention.getOrDefault(e, Position.END);
    }

    /** The entity {@code m} names: one named before, given {@code m}'s name as an alias, or a new one. */
    Entity register(Mention m) {
        Entity.Form form = forms.computeIfAbsent(m.name(), name -> new Entity.Form(Names.fold(name)));
        Entity e = match(m, form);
        if (e == null) {
            e = new Entity(m.kind(), m.name(), form);
            entities.add(e);
            firstMention.put(e, Position.END);
        } else {
            e.add(m.name(), form);
            if (e.kind == Mention.Kind.UNKNOWN && m.kind() != Mention.Kind.UNKNOWN
                    || m.kind() == Mention.Kind.MEDIA && e.kind != Mention.Kind.PLACE) {
                e.kind = m.kind();
            }
        }
        return e;
    }

    /** The entity a mention ({@code form}: its name folded) names again, or null. */
    private Entity match(Mention m, Entity.Form form) {
        // "Mrs. Clinton" is not the Mr. Clinton named before: a title's gender must agree with the person's
        char gender = Lexicon.genderOf(m.titles());
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.folded.contains(form.folded) && (e.kind != Mention.Kind.PERSON || e.mayBeTitled(gender))
                    || (e.acronym != null && e.acronym.equals(m.name()))) {
                return e;
            }
        }
        if (!m.raw().equals(m.name())) {
            String raw = Names.fold(m.raw());
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.kind == Mention.Kind.ORGANIZATION && e.foldedName.startsWith(raw + " ")) {
                    return e;
                }
            }
        }
        if (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.UNKNOWN) {
            List<String> core = form.core();
            String surname = form.surname();
            Entity person = core.isEmpty() ? null : sameSurname(m, surname, gender);
            if (person != null) {
                return person;
            }
            if (core.size() == 1) {
                for (int i = entities.size() - 1; i >= 0; i--) {
                    Entity e = entities.get(i);
                    List<String> parts = e.parts;
                    // "Sears" for Sears Roebuck and Co; "Grace" for W.R. Grace and Co, "Lanston" for Aubrey G.
                    // Lanston and Co: the first word, or the last before a firm's "and Co", "Inc"
                    if ((e.kind == Mention.Kind.ORGANIZATION || e.kind == Mention.Kind.MEDIA) && parts.size() > 1
                            && (parts.get(0).equals(core.get(0)) || core.get(0).equals(firmSurname(parts)))) {
                        return e;
                    }
                }
            }
        }
        if ((m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.MEDIA) && isUpperCase(m.name())) {
            // initials are capitals only: no other name can be an entity's initials
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if ((e.kind == Mention.Kind.ORGANIZATION || e.kind == Mention.Kind.MEDIA)
                        && m.name().equals(e.initials())) {
                    e.acronym = m.name();
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The person named last whose surname and name fit {@code m}'s; when {@code m}'s title tells a gender
     * ({@code Mrs. Khan}), one known to be of it comes first, then one whose gender is not known.
     */
    private Entity sameSurname(Mention m, String surname, char gender) {
        Entity unknown = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.isPersonLike() && e.surname.equals(surname) && e.mayBeTitled(gender)
                    && Names.compatiblePersons(e.name, m.name())) {
                if (gender == 0 || e.genderTold) {
                    return e;
                }
                unknown = unknown == null ? e : unknown;
            }
        }
        return unknown;
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

    private static boolean isUpperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
