package dev.passages.cli;

import dev.passages.DaemonThreads;
import dev.passages.PassagesException;
import dev.passages.backend.Backend;
import dev.passages.search.QueryBudget;
import dev.passages.search.SearchRequest;
import dev.passages.search.SearchResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs many searches against one open index: one query per input line, plain text or a JSON object
 * with per-query options; one JSON result set per line out, in input order, each flushed as it is done.
 */
final class BatchRunner {

    /** A line that starts so is a JSON object with the query and its options. */
    private static final String OBJECT_START = "{";

    private final Backend searcher;
    private final SearchRequest defaults;
    private final Json json = new Json();
    private final List<String> fields;

    private final Integer explicitLimit;

    private final double timeout;
    /** The budgets of the queries running now: cancelled when nobody reads the answers any more. */
    private final Set<QueryBudget> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param explicitLimit the command line's --limit, or null to use 10 (500 for a listing without query text)
     * @param timeout       seconds each query may take (0: no limit)
     */
    BatchRunner(Backend searcher, SearchRequest defaults, Integer explicitLimit, List<String> fields, double timeout) {
        this.searcher = searcher;
        this.timeout = timeout;
        this.defaults = defaults;
        this.explicitLimit = explicitLimit;
        this.fields = fields;
    }

    private boolean count;

    /** With {@code true}, each query's line holds only its number of matching passages (as {@code --count}). */
    BatchRunner counting(boolean on) {
        this.count = on;
        return this;
    }

    /** What one input line gave: its JSON line and its exit code. */
    private record Answer(String line, int code) {
    }

    /** Queries in flight at most: the input is read ahead this far, no further. */
    private static final int WINDOW = 128;
    private volatile boolean readerGone;
    private static final Future<Answer> END = java.util.concurrent.CompletableFuture.completedFuture(null);

    /**
     * Runs every line of {@code in} (see {@link BatchLines} for what a line may be) and returns the worst
     * exit code of the queries. Queries run on
     * {@code threads} threads; a printer writes each answer, in input order, as soon as it and those
     * before it are done, so that a caller that writes one line and waits for its answer gets it.
     */
    int run(java.io.InputStream in, PrintWriter out, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), DaemonThreads.named("passages-batch"));
        BlockingQueue<Future<Answer>> pending = new ArrayBlockingQueue<>(WINDOW);
        Printer printer = new Printer(pending, out);
        Thread printing = new Thread(printer, "passages-batch-printer");
        printing.setDaemon(true);
        printing.start();
        try {
            submitLines(new BatchLines(in), pending, pool);
            pending.put(END);
            printing.join();
            if (printer.failure instanceof RuntimeException re) {
                throw re;
            } else if (printer.failure != null) {
                throw new IllegalStateException(printer.failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return printer.worst;
    }

    /** Puts each line's answer to come in {@code pending}, in input order, until the input ends or nobody reads. */
    private void submitLines(BatchLines lines, BlockingQueue<Future<Answer>> pending, ExecutorService pool)
            throws IOException, InterruptedException {
        BatchLines.Line line;
        while (!readerGone && (line = lines.next()) != null) {
            int number = line.number();
            if (line.problem() != null) {
                PassagesException problem = new PassagesException(PassagesException.Kind.USAGE, line.problem());
                pending.put(java.util.concurrent.CompletableFuture.completedFuture(
                        new Answer(json.write(Json.error(String.valueOf(number), "", problem)), ExitCodes.of(problem.kind()))));
                continue;
            }
            if (skipped(line.text())) {
                continue;
            }
            String query = line.text();
            pending.put(pool.submit(() -> answer(number, query)));
        }
    }

    /**
     * Writes each answer as soon as it and those before it are done, and keeps the worst exit code; the
     * first failure stops the writing (and is kept), but not the taking, so that the reader is never blocked.
     * Its fields are read once its thread has ended.
     */
    private final class Printer implements Runnable {
        private final BlockingQueue<Future<Answer>> pending;
        private final PrintWriter out;
        private int worst = ExitCodes.OK;
        private Throwable failure;

        Printer(BlockingQueue<Future<Answer>> pending, PrintWriter out) {
            this.pending = pending;
            this.out = out;
        }

        @Override
        public void run() {
            try {
                for (Future<Answer> f = pending.take(); f != END; f = pending.take()) {
                    if (failure != null) {
                        continue; // keep taking, so that the reader is never blocked
                    }
                    try {
                        print(f.get());
                    } catch (ExecutionException e) {
                        failure = e.getCause();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void print(Answer a) {
            if (readerGone) {
                return; // an answer nobody reads says nothing of what was found
            }
            out.println(a.line());
            out.flush();
            if (out.checkError()) {
                readerGone = true; // nobody reads the answers (| head): read no more queries
                running.forEach(QueryBudget::cancel);
                return;
            }
            worst = worse(worst, a.code());
        }
    }

    /** A blank line, or a comment: a line whose first non-blank character is {@code #}. */
    static boolean skipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** A line's id and query text as far as they are known: an error's record names them. */
    private static final class LineQuery {
        private String id;
        private String query;

        LineQuery(String id, String query) {
            this.id = id;
            this.query = query;
        }
    }

    private Answer answer(int lineNumber, String line) {
        LineQuery known = new LineQuery(String.valueOf(lineNumber), line.strip());
        try {
            SearchRequest request = lineRequest(known, lineNumber);
            return count ? countAnswer(known.id, request) : searchAnswer(known.id, request);
        } catch (PassagesException e) {
            return new Answer(json.write(Json.error(known.id, known.query, e)), ExitCodes.of(e.kind()));
        }
    }

    /**
     * The request of a line: a JSON object with its options (its id and query known as soon as they are read,
     * for an error's record to name them), or plain text with the command line's.
     */
    private SearchRequest lineRequest(LineQuery known, int lineNumber) {
        if (known.query.startsWith(OBJECT_START)) {
            BatchLineFields fields = BatchLineFields.parse(known.query, lineNumber);
            known.id = fields.id(known.id);
            known.query = fields.query();
            return fields.request(defaults, explicitLimit);
        }
        return RequestParts.batchLine(lineNumber).request(known.query, defaults.speakers(), defaults.from(),
                defaults.to(), defaults.sort(), explicitLimit, defaults.allCopies(), defaults.offset())
                .withMode(defaults.mode()).withSpokespeople(defaults.withSpokespeople());
    }

    /** The answer of {@code --count}: the number of passages that match. */
    private Answer countAnswer(String id, SearchRequest request) {
        Map<String, Object> record = Json.object();
        record.put("id", id);
        record.put("query", request.query());
        long total = searcher.count(request);
        record.put("total", total);
        return new Answer(json.write(record), total > 0 ? ExitCodes.OK : ExitCodes.NO_HITS);
    }

    /** The answer of a search: its result set, cancelled at once when nobody reads the answers any more. */
    private Answer searchAnswer(String id, SearchRequest request) {
        QueryBudget budget = SearchCommand.budget(timeout);
        if (readerGone) {
            budget.cancel();
        }
        running.add(budget);
        SearchResult result;
        try {
            result = searcher.search(request, budget);
        } finally {
            running.remove(budget);
        }
        Map<String, Object> record = Json.object();
        record.put("id", id);
        Map<String, Object> body = Json.result(result, fields);
        body.remove("schema");
        record.putAll(body);
        return new Answer(json.write(record), result.total() > 0 ? ExitCodes.OK : ExitCodes.NO_HITS);
    }

    private static int worse(int a, int b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(int code) {
        return switch (code) {
            case ExitCodes.OK -> 0;
            case ExitCodes.NO_HITS -> 1;
            case ExitCodes.SKIPPED -> 2;
            case ExitCodes.USAGE -> 3;
            default -> 4;
        };
    }
}
