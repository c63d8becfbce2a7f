import dev.passages.attribution.SpeakerType;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;
import dev.passages.search.SortOrder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Query latency of passages in one warm process: opens the index once with PassageSearcher, runs
 * WARMUP queries untimed, then N timed queries (one at a time, limit 10, highlighting and stored
 * fields included, as the CLI does) drawn from a fixed mix:
 *
 * <ul>
 *   <li>term: one or two plain words (any may match);</li>
 *   <li>phrase: a "quoted phrase";</li>
 *   <li>speaker: a plain word filtered to one of the most frequent company speakers of the
 *       index, or of BENCH_SPEAKERS (comma-separated); a tenth of them with no query text: the
 *       speaker's passages in date order;</li>
 *   <li>date: a plain word or phrase within a random window of one to twelve months.</li>
 * </ul>
 *
 * <pre>java -cp passages.jar:classes QueryLatency INDEX_DIR FIRST_YEAR LAST_YEAR [N] [WARMUP] [SEED]</pre>
 *
 * stdout: one line per kind and one for all, "kind count p50_ms p99_ms mean_ms avg_hits";
 * stderr: the speakers chosen.
 */
public final class QueryLatency {

    static final String[] TERMS = {
        "oil", "wheat", "coffee", "gold", "dollar", "yen", "bank", "inflation", "tariff", "dividend",
        "merger", "acquisition", "shares", "profit", "loss", "exports", "imports", "grain", "sugar", "cocoa",
        "crude", "opec", "bonds", "treasury", "deficit", "surplus", "unemployment", "copper", "steel",
        "soybeans", "corn", "rice", "cattle", "shipping", "strike", "takeover", "stake", "debt", "loan",
        "brazil", "japan", "germany", "reagan", "volcker", "baker", "fed", "rates", "earnings", "revenues",
        "quarter", "tin", "rubber", "cotton", "livestock", "reserves", "currency", "budget", "tax",
        "oil prices", "trade deficit", "bank loans", "wheat exports", "coffee quota", "dollar yen",
        "interest rates", "share offer", "crude output", "sugar crop",
    };
    static final String[] PHRASES = {
        "oil prices", "interest rates", "trade deficit", "money supply", "federal reserve", "net income",
        "stock split", "crude oil", "central bank", "exchange rates", "tender offer", "per share",
        "first quarter", "common stock", "budget deficit", "foreign exchange", "west germany",
        "european community", "world bank", "finance minister", "natural gas", "trade surplus",
        "prime rate", "agriculture department", "securities and exchange commission",
    };
    static final String[] KINDS = {"term", "phrase", "speaker", "date"};

    record Query(String kind, SearchRequest request) {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs arg = BenchArgs.of(args, 3, "QueryLatency INDEX_DIR FIRST_YEAR LAST_YEAR [N] [WARMUP] [SEED]");
        Path index = arg.path(0);
        int firstYear = arg.count(1);
        int lastYear = arg.count(2);
        int n = arg.count(3, 1000);
        int warmup = arg.count(4, 200);
        long seed = arg.number(5, 42);

        try (PassageSearcher searcher = new PassageSearcher(index)) {
            List<String> speakers = topOrganisations(searcher.speakers(), 8);
            System.err.println("query-latency: speakers used in filters: " + speakers);
            Random random = new Random(seed);
            List<Query> warm = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                warm.add(next(random, speakers, firstYear, lastYear));
            }
            List<Query> timed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                timed.add(next(random, speakers, firstYear, lastYear));
            }
            long sink = 0;
            for (Query q : warm) {
                sink += searcher.search(q.request()).hits().size();
            }
            Map<String, List<Long>> times = new LinkedHashMap<>();
            Map<String, Long> hits = new LinkedHashMap<>();
            for (String k : KINDS) {
                times.put(k, new ArrayList<>());
                hits.put(k, 0L);
            }
            List<Long> all = new ArrayList<>();
            List<Map.Entry<Long, String>> slowest = new ArrayList<>();
            for (Query q : timed) {
                long t0 = System.nanoTime();
                SearchResult r = searcher.search(q.request());
                long dt = System.nanoTime() - t0;
                sink += r.hits().size();
                times.get(q.kind()).add(dt);
                hits.merge(q.kind(), r.total(), Long::sum);
                all.add(dt);
                slowest.add(Map.entry(dt, q.kind() + " " + q.request().query() + " " + q.request().speakers()
                        + (q.request().from() != null ? " from " + q.request().from() : "") + ": " + r.total()
                        + " matches" + (r.suggestion() != null ? ", suggestion " + r.suggestion() : "")));
            }
            slowest.sort(Map.Entry.<Long, String>comparingByKey().reversed());
            for (Map.Entry<Long, String> e : slowest.subList(0, Math.min(12, slowest.size()))) {
                System.err.printf(Locale.ROOT, "query-latency: slow: %.2f ms %s%n", e.getKey() / 1e6, e.getValue());
            }
            for (String k : KINDS) {
                print(k, times.get(k), hits.get(k));
            }
            print("all", all, hits.values().stream().mapToLong(Long::longValue).sum());
            if (sink < 0) {
                System.err.println(sink);
            }
        }
    }

    /** Company-like organisation names: what a Reuters reader filters by. */
    static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
            "(?i).*\\b(corp|corporation|inc|co|ltd|plc|ag|group|bank|bancorp|airlines|motors)\\.?$");

    /**
     * Speakers for the filters: BENCH_SPEAKERS (comma-separated) when set; otherwise the companies
     * with the most paragraphs, topped up with other organisations if there are fewer than three.
     */
    static List<String> topOrganisations(SpeakerRegistry registry, int count) {
        String env = System.getenv("BENCH_SPEAKERS");
        if (env != null && !env.isBlank()) {
            return Arrays.stream(env.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
        List<SpeakerRegistry.Entry> orgs = registry.all().stream()
                .filter(e -> e.type() == SpeakerType.ORGANIZATION)
                .filter(e -> e.name() != null && e.name().length() > 2)
                .sorted(Comparator.comparingLong(SpeakerRegistry.Entry::paragraphs).reversed())
                .toList();
        List<String> names = new ArrayList<>(orgs.stream().filter(e -> e.name().contains(" ") && COMPANY.matcher(e.name()).matches())
                .limit(count).map(SpeakerRegistry.Entry::name).toList());
        for (SpeakerRegistry.Entry e : orgs) {
            if (names.size() >= 3) {
                break;
            }
            if (!names.contains(e.name())) {
                names.add(e.name());
            }
        }
        if (names.isEmpty()) {
            names.add("Reuters");
        }
        return names;
    }

    static Query next(Random r, List<String> speakers, int firstYear, int lastYear) {
        int roll = r.nextInt(100);
        if (roll < 35) {
            return new Query("term", request(pick(r, TERMS), List.of(), null, null));
        }
        if (roll < 60) {
            return new Query("phrase", request('"' + pick(r, PHRASES) + '"', List.of(), null, null));
        }
        if (roll < 80) {
            String speaker = speakers.get(r.nextInt(speakers.size()));
            String text = r.nextInt(10) == 0 ? "" : pick(r, TERMS);
            return new Query("speaker", request(text, List.of(speaker), null, null));
        }
        int year = firstYear + r.nextInt(lastYear - firstYear + 1);
        LocalDate from = LocalDate.of(year, 2 + r.nextInt(8), 1);
        LocalDate to = from.plusMonths(1 + r.nextInt(12)).minusDays(1);
        String text = r.nextBoolean() ? pick(r, TERMS) : '"' + pick(r, PHRASES) + '"';
        return new Query("date", request(text, List.of(), from, to));
    }

    static SearchRequest request(String text, List<String> speakers, LocalDate from, LocalDate to) {
        return new SearchRequest(text, speakers, from, to, SortOrder.RELEVANCE, 10);
    }

    static String pick(Random r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    static void print(String kind, List<Long> nanos, long totalHits) {
        if (nanos.isEmpty()) {
            System.out.printf(Locale.ROOT, "%s 0 - - - -%n", kind);
            return;
        }
        long[] s = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%s %d %.2f %.2f %.2f %d%n", kind, s.length, pct(s, 50) / 1e6, pct(s, 99) / 1e6,
                mean, totalHits / s.length);
    }

    /** Nearest-rank percentile. */
    static long pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
