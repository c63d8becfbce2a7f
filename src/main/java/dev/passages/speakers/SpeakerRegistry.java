package dev.passages.speakers;

import dev.passages.attribution.SpeakerType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The speakers of a whole index, one entry per person or organisation whatever the spelling
 * ({@code Anwar-ul-Haq Kakar}, {@code Anwaarul Haq Kakar} and a bare {@code Kakar} are one), found by the
 * article-level keys merged into each.
 */
public final class SpeakerRegistry {

    /**
     * One canonical speaker; {@code affiliations}: the posts articles say it holds in organisations, the most
     * articles first.
     */
    public record Entry(String key, String name, SpeakerType type, List<String> aliases, List<String> rawKeys,
                        long paragraphs, long articles, LocalDate first, LocalDate last, List<Affiliation> affiliations) {

        public Entry {
            affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        }

        /** An entry of whom no article states a post. */
        public Entry(String key, String name, SpeakerType type, List<String> aliases, List<String> rawKeys,
                     long paragraphs, long articles, LocalDate first, LocalDate last) {
            this(key, name, type, aliases, rawKeys, paragraphs, articles, first, last, List.of());
        }
    }

    /**
     * A post a speaker holds in an organisation ({@code spokesperson}, {@code Harbour Council}), with the number of
     * articles that say so; the organisation by the name the registry gives it when it speaks too.
     */
    public record Affiliation(String role, String organisation, long articles) {
    }

    /** Every entry, when asked for the first time: from a list at hand, or parsed from a file. */
    private final Supplier<List<Entry>> source;
    /** The entry of one raw key while not all are known (null when there is none); may throw if the source is damaged. */
    private final Function<String, Entry> one;
    private List<Entry> entries;
    private Map<String, Entry> byRawKey;

    private SpeakerRegistry(Supplier<List<Entry>> source, Function<String, Entry> one) {
        this.source = source;
        this.one = one;
    }

    /** The registry of these entries, in this order. */
    public static SpeakerRegistry of(List<Entry> entries) {
        SpeakerRegistry registry = new SpeakerRegistry(() -> entries, key -> null);
        registry.entries();
        return registry;
    }

    /**
     * A registry whose entries are known only when first needed: {@code one} names the speaker of a raw
     * key cheaply until then, and should it throw, every entry is taken from {@code all}.
     */
    public static SpeakerRegistry lazy(Supplier<List<Entry>> all, Function<String, Entry> one) {
        return new SpeakerRegistry(all, one);
    }

    private synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> list = List.copyOf(source.get());
            Map<String, Entry> raw = new HashMap<>();
            for (Entry e : list) {
                e.rawKeys().forEach(k -> raw.put(k, e));
            }
            byRawKey = raw;
            entries = list;
        }
        return entries;
    }

    /** Every entry, the most paragraphs first. */
    public List<Entry> all() {
        return entries();
    }

    /** The canonical speaker an article-level key belongs to, or null. */
    public synchronized Entry canonical(String rawKey) {
        if (entries == null) {
            try {
                return one.apply(rawKey);
            } catch (RuntimeException damaged) {
                entries();
            }
        }
        return byRawKey.get(rawKey);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpeakerRegistry(%d speakers)", entries().size());
    }
}
