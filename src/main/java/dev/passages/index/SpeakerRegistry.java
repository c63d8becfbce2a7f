package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Names;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speakers of a whole index, one entry per person or organisation whatever the spelling:
 * article-level speaker keys merged across articles ({@code Anwar-ul-Haq Kakar}, {@code Anwaarul
 * Haq Kakar} and a bare {@code Kakar} become one), with counts and dates. Written beside the index
 * at each commit ({@value #FILE}) and rebuilt from doc values when missing or stale.
 */
public final class SpeakerRegistry {

    static final String FILE = "speakers.tsv";

    /** One canonical speaker. */
    public record Entry(String key, String name, SpeakerType type, List<String> aliases, List<String> rawKeys,
                        long paragraphs, long articles, LocalDate first, LocalDate last) {
    }

    /** The entries, in order; for a registry read from its file, parsed when first needed (see {@link #load}). */
    private List<Entry> entries;
    private Map<String, Entry> byRawKey;
    /** The file's lines while not all parsed, and raw key → line: enough to name the speakers of a few hits. */
    private List<String> lines;
    private Map<String, Integer> lineOfRawKey;
    /** Rebuilds from the index, should a line of the file turn out to be damaged when parsed. */
    private java.util.function.Supplier<List<Entry>> rebuild;

    /** Folded alias → speakers, name-part skeleton → speakers, initials → speakers: built on first {@link #match}. */
    private Map<String, List<Entry>> byAlias;
    private Map<String, List<Entry>> byPart;
    private Map<String, List<Entry>> byInitials;

    private SpeakerRegistry(List<Entry> entries) {
        setEntries(entries);
    }

    private SpeakerRegistry(List<String> lines, Map<String, Integer> lineOfRawKey,
                            java.util.function.Supplier<List<Entry>> rebuild) {
        this.lines = lines;
        this.lineOfRawKey = lineOfRawKey;
        this.rebuild = rebuild;
    }

    private void setEntries(List<Entry> list) {
        Map<String, Entry> raw = new HashMap<>();
        for (Entry e : list) {
            e.rawKeys().forEach(k -> raw.put(k, e));
        }
        entries = List.copyOf(list);
        byRawKey = raw;
        lines = null;
        lineOfRawKey = null;
        rebuild = null;
    }

    /** Every entry parsed (once): listing and matching names need them all. */
    private synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> list = new ArrayList<>(lines.size());
            try {
                for (String line : lines) {
                    list.add(parseLine(line));
                }
            } catch (RuntimeException damaged) {
                list = rebuild.get();
            }
            setEntries(list);
        }
        return entries;
    }

    private synchronized void buildLookups() {
        if (byAlias != null) {
            return;
        }
        Map<String, List<Entry>> alias = new HashMap<>();
        Map<String, List<Entry>> part = new HashMap<>();
        Map<String, List<Entry>> initials = new HashMap<>();
        for (Entry e : entries()) {
            addTo(alias, e.key(), e);
            for (String a : e.aliases()) {
                addTo(alias, Names.fold(a), e);
                for (String p : Names.coreParts(a)) {
                    addTo(part, Names.skeleton(p), e);
                }
                String i = Names.initials(a);
                if (!i.isEmpty()) {
                    addTo(initials, i, e);
                }
            }
        }
        byPart = part;
        byInitials = initials;
        byAlias = alias;
    }

    private static void addTo(Map<String, List<Entry>> map, String key, Entry e) {
        List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    public List<Entry> all() {
        return entries();
    }

    /** The canonical speaker an article-level key belongs to. */
    public synchronized Entry canonical(String rawKey) {
        if (entries == null) {
            Integer line = lineOfRawKey.get(rawKey);
            if (line == null) {
                return null;
            }
            try {
                return parseLine(lines.get(line));
            } catch (RuntimeException damaged) {
                entries();
            }
        }
        return byRawKey.get(rawKey);
    }

    /**
     * Speakers a user's name refers to: a full name or alias (case and accents aside), a surname or
     * other single name part (spelling variants allowed), an acronym, or a compatible person name.
     */
    public List<Entry> match(String query) {
        buildLookups();
        String q = Names.fold(query.strip());
        List<String> qParts = Names.coreParts(query);
        List<Entry> exact = new ArrayList<>(byAlias.getOrDefault(q, List.of()));
        Set<Entry> candidates = new LinkedHashSet<>();
        for (String p : qParts) {
            candidates.addAll(byPart.getOrDefault(Names.skeleton(p), List.of()));
        }
        candidates.addAll(byInitials.getOrDefault(query.strip(), List.of()));
        List<Entry> loose = new ArrayList<>();
        for (Entry e : entries()) {
            if (!candidates.contains(e) || exact.contains(e)) {
                continue;
            }
            if (qParts.isEmpty()) {
                continue;
            }
            boolean hit = false;
            for (String alias : e.aliases()) {
                List<String> parts = Names.coreParts(alias);
                if (qParts.size() == 1 && parts.stream().anyMatch(p -> Names.sameWord(p, qParts.get(0)))) {
                    hit = true;
                } else if (qParts.size() > 1 && e.type() == SpeakerType.PERSON && Names.compatiblePersons(query, alias)) {
                    hit = true;
                } else if (qParts.size() > 1 && qParts.stream().allMatch(w -> parts.stream().anyMatch(p -> Names.sameWord(p, w)))) {
                    hit = true;
                } else if (query.strip().equals(Names.initials(alias))) {
                    hit = true;
                }
                if (hit) {
                    break;
                }
            }
            if (hit) {
                loose.add(e);
            }
        }
        if (qParts.size() <= 1) {
            // a surname or single name: everyone who bears it (Sharif: Nawaz, Shehbaz and a bare Sharif); other
            // spellings of it (Mahmood for Mehmood) only when nobody bears it as written: Baker is not Beker or Booker
            List<Entry> asWritten = loose.stream().filter(e -> bearsAsWritten(e, qParts)).toList();
            exact.addAll(asWritten.isEmpty() ? loose : asWritten);
            return exact;
        }
        return exact.isEmpty() ? loose : exact;
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

    // ---- building ----

    /** Statistics of one article-level key. */
    private static final class Raw {
        final String key;
        SpeakerType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        long paragraphs;
        final Set<String> articles = new HashSet<>();
        LocalDate first;
        LocalDate last;
        final Map<SpeakerType, Long> typeVotes = new HashMap<>();

        int coreSize;

        Raw(String key) {
            this.key = key;
        }

        int coreSize() {
            return coreSize;
        }
    }

    /**
     * Gathers article-level speakers, paragraph by paragraph, and merges them into a registry: fed from
     * doc values by {@link #build(IndexReader)}, or by the indexer as it goes when one run writes the whole
     * index. Thread-safe.
     */
    public static final class Builder {
        private final Map<String, Raw> raws = new HashMap<>();
        private final Map<String, Integer> coreSizes = new HashMap<>();

        /** One paragraph's speakers (the first speaker of each key counts, as in the index). */
        public synchronized void addParagraph(List<Attribution> attributions, String article, LocalDate date) {
            Set<String> seen = new HashSet<>();
            for (Attribution a : attributions) {
                if (seen.add(a.speaker().key())) {
                    add(a.speaker(), article, date);
                }
            }
        }

        synchronized void add(Speaker sp, String article, LocalDate date) {
            Raw r = raws.computeIfAbsent(sp.key(), Raw::new);
            int size = coreSizes.computeIfAbsent(sp.name(), n -> Names.coreParts(n).size());
            if (r.name == null || size > r.coreSize() || (size == r.coreSize() && sp.name().compareTo(r.name) < 0)) {
                r.name = sp.name();
                r.coreSize = size;
            }
            if (r.aliases.size() < sp.aliases().size() || !r.aliases.containsAll(sp.aliases())) {
                r.aliases.addAll(sp.aliases());
            }
            r.typeVotes.merge(sp.type(), 1L, Long::sum);
            r.paragraphs++;
            r.articles.add(article);
            if (date != null) {
                r.first = r.first == null || date.isBefore(r.first) ? date : r.first;
                r.last = r.last == null || date.isAfter(r.last) ? date : r.last;
            }
        }

        public synchronized SpeakerRegistry build() {
            List<Raw> all = new ArrayList<>(raws.values());
            // the same input in any order gives the same registry
            all.sort(Comparator.comparing(r -> r.key));
            for (Raw r : all) {
                r.type = r.typeVotes.entrySet().stream()
                        .max(Map.Entry.<SpeakerType, Long>comparingByValue().thenComparing(Map.Entry::getKey))
                        .orElseThrow().getKey();
            }
            return new SpeakerRegistry(merge(all));
        }
    }

    /** Reads every paragraph's speaker entries from doc values and merges them across articles. */
    public static SpeakerRegistry build(IndexReader reader) throws IOException {
        Builder builder = new Builder();
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            SortedSetDocValues entries = leaf.getSortedSetDocValues(Schema.SPEAKER_ENTRY);
            if (entries == null) {
                continue;
            }
            SortedSetDocValues articles = leaf.getSortedSetDocValues(Schema.ARTICLE);
            SortedNumericDocValues dates = leaf.getSortedNumericDocValues(Schema.DATE);
            Bits live = leaf.getLiveDocs();
            Map<Long, Speaker> parsed = new HashMap<>();
            long lastArticleOrd = -1;
            String article = "";
            for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (articles != null && articles.advanceExact(doc)) {
                    long ord = articles.nextOrd();
                    if (ord != lastArticleOrd) {
                        // an article's paragraphs are indexed together: one lookup per article
                        article = articles.lookupOrd(ord).utf8ToString();
                        lastArticleOrd = ord;
                    }
                }
                LocalDate date = dates != null && dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()) : null;
                for (int i = 0; i < entries.docValueCount(); i++) {
                    long ord = entries.nextOrd();
                    Speaker sp = parsed.computeIfAbsent(ord, o -> {
                        try {
                            return Schema.parseEntry(entries.lookupOrd(o).utf8ToString());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    builder.add(sp, article, date);
                }
            }
        }
        return builder.build();
    }

    /** Union of article-level speakers that name one entity. */
    private static List<Entry> merge(List<Raw> raws) {
        int n = raws.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // 1. the same written name of several words ("Pakistan Institute for Conflict and Security Studies"), or
        //    the same acronym of an organisation; one word alone ("Smith", "National") names too many to link by
        Map<String, Integer> byAlias = new HashMap<>();
        for (int i = 0; i < n; i++) {
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
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < n; i++) {
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
        for (int i = 0; i < n; i++) {
            Raw r = raws.get(i);
            if (r.type == SpeakerType.PERSON) {
                continue;
            }
            for (String alias : r.aliases) {
                List<Integer> owners = byInitials.getOrDefault(alias, List.of());
                // a bare acronym joins its long form only when it is long enough and names one organisation
                // (CD could be Control Data or China Daily: it joins neither)
                Set<String> longForms = new HashSet<>();
                owners.forEach(j -> longForms.add(Names.fold(raws.get(j).name)));
                if (alias.length() >= 3 && longForms.size() == 1) {
                    for (int j : owners) {
                        union(parent, i, j);
                    }
                }
            }
        }
        // 2. persons with full names that can be one person: same surname, given names that agree
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < n; i++) {
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
            // 3. a bare surname joins the one person of that surname; with two (Nawaz and Shehbaz Sharif) it stays apart
            Set<Integer> clusters = new HashSet<>();
            full.forEach(i -> clusters.add(find(parent, i)));
            if (clusters.size() == 1) {
                int target = clusters.iterator().next();
                group.stream().filter(i -> raws.get(i).coreSize() <= 1).forEach(i -> union(parent, target, i));
            }
        }
        Map<Integer, List<Raw>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(raws.get(i));
        }
        List<Entry> out = new ArrayList<>();
        for (List<Raw> members : clusters.values()) {
            out.add(entry(members));
        }
        out.sort(Comparator.comparingLong(Entry::paragraphs).reversed().thenComparing(Entry::key));
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
        Set<String> articles = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        List<String> rawKeys = new ArrayList<>();
        for (Raw r : members) {
            rawKeys.add(r.key);
            r.aliases.forEach(a -> aliases.putIfAbsent(Names.fold(a), a));
            votes.merge(r.type, r.paragraphs, Long::sum);
            paragraphs += r.paragraphs;
            articles.addAll(r.articles);
            first = r.first == null ? first : first == null || r.first.isBefore(first) ? r.first : first;
            last = r.last == null ? last : last == null || r.last.isAfter(last) ? r.last : last;
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

    // ---- persistence ----

    /**
     * Builds the registry of the directory's last commit (or takes {@code gathered}, built from every paragraph's
     * speakers by the run that made the commit) and writes it beside the index, atomically.
     * The file is tab-separated text (first line {@code generation N}), so that reading it at the start of a
     * search costs no JSON machinery.
     */
    static void write(Directory dir, Path indexDir, SpeakerRegistry gathered) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            SpeakerRegistry registry = gathered != null ? gathered : build(reader);
            StringBuilder b = new StringBuilder();
            for (Entry e : registry.entries()) {
                b.append(clean(e.key())).append('\t').append(clean(e.name())).append('\t').append(e.type().label())
                        .append('\t').append(e.paragraphs()).append('\t').append(e.articles())
                        .append('\t').append(e.first() == null ? "" : e.first().toString())
                        .append('\t').append(e.last() == null ? "" : e.last().toString())
                        .append('\t').append(String.join(ALIAS_SEPARATOR, e.aliases().stream().map(SpeakerRegistry::clean).toList()))
                        .append('\t').append(String.join(ALIAS_SEPARATOR, e.rawKeys().stream().map(SpeakerRegistry::clean).toList()))
                        .append('\n');
            }
            CommitFile.write(indexDir, FILE, reader.getIndexCommit().getGeneration(), b);
        }
    }

    private static final String ALIAS_SEPARATOR = "\u001E";

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace("\u001E", " ");
    }

    /**
     * The registry for the reader's commit: from the file when it belongs to that commit, else rebuilt.
     * From the file, only the raw keys are read at once; an entry is parsed when asked for, and all of them
     * when a name is matched or the list is wanted, so that a search that only names its hits' speakers
     * does not parse thousands of entries.
     */
    public static SpeakerRegistry load(DirectoryReader reader, Path indexDir) throws IOException {
        List<String> lines = CommitFile.read(indexDir, FILE, reader);
        if (lines != null) {
            Map<String, Integer> lineOfRawKey = new HashMap<>(lines.size() * 2);
            boolean sound = true;
            for (int i = 0; i < lines.size() && sound; i++) {
                String line = lines.get(i);
                int tab = line.lastIndexOf('\t');
                sound = tab > 0 && countTabs(line) == 8;
                if (sound) {
                    for (String key : line.substring(tab + 1).split(ALIAS_SEPARATOR)) {
                        lineOfRawKey.put(key, i);
                    }
                }
            }
            if (sound) {
                return new SpeakerRegistry(lines, lineOfRawKey, () -> {
                    try {
                        return build(reader).entries();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            // a damaged line: rebuild from the index
        }
        return build(reader);
    }

    private static int countTabs(String line) {
        int n = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        return n;
    }

    private static Entry parseLine(String line) {
        String[] f = line.split("\t", -1);
        return new Entry(f[0], f[1], SpeakerType.parse(f[2]), List.of(f[7].split(ALIAS_SEPARATOR)),
                List.of(f[8].split(ALIAS_SEPARATOR)), Long.parseLong(f[3]), Long.parseLong(f[4]),
                f[5].isEmpty() ? null : LocalDate.parse(f[5]), f[6].isEmpty() ? null : LocalDate.parse(f[6]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpeakerRegistry(%d speakers)", entries().size());
    }
}
