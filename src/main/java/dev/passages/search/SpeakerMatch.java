package dev.passages.search;

import dev.passages.attribution.Names;
import dev.passages.attribution.SpeakerType;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.speakers.SpeakerRegistry.Entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the speakers of a registry that a user's name refers to ({@code --speaker}): a full name or alias
 * (case and accents aside), a surname or other single name part (spelling variants allowed), an acronym,
 * or a compatible person name.
 */
public final class SpeakerMatch {

    private final List<Entry> entries;
    /** Folded alias → speakers, name-part skeleton → speakers, initials → speakers. */
    private final Map<String, List<Entry>> byAlias = new HashMap<>();
    private final Map<String, List<Entry>> byPart = new HashMap<>();
    private final Map<String, List<Entry>> byInitials = new HashMap<>();
    /** How many names matched are remembered: a batch or a daemon asks for the same speakers again and again. */
    private static final int REMEMBERED = 1024;
    /** The names matched last, least recently asked first out: a daemon's requests may name any number. */
    private final Map<String, List<Entry>> matched = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Entry>> eldest) {
            return size() > REMEMBERED;
        }
    });

    public SpeakerMatch(SpeakerRegistry registry) {
        this.entries = registry.all();
        for (Entry e : entries) {
            addTo(byAlias, e.key(), e);
            for (String a : e.aliases()) {
                addTo(byAlias, Names.fold(a), e);
                for (String p : Names.coreParts(a)) {
                    addTo(byPart, Names.skeleton(p), e);
                }
                String i = Names.initials(a);
                if (!i.isEmpty()) {
                    addTo(byInitials, i, e);
                }
            }
        }
    }

    private static void addTo(Map<String, List<Entry>> map, String key, Entry e) {
        List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** Organisations that articles give people posts in, matched as speakers are; made on first use. */
    private volatile Affiliated affiliated;

    /** The organisations of the registry's posts, and the people holding a post in each (by its entry's key). */
    private record Affiliated(SpeakerMatch organisations, Map<String, List<Entry>> people) {
    }

    /**
     * The people whom articles give a post in an organisation {@code query} names (any spelling of it, or of the
     * organisation's entry when it speaks too), in registry order.
     */
    public List<Entry> affiliatedTo(String query) {
        Affiliated a = affiliated;
        if (a == null) {
            a = affiliated();
            affiliated = a;
        }
        Set<Entry> out = new LinkedHashSet<>();
        for (Entry org : a.organisations().match(query)) {
            out.addAll(a.people().getOrDefault(org.key(), List.of()));
        }
        return List.copyOf(out);
    }

    private Affiliated affiliated() {
        Map<String, Entry> organisations = new LinkedHashMap<>();
        Map<String, List<Entry>> people = new HashMap<>();
        for (Entry e : entries) {
            for (SpeakerRegistry.Affiliation post : e.affiliations()) {
                Entry org = organisationEntry(post.organisation());
                organisations.putIfAbsent(org.key(), org);
                addTo(people, org.key(), e);
            }
        }
        return new Affiliated(new SpeakerMatch(SpeakerRegistry.of(List.copyOf(organisations.values()))), people);
    }

    /** The registry's entry of an organisation named in a post, or one of that name alone when it never speaks. */
    private Entry organisationEntry(String name) {
        for (Entry e : byAlias.getOrDefault(Names.fold(name), List.of())) {
            if (e.type() != SpeakerType.PERSON) {
                return e;
            }
        }
        return new Entry("affiliation:" + Names.fold(name), name, SpeakerType.ORGANIZATION, List.of(name), List.of(), 0, 0,
                null, null);
    }

    /** How many names matched are remembered now. */
    int rememberedNames() {
        return matched.size();
    }

    /** The speakers {@code query} names, those named exactly first. */
    public List<Entry> match(String query) {
        List<Entry> known = matched.get(query);
        if (known == null) {
            known = List.copyOf(find(query));
            matched.put(query, known);
        }
        return known;
    }

    private List<Entry> find(String query) {
        String q = Names.fold(query.strip());
        List<String> qParts = Names.coreParts(query);
        List<Entry> exact = new ArrayList<>(byAlias.getOrDefault(q, List.of()));
        Set<Entry> candidates = new LinkedHashSet<>();
        for (String p : qParts) {
            candidates.addAll(byPart.getOrDefault(Names.skeleton(p), List.of()));
        }
        candidates.addAll(byInitials.getOrDefault(query.strip(), List.of()));
        List<Entry> loose = new ArrayList<>();
        if (!qParts.isEmpty()) {
            for (Entry e : entries) {
                if (candidates.contains(e) && !exact.contains(e) && namesLoosely(e, query, qParts)) {
                    loose.add(e);
                }
            }
        }
        if (qParts.size() <= 1) {
            // a surname or single name: everyone who bears it (Sharif: Nawaz, Shehbaz and a bare Sharif); other
            // spellings of it (Mahmood for Mehmood) only when nobody bears it as written, as a name of its own or a
            // part of one: Baker is not Beker or Booker, Dole not Dale or Daily
            List<Entry> asWritten = loose.stream().filter(e -> bearsAsWritten(e, qParts)).toList();
            exact.addAll(exact.isEmpty() && asWritten.isEmpty() ? loose : asWritten);
            return exact;
        }
        return exact.isEmpty() ? loose : exact;
    }

    /**
     * Whether one of the entry's names fits the query's parts, though not written as the query is. A query of
     * several parts is held to the entry's names of several parts: a surname alone, which every bearer of it
     * is called by, tells nothing of the given name asked for (Nancy Reagan is not Ronald Reagan, who is also
     * just Reagan).
     */
    private static boolean namesLoosely(Entry e, String query, List<String> qParts) {
        for (String alias : e.aliases()) {
            List<String> parts = Names.coreParts(alias);
            if (qParts.size() == 1 && parts.stream().anyMatch(p -> Names.sameWord(p, qParts.get(0)))) {
                return true;
            } else if (qParts.size() > 1 && parts.size() < 2) {
                continue;
            } else if (qParts.size() > 1 && e.type() == SpeakerType.PERSON && Names.compatiblePersons(query, alias)) {
                return true;
            } else if (qParts.size() > 1 && qParts.stream().allMatch(w -> parts.stream().anyMatch(p -> Names.sameWord(p, w)))) {
                return true;
            } else if (query.strip().equals(Names.initials(alias))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the entry's names has a part spelled as the query's single part (folded). */
    private static boolean bearsAsWritten(Entry e, List<String> qParts) {
        for (String alias : e.aliases()) {
            if (!qParts.isEmpty() && Names.coreParts(alias).contains(qParts.get(0))) {
                return true;
            }
        }
        return false;
    }
}
