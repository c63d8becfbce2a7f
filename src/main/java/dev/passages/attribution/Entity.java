package dev.passages.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One person, organisation, outlet or place of an article, gathering the forms its name takes there. */
final class Entity {

    Mention.Kind kind;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    String acronym;
    /** Position (paragraph * 10000 + token) of the last mention that could be a subject. */
    int lastSubjectMention = -1;
    int lastMention = -1;

    /** Folded forms of the aliases, for quick comparison. */
    final Set<String> folded = new java.util.HashSet<>();
    /** Skeleton of the surname (last core part of the name), empty when none. */
    String surname = "";
    /** The name folded, its parts and the number of its core parts: compared with every later mention. */
    String foldedName;
    List<String> parts;
    int coreSize;
    private String initials;

    /** @param foldedName {@code name} {@linkplain Names#fold folded} */
    Entity(Mention.Kind kind, String name, String foldedName) {
        this.kind = kind;
        aliases.add(name);
        rename(name, foldedName);
        folded.add(foldedName);
    }

    private void rename(String newName, String newFolded) {
        name = newName;
        foldedName = newFolded;
        parts = Names.partsOfFolded(foldedName);
        List<String> core = Names.coreOf(parts);
        coreSize = core.size();
        surname = core.isEmpty() ? "" : Names.skeleton(core.get(core.size() - 1));
        initials = null;
    }

    /** {@link Names#initials} of the name, worked out on first use. */
    String initials() {
        if (initials == null) {
            initials = Names.initials(name);
        }
        return initials;
    }

    /** @param f {@code alias} {@linkplain Names#fold folded} */
    void add(String alias, String f) {
        if (!aliases.add(alias)) {
            return;
        }
        folded.add(f);
        int size = Names.coreOf(Names.partsOfFolded(f)).size();
        if (size > coreSize || (size == coreSize && alias.length() > name.length() && kind != Mention.Kind.PERSON)) {
            rename(alias, f);
        }
    }

    boolean isPersonLike() {
        return kind == Mention.Kind.PERSON || kind == Mention.Kind.UNKNOWN;
    }

    Speaker speaker() {
        SpeakerType type = switch (kind) {
            case PERSON, UNKNOWN -> SpeakerType.PERSON;
            case MEDIA -> SpeakerType.MEDIA;
            case ORGANIZATION, PLACE -> SpeakerType.ORGANIZATION;
        };
        List<String> all = new ArrayList<>(aliases);
        if (acronym != null && !all.contains(acronym)) {
            all.add(acronym);
        }
        return new Speaker(Names.key(name), name, type, all);
    }

    @Override
    public String toString() {
        return kind + ":" + name + aliases + roles;
    }
}
