package dev.passages.speakers;

import dev.passages.attribution.Names;
import dev.passages.attribution.SpeakerType;
import dev.passages.speakers.SpeakerRegistry.Entry;
import dev.passages.speakers.SpeakerStats.Raw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/** Decides which article-level speakers name one person or organisation, and makes one entry of each group. */
final class SpeakerMerger {

    private SpeakerMerger() {
    }

    /** Union of article-level speakers that name one entity; the entries, the most paragraphs first. */
    static List<Entry> merge(List<Raw> raws) {
        int n = raws.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        joinSameLongNames(raws, parent);
        stopIfCancelled();
        joinAcronymsToLongForms(raws, parent);
        stopIfCancelled();
        joinPersons(raws, parent);
        stopIfCancelled();
        Map<Integer, List<Raw>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(raws.get(i));
        }
        List<List<Raw>> groups = new ArrayList<>(clusters.values());
        List<Entry> out = new ArrayList<>();
        for (List<Raw> members : groups) {
            out.add(entry(members));
        }
        Map<String, String> organisations = organisationNames(out);
        for (int i = 0; i < out.size(); i++) {
            List<SpeakerRegistry.Affiliation> posts = posts(groups.get(i), organisations);
            if (!posts.isEmpty()) {
                Entry e = out.get(i);
                out.set(i, new Entry(e.key(), e.name(), e.type(), e.aliases(), e.rawKeys(), e.paragraphs(), e.articles(),
                        e.first(), e.last(), posts));
            }
        }
        out.sort(Comparator.comparingLong(Entry::paragraphs).reversed().thenComparing(Entry::key));
        return out;
    }

    /** A merge whose thread was interrupted (the run it serves failed) ends between its steps. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the speaker merge was cancelled");
        }
    }

    /**
     * Rule 1: the same written name of several words ("Pakistan Institute for Conflict and Security Studies"), or
     * the same acronym of an organisation; one word alone ("Smith", "National") names too many to link by.
     */
    private static void joinSameLongNames(List<Raw> raws, int[] parent) {
        Map<String, Integer> byAlias = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            for (String alias : r.aliases) {
                boolean linking = Names.parts(alias).size() > 1
                        || (r.type != SpeakerType.PERSON && alias.length() >= 3 && alias.equals(alias.toUpperCase(Locale.ROOT)));
                if (!linking) {
                    continue;
                }
                Integer other = byAlias.putIfAbsent(Names.fold(alias), i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
    }

    /**
     * Rule 1 for acronyms: a bare acronym joins its long form only when it is long enough and names one
     * organisation (CD could be Control Data or China Daily: it joins neither).
     */
    private static void joinAcronymsToLongForms(List<Raw> raws, int[] parent) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.type != SpeakerType.PERSON) {
                for (String alias : r.aliases) {
                    String initials = Names.initials(alias);
                    if (initials.length() >= 2) {
                        byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.type == SpeakerType.PERSON) {
                continue;
            }
            for (String alias : r.aliases) {
                List<Integer> owners = byInitials.getOrDefault(alias, List.of());
                Set<String> longForms = new HashSet<>();
                owners.forEach(j -> longForms.add(Names.fold(raws.get(j).name)));
                if (alias.length() >= 3 && longForms.size() == 1) {
                    for (int j : owners) {
                        union(parent, i, j);
                    }
                }
            }
        }
    }

    /**
     * Rules 2 and 3: persons with full names that can be one person (same surname, given names that agree) join;
     * a bare surname joins the one person of that surname, and with two (Nawaz and Shehbaz Sharif) stays apart.
     */
    private static void joinPersons(List<Raw> raws, int[] parent) {
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            List<String> core = Names.coreParts(r.name);
            if (r.type == SpeakerType.PERSON && !core.isEmpty()) {
                bySurname.computeIfAbsent(Names.skeleton(core.get(core.size() - 1)), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : bySurname.values()) {
            List<Integer> full = group.stream().filter(i -> raws.get(i).coreSize() > 1).toList();
            for (int x = 0; x < full.size(); x++) {
                for (int y = x + 1; y < full.size(); y++) {
                    if (Names.compatiblePersons(raws.get(full.get(x)).name, raws.get(full.get(y)).name)) {
                        union(parent, full.get(x), full.get(y));
                    }
                }
            }
            List<String> surnames = null;
            for (int bare : group) {
                if (raws.get(bare).coreSize() <= 1) {
                    surnames = surnames != null ? surnames : full.stream().map(i -> lastCorePart(raws.get(i).name)).toList();
                    joinBare(raws, parent, full, surnames, bare);
                }
            }
        }
    }

    /**
     * Joins a bare surname to the one person among {@code full} (whose surnames {@code surnames} holds) with a
     * surname that is a spelling of it, not only a name of the same skeleton ({@code Zhao} is not {@code Zia}); when
     * spellings of it name several people ({@code Reagan}, {@code Regan}), to the one whose surname is written as it
     * is; else to no one.
     */
    private static void joinBare(List<Raw> raws, int[] parent, List<Integer> full, List<String> surnames, int bare) {
        String surname = lastCorePart(raws.get(bare).name);
        Set<Integer> spellings = new HashSet<>();
        Set<Integer> asWritten = new HashSet<>();
        for (int k = 0; k < full.size(); k++) {
            String theirs = surnames.get(k);
            if (Names.sameWord(theirs, surname)) {
                spellings.add(find(parent, full.get(k)));
                if (theirs.equals(surname)) {
                    asWritten.add(find(parent, full.get(k)));
                }
            }
        }
        Set<Integer> targets = spellings.size() == 1 ? spellings : asWritten;
        if (targets.size() == 1) {
            union(parent, targets.iterator().next(), bare);
        }
    }

    /** The last core part of a person's name (one the merge groups by surname always has one). */
    private static String lastCorePart(String name) {
        List<String> core = Names.coreParts(name);
        return core.get(core.size() - 1);
    }

    /**
     * The registry's name of every organisation or outlet, by each of its names folded: a post names its
     * organisation so when that speaks too ({@code NAC} and {@code Northern Alliance Council} are one). Of two
     * with the same alias, the one with more paragraphs names it.
     */
    private static Map<String, String> organisationNames(List<Entry> entries) {
        List<Entry> bodies = new ArrayList<>(entries.stream().filter(e -> e.type() != SpeakerType.PERSON).toList());
        bodies.sort(Comparator.comparingLong(Entry::paragraphs).reversed().thenComparing(Entry::key));
        Map<String, String> names = new HashMap<>();
        for (Entry e : bodies) {
            for (String alias : e.aliases()) {
                names.putIfAbsent(Names.fold(alias), e.name());
            }
        }
        return names;
    }

    /** A post of a group of speakers, its organisation folded: the key its articles are gathered under. */
    private record PostKey(String role, String organisation) {
    }

    /** The posts of a group of article-level speakers, each with the number of articles giving it, the most first. */
    private static List<SpeakerRegistry.Affiliation> posts(List<Raw> members, Map<String, String> organisations) {
        Map<PostKey, Set<String>> articles = new HashMap<>();
        Map<PostKey, String> shown = new HashMap<>();
        for (Raw r : members) {
            r.posts.forEach((post, in) -> {
                String org = organisations.getOrDefault(Names.fold(post.organisation()), post.organisation());
                PostKey key = new PostKey(post.role(), Names.fold(org));
                articles.computeIfAbsent(key, k -> new HashSet<>()).addAll(in);
                shown.merge(key, org, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            });
        }
        List<SpeakerRegistry.Affiliation> out = new ArrayList<>();
        articles.forEach((key, in) -> out.add(new SpeakerRegistry.Affiliation(key.role(), shown.get(key), in.size())));
        out.sort(Comparator.comparingLong(SpeakerRegistry.Affiliation::articles).reversed()
                .thenComparing(SpeakerRegistry.Affiliation::organisation).thenComparing(SpeakerRegistry.Affiliation::role));
        return out;
    }

    private static Entry entry(List<Raw> members) {
        // the fullest name, then the most used spelling of it, then the first key: the same choice on every run;
        // a name no more than one paragraph in twenty uses (a typo in the source, "Secertary James Baker")
        // names nobody
        long most = members.stream().mapToLong(r -> r.paragraphs).max().orElse(0);
        Raw best = members.stream()
                .filter(r -> r.paragraphs * 20 > most)
                .max(Comparator.comparingInt(Raw::coreSize).thenComparingLong(r -> r.paragraphs)
                        .thenComparing(r -> r.key, Comparator.reverseOrder())).orElseThrow();
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<SpeakerType, Long> votes = new HashMap<>();
        long paragraphs = 0;
        // a speaker of one article-level key (most of them) counts its own articles: no set made to count them again
        Set<String> articles = members.size() == 1 ? members.get(0).articles : new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        List<String> rawKeys = new ArrayList<>();
        for (Raw r : members) {
            rawKeys.add(r.key);
            // of spellings that differ in case or accents only, the first in code-point order: the order in which
            // paragraphs were counted (parallel when indexing) must not choose
            r.aliases.forEach(a -> aliases.merge(Names.fold(a), a, (x, y) -> x.compareTo(y) <= 0 ? x : y));
            votes.merge(r.type, r.paragraphs, Long::sum);
            paragraphs += r.paragraphs;
            if (articles != r.articles) {
                articles.addAll(r.articles);
            }
            first = r.first == null ? first : first == null || r.first.isBefore(first) ? r.first : first;
            last = r.last == null ? last : last == null || r.last.isAfter(last) ? r.last : last;
        }
        for (Raw r : members) {
            // but a member's own name as most of its paragraphs spell it
            aliases.put(Names.fold(r.name), r.name);
        }
        SpeakerType type = votes.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<SpeakerType, Long> v) -> v.getValue())
                        .thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
        List<String> sortedAliases = new ArrayList<>(aliases.values());
        sortedAliases.sort(Comparator.comparing((String a) -> !a.equals(best.name)).thenComparing(a -> a));
        rawKeys.sort(null);
        return new Entry(best.key, best.name, type, sortedAliases, rawKeys, paragraphs, articles.size(), first, last);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
