package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.search.Features;
import dev.passages.backend.Backend;
import dev.passages.search.SearchRequest;
import dev.passages.search.Sanitize;
import dev.passages.search.SearchResult;
import dev.passages.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;

/** {@code passages search}: ranked passages for a query. */
@Command(name = "search",
        description = {
            "Search the index and print ranked passages (paragraphs) with their article, date and source.",
            "",
            "QUERY uses Lucene's classic syntax; plain words just work (any word may match, passages with more of"
                + " them, and with them close together, rank higher). Also: \"exact phrase\", AND / OR / NOT in capitals (in lower case"
                + " they are words), +required -excluded (a query of exclusions alone, 'NOT refugees', matches every passage"
                + " without them, in date order as a listing), wildcards (refug*), fuzzy (Ashrfi~), and fields: text:, title:,"
                + " source:, article:, id:, speaker: (a speaker's name as each article writes it, in any spelling; no wildcards). A field is one more word to"
                + " match, not a filter: 'speaker:Kakar refugees' finds refugees said by anyone, and Kakar's other"
                + " passages; 'refugees --speaker Kakar' (or 'speaker:Kakar AND refugees') only Kakar's. Words are stemmed (hideouts matches"
                + " hideout; a pattern matches words as written, refug?es too) and accents folded; speakers' names count too, so 'Ashrafi refugees' finds paragraphs"
                + " where Ashrafi speaks as 'he said'.",
            "",
            "With the default index, the first search indexes corpus/ when there is no index yet, and rebuilds it"
                + " when it was written by a passages with another schema (an index named with --index is only"
                + " reported, for you to rebuild).",
        },
        footer = {
            "  passages search \"TTP hideouts\"",
            "  passages search '\"safe havens\" OR hideouts' --from 2023-11 --to 2023-12",
            "  passages search refugees --sort date --limit 5 --format jsonl",
            "  passages search --speaker Ashrafi",
            "  passages search refugees --speaker Ashrafi --format json",
            "  passages search 'title:deportation' --format tsv > hits.tsv",
            "  passages search refugees --count",
            "  passages search Pakistan --limit 10 --offset 10",
            "  passages search refugees --group article",
            "  printf 'TTP hideouts\\nrefugees\\n' | passages search --batch -",
        })
final class SearchCommand extends BaseCommand implements PrefetchedCommand {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query text; several words are joined with spaces.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N",
            description = "Number of passages to print (default: " + RequestParts.QUERY_LIMIT + " for a query, " + RequestParts.LISTING_LIMIT
                + " for a listing by --speaker or dates without query text).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N passages (or articles, with --group article): --offset 10 --limit 10 shows"
                + " ranks 11 to 20. With --offset, jsonl ends with a summary object {\"summary\": true, total, ...}"
                + " and tsv with a line '#total N ...' after the rows.")
    int offset;

    @Option(names = {"-s", "--speaker"}, paramLabel = "NAME",
            description = "Only passages this speaker speaks in: a surname (Ashrafi), full name, alias or acronym, any"
                + " spelling, case and accents aside. Repeat for any of several speakers. Without QUERY, lists the"
                + " speaker's passages in date and paragraph order.")
    List<String> speakers;

    @Option(names = "--with-spokespeople",
            description = "With --speaker naming an organisation: also the passages of the people articles give a"
                + " post in it (its spokesperson, minister, director...: 'Reed, the spokesman of X', 'X spokeswoman"
                + " Ana Ruiz'), as 'passages speakers' lists them under affiliations.")
    boolean withSpokespeople;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD.")
    String to;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default), date (newest first) or chronological (oldest first).")
    SortOrder sort;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Which ranking: bm25 (the query's words), semantic (the passages nearest in meaning to the"
                + " query, by their vectors) or hybrid (both, fused). Default: hybrid on an index that keeps vectors"
                + " (passages index --semantic), bm25 on others; semantic or hybrid on an index without vectors is"
                + " refused (exit 2). In json, each hit's found_by says which side found it.")
    dev.passages.search.SearchMode mode;

    @Mixin
    FormatOption output;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "Run many queries in one process: one per line of FILE (- for standard input), plain query"
                + " text or a JSON object {\"id\", \"query\", \"speaker\" or \"speakers\", \"with_spokespeople\", \"from\","
                + " \"to\", \"limit\", \"offset\", \"sort\"}; blank lines and lines starting with # are skipped."
                + " Prints one JSON result set per line (with --count, {id, query, total}), in input order; a bad query"
                + " gives an error object with the line's id and the rest still run. Options given on the command line"
                + " are the defaults of every query; --format text and tsv are refused. A line longer"
                + " than 1 MB, or not UTF-8, gives an error object naming it; a NUL byte ends the input (it is not text).")
    String batch;

    @Option(names = "--all-copies", description = "Show every copy of a report published by several outlets; by"
            + " default near-duplicate paragraphs are folded into the best-ranked one, listed as 'also reported by'.")
    boolean allCopies;

    @Option(names = "--synonyms", description = "Also match the curated concept synonyms (hideout: sanctuary, safe"
            + " haven; deport: expel, repatriate) and the nouns a word makes with a particle (hide: hideout, crack:"
            + " crackdown). Off by default: on our judged queries they lowered ranking quality.")
    boolean synonyms;

    @Option(names = "--exact", description = "Match words only as written: no spelling variants of names, no acronym"
            + " expansion.")
    boolean exact;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Most time a search may spend collecting its matches (default: ${DEFAULT-VALUE}; 0 for no"
                + " limit). A search that runs out of time prints the hits found so far, says so on stderr, and in"
                + " JSON has \"partial\": true.")
    double timeout;

    /** The budget of one search from the --timeout given. */
    static dev.passages.search.QueryBudget budget(double seconds) {
        return seconds == 0 ? dev.passages.search.QueryBudget.unlimited()
                : dev.passages.search.QueryBudget.of(java.time.Duration.ofNanos((long) (seconds * 1e9)));
    }

    @Option(names = "--group", paramLabel = "BY",
            description = "article: one entry per article, ranked by its best passage, with up to "
                + dev.passages.search.ArticleGroups.PER_ARTICLE + " of its best passages; --limit and --offset then"
                + " count articles. Text, json (\"groups\") or jsonl (one article a line).")
    GroupBy group;

    enum GroupBy { ARTICLE }

    @Option(names = {"-c", "--count"}, description = "Print only the number of matching passages.")
    boolean count;

    @Option(names = "--fields", paramLabel = "LIST", split = ",",
            description = "Hit fields to print in json, jsonl and tsv, in order: rank, id, article, paragraph, date,"
                + " title, source, url, byline, score, text, highlights, speakers (default: all). Refused in text output.")
    List<String> fields;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Mark matches in bold: auto (on a terminal, unless NO_COLOR is set), always or never."
                + " Without colour, matches are marked [[like this]].")
    ColorChoice color;

    enum ColorChoice { AUTO, ALWAYS, NEVER }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        checkOptions();
        String text = words == null ? "" : String.join(" ", words);
        RequestParts parts = RequestParts.COMMAND_LINE;
        SearchRequest request = parts.request(text, speakers, from == null ? null : parts.from(from),
                to == null ? null : parts.to(to), sort, limit, allCopies, offset).withMode(mode)
                .withSpokespeople(withSpokespeople);
        if (withSpokespeople && request.speakers().isEmpty() && batch == null) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--with-spokespeople needs --speaker ORGANISATION");
        }
        Features features = exact ? new Features(false, false, synonyms, synonyms)
                : new Features(Features.DEFAULT.variants(), Features.DEFAULT.acronyms(), synonyms, synonyms);
        try (Backend searcher = common.openBackend(env, err, features)) {
            if (batch != null) {
                return runBatch(searcher, request, out);
            }
            if (count) {
                return printCount(searcher, request, out, err);
            }
            if (group != null) {
                return printGroups(searcher, request, out, err);
            }
            return printHits(searcher, request, out, err);
        }
    }

    /** Refuses options that are unknown, out of range or do not go together. */
    private void checkOptions() {
        if (fields != null) {
            for (String f : fields) {
                if (!Json.HIT_FIELDS.contains(f)) {
                    throw new PassagesException(PassagesException.Kind.USAGE,
                            "--fields: unknown field '" + f + "'; choose from " + String.join(",", Json.HIT_FIELDS));
                }
            }
        }
        OutputChecks.refuseUnsupported(batch != null, output.format, given("--format"), fields != null, group != null, count);
        if (batch != null && words != null && !words.isEmpty()) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "give either QUERY or --batch, not both");
        }
        if (!(timeout >= 0) || timeout > 86_400) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--timeout must be from 0 (no limit) to 86400 seconds, not " + timeout);
        }
    }

    /** {@code --count}: the number of passages that match. */
    private int printCount(Backend searcher, SearchRequest request, PrintWriter out, PrintWriter err) {
        long total = searcher.count(request);
        // none: what a search would have said of it (a speaker no one is, a word respelled), so that a typo in a
        // script is not a silent 0; else only the hints on the query's wording
        say(total == 0 ? searcher.search(request.withLimit(0), budget(timeout).endingWhen(env.callerGone())).notes()
                : dev.passages.search.QueryHints.of(request.query()), err);
        if (output.format == OutputFormat.JSON || output.format == OutputFormat.JSONL) {
            Map<String, Object> m = Json.object();
            m.put("query", request.query());
            m.put("total", total);
            out.println(new Json().write(m));
        } else {
            out.println(total);
        }
        out.flush();
        return total > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
    }

    /** {@code --group}: the passages found, article by article. */
    private int printGroups(Backend searcher, SearchRequest request, PrintWriter out, PrintWriter err) {
        dev.passages.search.ArticleGroups.Result grouped = dev.passages.search.ArticleGroups.search(
                searcher::search, request, budget(timeout).endingWhen(env.callerGone()));
        say(grouped.passages().notes(), err);
        new GroupPrinter(new HitPrinter(out, output.format, useColor(), fields).withWidth(env.columns()), out, output.format, fields)
                .print(request, grouped);
        return grouped.passages().total() > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
    }

    /** The passages found, one after another. */
    private int printHits(Backend searcher, SearchRequest request, PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        SearchResult result = searcher.search(request, budget(timeout).endingWhen(env.callerGone()));
        if (common.debug) {
            String loaded = dev.passages.embedding.ModelLibrary.loadedSince(started);
            if (loaded != null) {
                err.println("passages: " + loaded);
            }
        }
        say(result.notes(), err);
        new HitPrinter(out, output.format, useColor(), fields).withSummary(given("--offset")).withWidth(env.columns())
                .print(result);
        return result.total() > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
    }

    /** Says the search's notes on {@code err}, each one line after "passages: ". */
    private static void say(List<String> notes, PrintWriter err) {
        notes.forEach(note -> err.println("passages: " + Sanitize.oneLine(note)));
        err.flush();
    }

    /** A batch's queries run on every core: searches share one open index and are independent. */
    private static final int BATCH_THREADS = Runtime.getRuntime().availableProcessors();

    private int runBatch(Backend searcher, SearchRequest defaults, PrintWriter out) throws IOException {
        BatchRunner runner = new BatchRunner(searcher, defaults, limit, fields, timeout).counting(count);
        if (batch.equals("-")) {
            try {
                return runner.run(System.in, out, BATCH_THREADS);
            } catch (IOException e) {
                // "Is a directory" when stdin is a folder (--batch - < DIR)
                throw new PassagesException(PassagesException.Kind.USAGE,
                        "--batch -: cannot read standard input (" + e.getMessage() + "); give it a file of queries, one a line", e);
            }
        }
        Path file = env.resolve(batch);
        if (Files.isDirectory(file)) {
            throw new PassagesException(PassagesException.Kind.USAGE,
                    "--batch: " + file + " is a folder; give a file of queries, one a line (- for standard input)");
        }
        if (!Files.isReadable(file)) {
            throw new PassagesException(PassagesException.Kind.INPUT, "--batch: cannot read " + file
                    + (Files.exists(file) ? " (not readable by this user)" : " (no such file)"));
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return runner.run(in, out, BATCH_THREADS);
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT,
                    "--batch: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Whether {@code option} was on the command line, not only at its default. */
    private boolean given(String option) {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private boolean useColor() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> env.terminal() && !env.noColor();
        };
    }

}
