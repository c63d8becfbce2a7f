package dev.passages.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One person, organisation, outlet or place of an article, gathering the forms its name takes there. */
final class Entity {

    Mention.Kind kind;
    String name;
    /**
     * Most entities go by one or two names, and have no role and no post: small sets, in insertion order, declared as
     * such so that a call on one goes straight to the final class, not through the {@code Set} interface.
     */
    final SmallSet<String> aliases = new SmallSet<>();
    final SmallSet<String> roles = new SmallSet<>();
    /** The posts the article says this person holds in organisations ({@link Affiliations}). */
    final SmallSet<Post> posts = new SmallSet<>();
    /** Set through {@link EntityTable#acronym}, which files the entity under it. */
    String acronym;
    /** Where the person was first named with the roles the article gives them ({@link Position#END} while not). */
    private Position firstMention = Position.END;
    /** Where the last mention that could be a subject stands. */
    Position lastSubjectMention = Position.NONE;
    /** Where the last mention stands. */
    Position lastMention = Position.NONE;
    /** Position of the last mention that opened a sentence as its subject. */
    Position lastOpening = Position.NONE;
    /** {@code 'm'} or {@code 'f'} once a title, role or pronoun has told it; 0 while unknown. */
    char gender;
    /** Whether a title, a given name or a sentence the person opens told the gender, not a pronoun resolved to them. */
    boolean genderTold;

    /** A role held in an organisation of the article. */
    record Post(String role, Entity organisation) {
    }

    /** Sets the gender that a title, a given name or the person's own sentence tells (0 tells nothing). */
    void tellGender(char told) {
        if (gender == 0 && told != 0) {
            gender = told;
            genderTold = true;
        }
    }

    /** Whether a mention whose title tells {@code titleGender} (0 for none) may name this person again. */
    boolean mayBeTitled(char titleGender) {
        return !genderTold || titleGender == 0 || gender == titleGender;
    }

    /** Whether a pronoun of {@code pronounGender} (0 for none) may stand for this entity. */
    boolean agrees(char pronounGender) {
        return gender == 0 || pronounGender == 0 || gender == pronounGender;
    }

    /** Folded forms of the aliases, for quick comparison; few, as {@link #aliases}. */
    final SmallSet<String> folded = new SmallSet<>();
    /** The name's form, whose core parts and surname are worked out only when a comparison asks for them. */
    private Form form;
    private String initials;

    /**
     * A name {@linkplain Names#fold folded}, with its parts, core parts and surname skeleton worked out on
     * first use, once: matching a mention against the entities and making or extending an entity ask
     * for the same ones.
     */
    static final class Form {
        final String folded;
        private List<String> parts;
        private List<String> core;
        private String surname;

        Form(String folded) {
            this.folded = folded;
        }

        List<String> parts() {
            if (parts == null) {
                parts = Names.partsOfFolded(folded);
            }
            return parts;
        }

        List<String> core() {
            if (core == null) {
                core = Names.coreOf(parts());
            }
            return core;
        }

        /** Skeleton of the last core part, empty when there is none. */
        String surname() {
            if (surname == null) {
                List<String> c = core();
                surname = c.isEmpty() ? "" : Names.skeleton(c.get(c.size() - 1));
            }
            return surname;
        }
    }

    /** @param form {@code name} folded */
    Entity(Mention.Kind kind, String name, Form form) {
        this.kind = kind;
        aliases.add(name);
        rename(name, form);
        folded.add(form.folded);
    }

    private void rename(String newName, Form form) {
        name = newName;
        this.form = form;
        initials = null;
    }

    /** The name folded: compared with every later mention. */
    String foldedName() {
        return form.folded;
    }

    /** The folded name's {@linkplain Names#parts parts}. */
    List<String> parts() {
        return form.parts();
    }

    /** Records that this person is named at {@code position}, if that is earlier than before. */
    void mentionedAt(Position position) {
        firstMention = Position.earlier(firstMention, position);
    }

    /** Where this person was first {@linkplain #mentionedAt named}, or {@link Position#END}. */
    Position firstMention() {
        return firstMention;
    }

    /** Skeleton of the surname (last core part of the name), empty when none. */
    String surname() {
        return form.surname();
    }

    /** Whether a person named {@code other} (its form) may be this person: {@link Names#compatiblePersons}. */
    boolean compatiblePerson(Form other) {
        return Names.compatiblePersons(form.parts(), form.core(), other.parts(), other.core());
    }

    /**
     * How {@code other}'s surname agrees with this person's, whose {@link #surname} skeleton it shares: 2 spelt
     * alike (case, accents and inner marks aside), 1 only a spelling of it ({@code Benderly}, {@code Benderley}: a
     * newswire's typing), 0 when a name with forenames would join a bare surname it is only a spelling of: an
     * article names a person in full first, so {@code Donald Regan} after {@code President Reagan} is someone else.
     */
    int surnameAgreement(Form other) {
        List<String> a = form.core();
        List<String> b = other.core();
        if (Names.sameLetters(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return 2;
        }
        return a.size() == 1 && b.size() > 1 ? 0 : 1;
    }

    /** {@link Names#initials} of the name, worked out on first use. */
    String initials() {
        if (initials == null) {
            initials = Names.initials(name);
        }
        return initials;
    }

    /** @param form {@code alias} folded */
    void add(String alias, Form form) {
        if (!aliases.add(alias)) {
            return;
        }
        folded.add(form.folded);
        int size = form.core().size();
        int coreSize = this.form.core().size();
        if (size > coreSize || (size == coreSize && alias.length() > name.length() && kind != Mention.Kind.PERSON)) {
            rename(alias, form);
        }
    }

    /** Whether the article gave this entity {@code role}; any kind of minister is a {@code minister}. */
    boolean hasRole(String role) {
        for (String r : roles) {
            if (r.equals(role) || (role.equals("minister") && r.endsWith("minister"))) {
                return true;
            }
        }
        return false;
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
        return new Speaker(Names.keyOf(form.parts()), name, type, all, affiliations());
    }

    /** The posts, each naming its organisation by its fullest name, once each; none for a speaker that is no person. */
    private List<Affiliation> affiliations() {
        if (posts.isEmpty() || !isPersonLike()) {
            return List.of();
        }
        Set<Affiliation> out = new LinkedHashSet<>();
        for (Post p : posts) {
            if (Affiliations.isOrganisation(p.organisation())) {
                out.add(new Affiliation(p.role(), p.organisation().name));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return kind + ":" + name + aliases + roles;
    }
}
