package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerCodec;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of every passage a request matches: by period of the article date (a histogram), by speaker and by
 * outlet (facets), read from doc values without loading a document.
 */
public final class Facets {

    /** The length of a histogram's bars. */
    public enum Period { DAY, MONTH, YEAR }

    /** A name and how many matching passages carry it. */
    public record Count(String key, String name, long count) {
    }

    /**
     * The counts of one request: {@code periods} in date order (periods without a match left out),
     * {@code speakers} and {@code sources} most frequent first, at most {@code top} of each; {@code undated} the
     * matches without a date; {@code partial} when the budget ran out before every match was counted.
     */
    public record Counts(long total, long undated, Map<String, Long> periods, List<Count> speakers, List<Count> sources,
                         boolean partial) {
    }

    private Facets() {
    }

    /** The counts of the passages {@code request} matches (its limit, offset and order aside). */
    public static Counts count(PassageSearcher searcher, SearchRequest request, Period by, int top, QueryBudget budget) {
        return searcher.checked(() -> {
            IndexSearcher index = new IndexSearcher(searcher.indexSearcher().getIndexReader());
            index.setTimeout(budget);
            try {
                Tally tally = index.search(searcher.query(request), new Manager(by));
                return counts(tally.total, tally.undated, tally.periods, tally.speakers, tally.sources, searcher.speakers(),
                        top, index.timedOut());
            } catch (IOException e) {
                throw searcher.damaged("reading", e);
            }
        });
    }

    /**
     * The counts of tallies read from any index: {@code speakers} by raw (article-level) key, named here by
     * {@code registry} (spellings of one speaker summed), {@code periods} labelled as {@link #label} makes them.
     */
    public static Counts counts(long total, long undated, Map<String, Long> periods, Map<String, Long> speakers,
                                Map<String, Long> sources, SpeakerRegistry registry, int top, boolean partial) {
        Map<String, Count> named = new HashMap<>();
        speakers.forEach((raw, n) -> {
            SpeakerRegistry.Entry e = registry.canonical(raw);
            String key = e == null ? raw : e.key();
            Count was = named.get(key);
            named.put(key, new Count(key, e == null ? raw : e.name(), n + (was == null ? 0 : was.count())));
        });
        List<Count> outlets = new ArrayList<>();
        sources.forEach((name, n) -> outlets.add(new Count(name, name, n)));
        return new Counts(total, undated, new TreeMap<>(periods), most(named.values(), top), most(outlets, top), partial);
    }

    private static List<Count> most(Collection<Count> counts, int top) {
        return counts.stream().sorted(Comparator.comparingLong(Count::count).reversed()
                .thenComparing(Count::name)).limit(Math.max(0, top)).toList();
    }

    /** The label of the period {@code day} falls in: {@code 2023-11-08}, {@code 2023-11} or {@code 2023}. */
    public static String label(LocalDate day, Period by) {
        return switch (by) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
    }

    /** The counts so far: raw (article-level) speaker keys until the registry names them. */
    private static final class Tally {
        long total;
        long undated;
        final Map<String, Long> periods = new TreeMap<>();
        final Map<String, Long> speakers = new HashMap<>();
        final Map<String, Long> sources = new HashMap<>();

        void add(Tally other) {
            total += other.total;
            undated += other.undated;
            other.periods.forEach((k, v) -> periods.merge(k, v, Long::sum));
            other.speakers.forEach((k, v) -> speakers.merge(k, v, Long::sum));
            other.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
        }
    }

    private record Manager(Period by) implements CollectorManager<Counter, Tally> {
        @Override
        public Counter newCollector() {
            return new Counter(by);
        }

        @Override
        public Tally reduce(Collection<Counter> collectors) {
            Tally all = new Tally();
            collectors.forEach(c -> all.add(c.tally));
            return all;
        }
    }

    /**
     * Counts each matching document of each segment by its doc values: by day, outlet ordinal and speaker
     * ordinal in arrays and maps of primitives, turned into names once per segment.
     */
    private static final class Counter implements Collector {
        final Tally tally = new Tally();
        private final Period by;

        Counter(Period by) {
            this.by = by;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedNumericDocValues dates = context.reader().getSortedNumericDocValues(Schema.DATE);
            SortedDocValues sources = context.reader().getSortedDocValues(Schema.SOURCE);
            SortedSetDocValues speakers = context.reader().getSortedSetDocValues(Schema.SPEAKER_ENTRY);
            Map<Long, long[]> days = new HashMap<>();
            long[] sourceCounts = sources == null ? null : new long[sources.getValueCount()];
            long[] speakerCounts = speakers == null ? null : new long[(int) Math.min(Integer.MAX_VALUE, speakers.getValueCount())];
            return new LeafCollector() {
                private long lastDay = Long.MIN_VALUE;
                private long[] lastCount;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    tally.total++;
                    if (dates != null && dates.advanceExact(doc)) {
                        long day = dates.nextValue();
                        if (day != lastDay) {
                            lastDay = day;
                            lastCount = days.computeIfAbsent(day, d -> new long[1]);
                        }
                        lastCount[0]++;
                    } else {
                        tally.undated++;
                    }
                    if (sources != null && sources.advanceExact(doc)) {
                        sourceCounts[sources.ordValue()]++;
                    }
                    // a paragraph holds one entry per speaker (Schema indexes each key once)
                    if (speakers != null && speakers.advanceExact(doc)) {
                        for (int i = 0; i < speakers.docValueCount(); i++) {
                            speakerCounts[(int) speakers.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    Map<Long, String> labels = new HashMap<>();
                    days.forEach((day, n) -> tally.periods.merge(labels.computeIfAbsent(day,
                            d -> label(LocalDate.ofEpochDay(d), by)), n[0], Long::sum));
                    for (int ord = 0; sourceCounts != null && ord < sourceCounts.length; ord++) {
                        if (sourceCounts[ord] > 0) {
                            tally.sources.merge(sources.lookupOrd(ord).utf8ToString(), sourceCounts[ord], Long::sum);
                        }
                    }
                    for (int ord = 0; speakerCounts != null && ord < speakerCounts.length; ord++) {
                        if (speakerCounts[ord] > 0) {
                            String raw = SpeakerCodec.parseEntry(speakers.lookupOrd(ord).utf8ToString()).key();
                            tally.speakers.merge(raw, speakerCounts[ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
