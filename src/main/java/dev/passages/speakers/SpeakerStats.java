package dev.passages.speakers;

import dev.passages.attribution.Affiliation;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Names;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts article-level speakers, paragraph by paragraph (paragraphs, articles, first and last date, the
 * fullest name, every alias, the posts articles give them), and hands them to {@link SpeakerMerger} for a registry. Fed from the index's
 * doc values, or by the indexer as it goes when one run writes the whole index. Thread-safe.
 */
public final class SpeakerStats {

    private final Map<String, Raw> raws = new HashMap<>();
    private final Map<String, Integer> coreSizes = new HashMap<>();

    /** Statistics of one article-level key. */
    static final class Raw {
        final String key;
        SpeakerType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        /** The paragraphs that call the speaker by each name (spellings of one key differ in case or accents only). */
        final Map<String, Long> names = new HashMap<>();
        long paragraphs;
        final Set<String> articles = new HashSet<>();
        LocalDate first;
        LocalDate last;
        final Map<SpeakerType, Long> typeVotes = new HashMap<>();
        /** Each post the articles give this speaker, with the articles that do. */
        final Map<Affiliation, Set<String>> posts = new HashMap<>();
        /** How many core parts {@link #name} has. */
        int coreSize;

        Raw(String key) {
            this.key = key;
        }

        int coreSize() {
            return coreSize;
        }
    }

    /** One paragraph's speakers (the first speaker of each key counts, as in the index). */
    public void addParagraph(List<Attribution> attributions, String article, LocalDate date) {
        // most paragraphs have no speaker, and most of the rest one: neither takes the lock for nothing nor needs a set
        if (attributions.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (attributions.size() == 1) {
                add(attributions.get(0).speaker(), article, date);
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Attribution a : attributions) {
                if (seen.add(a.speaker().key())) {
                    add(a.speaker(), article, date);
                }
            }
        }
    }

    /** One paragraph of {@code article} in which {@code sp} speaks; {@code date} may be null. */
    public synchronized void add(Speaker sp, String article, LocalDate date) {
        Raw r = raws.computeIfAbsent(sp.key(), Raw::new);
        coreSizes.computeIfAbsent(sp.name(), n -> Names.coreParts(n).size());
        r.names.merge(sp.name(), 1L, Long::sum);
        if (r.aliases.size() < sp.aliases().size() || !r.aliases.containsAll(sp.aliases())) {
            r.aliases.addAll(sp.aliases());
        }
        for (Affiliation a : sp.affiliations()) {
            r.posts.computeIfAbsent(a, x -> new HashSet<>()).add(article);
        }
        r.typeVotes.merge(sp.type(), 1L, Long::sum);
        r.paragraphs++;
        r.articles.add(article);
        if (date != null) {
            r.first = r.first == null || date.isBefore(r.first) ? date : r.first;
            r.last = r.last == null || date.isAfter(r.last) ? date : r.last;
        }
    }

    /** The registry of everything counted so far, merged across articles. */
    public synchronized SpeakerRegistry build() {
        List<Raw> all = new ArrayList<>(raws.values());
        // the same input in any order gives the same registry
        all.sort(Comparator.comparing(r -> r.key));
        for (Raw r : all) {
            // the fullest name, then the one most paragraphs use (not "AGriculture Department", a typing slip, for
            // "Agriculture Department"), then the first in code-point order: the same whatever the order counted
            r.name = r.names.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Long> n) -> coreSizes.get(n.getKey()))
                            .thenComparingLong(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            r.coreSize = coreSizes.get(r.name);
            r.type = r.typeVotes.entrySet().stream()
                    .max(Map.Entry.<SpeakerType, Long>comparingByValue().thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
        return SpeakerRegistry.of(SpeakerMerger.merge(all));
    }
}
