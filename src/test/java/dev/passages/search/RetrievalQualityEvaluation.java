package dev.passages.search;

import dev.passages.TestCorpus;
import dev.passages.index.IndexPaths;
import dev.passages.index.Indexer;
import dev.passages.index.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking quality on judged queries (src/test/resources/retrieval/queries.jsonl; how they were judged:
 * JUDGING.md beside it): nDCG@10 and recall@10, with and without spelling variants, learned acronyms and
 * synonyms, per kind of query, and the no-answer precision of queries with nothing relevant. Prints the
 * figures; the features must not lower either measure on the queries the floors were set on, and must raise both
 * on the whole set.
 */
class RetrievalQualityEvaluation {

    private static final int K = 10;
    /** The floors below apply to the first this many queries of the file, the set they were set on; the rest are reported beside. */
    private static final int FLOOR_SET = 42;
    /** How much lower the features may score than none on the floor set: less than one query moving one rank. */
    private static final double NO_WORSE = 0.001;
    private static final List<String> KINDS = List.of("topic", "name", "acronym", "phrase", "question");

    @TempDir
    static Path index;

    record Judged(String id, String query, String kind, Map<String, Integer> relevant, boolean heldout, boolean floorSet) {
        boolean answerable() {
            return !relevant.isEmpty();
        }
    }

    record Scores(double ndcg, double recall, int queries) {
        String line(String name) {
            return String.format(Locale.ROOT, "%-34s queries %2d  nDCG@10 %.3f  recall@10 %.3f", name, queries, ndcg, recall);
        }
    }

    static List<Judged> judged;

    @BeforeAll
    static void setUp() throws Exception {
        new Indexer(index, true, w -> { }).run(TestCorpus.FROZEN);
        judged = new ArrayList<>();
        for (JudgedQueries.Judged q : JudgedQueries.load()) {
            judged.add(new Judged(q.id(), q.query(), q.kind(), q.relevant(), q.heldout(), judged.size() < FLOOR_SET));
        }
    }

    static List<Hit> top(PassageSearcher searcher, Judged j) {
        return searcher.search(new SearchRequest(j.query(), List.of(), null, null, SortOrder.RELEVANCE, K)).hits();
    }

    /** Mean nDCG@10 and recall@10 over the answerable queries that {@code which} selects. */
    static Scores score(Features features, Predicate<Judged> which) throws Exception {
        double ndcg = 0;
        double recall = 0;
        int n = 0;
        try (PassageSearcher searcher = new PassageSearcher(index, features)) {
            for (Judged j : judged) {
                if (!j.answerable() || !which.test(j)) {
                    continue;
                }
                List<String> ids = top(searcher, j).stream().map(Hit::id).toList();
                double queryNdcg = JudgedQueries.ndcg(ids, j.relevant(), K);
                long found = ids.stream().filter(id -> j.relevant().getOrDefault(id, 0) > 0).count();
                if (System.getenv("PERQUERY") != null) {
                    System.out.printf(Locale.ROOT, "  %s %s %.3f %.3f %s%n", features, j.id(), queryNdcg,
                            (double) found / Math.min(K, j.relevant().size()), j.query());
                }
                ndcg += queryNdcg;
                recall += (double) found / Math.min(K, j.relevant().size());
                n++;
            }
        }
        return new Scores(n == 0 ? 0 : ndcg / n, n == 0 ? 0 : recall / n, n);
    }

    /**
     * No-answer precision: over the queries with no relevant paragraph, the share that return nothing
     * (a query scores 1 when no hit comes back, 0 otherwise).
     */
    static String noAnswerLine(Features features) throws Exception {
        int queries = 0;
        int silent = 0;
        List<String> answered = new ArrayList<>();
        try (PassageSearcher searcher = new PassageSearcher(index, features)) {
            for (Judged j : judged) {
                if (j.answerable()) {
                    continue;
                }
                queries++;
                int hits = top(searcher, j).size();
                if (hits == 0) {
                    silent++;
                } else {
                    answered.add(j.id() + " '" + j.query() + "' " + hits + " hits");
                }
            }
        }
        return String.format(Locale.ROOT, "%-34s queries %2d  no-answer precision %.3f%s", "no-answer, default", queries,
                queries == 0 ? 0 : (double) silent / queries, answered.isEmpty() ? "" : "  (answered: " + String.join("; ", answered) + ")");
    }

    @Test
    void defaultFeaturesRaiseNdcgAndRecall() throws Exception {
        Predicate<Judged> kept = j -> j.floorSet() && !j.heldout();
        Predicate<Judged> heldOut = j -> j.floorSet() && j.heldout();
        Scores without = score(Features.NONE, kept);
        Scores with = score(Features.DEFAULT, kept);
        Scores withoutHeld = score(Features.NONE, heldOut);
        Scores withHeld = score(Features.DEFAULT, heldOut);
        System.out.println(score(Features.ALL, kept).line("retrieval, all incl. synonyms"));
        System.out.println(without.line("retrieval, no features"));
        System.out.println(score(new Features(true, false, false, false), kept).line("retrieval, variants only"));
        System.out.println(score(new Features(false, true, false, false), kept).line("retrieval, acronyms only"));
        System.out.println(score(new Features(false, false, true, false), kept).line("retrieval, synonyms only"));
        System.out.println(score(new Features(true, true, false, false), kept).line("retrieval, variants + acronyms"));
        System.out.println(score(new Features(false, false, false, true), kept).line("retrieval, compounds only"));
        System.out.println(with.line("retrieval, default (variants+acronyms)"));
        System.out.println(withoutHeld.line("retrieval held out, no features"));
        System.out.println(withHeld.line("retrieval held out, default"));
        // an acronym's long forms count once, below the acronym typed: on these queries the features then
        // change one query's nDCG in the fourth decimal; they must not lower either measure by more than
        // NO_WORSE, and they must raise both on the whole set
        assertThat(with.ndcg()).isGreaterThanOrEqualTo(without.ndcg() - NO_WORSE);
        assertThat(with.recall()).isGreaterThanOrEqualTo(without.recall() - NO_WORSE);
        Scores wholeWithout = score(Features.NONE, j -> !j.heldout());
        Scores wholeWith = score(Features.DEFAULT, j -> !j.heldout());
        assertThat(wholeWith.ndcg()).isGreaterThan(wholeWithout.ndcg());
        assertThat(wholeWith.recall()).isGreaterThan(wholeWithout.recall());
    }

    @Test
    void printsFiguresPerKindOnTheWholeSet() throws Exception {
        System.out.println(score(Features.NONE, j -> !j.heldout()).line("all queries, no features"));
        System.out.println(score(Features.DEFAULT, j -> !j.heldout()).line("all queries, default"));
        System.out.println(score(Features.DEFAULT, Judged::heldout).line("all queries held out, default"));
        System.out.println(score(Features.DEFAULT, j -> !j.floorSet()).line("queries past the floor set, default"));
        int answerable = 0;
        for (String kind : KINDS) {
            Scores s = score(Features.DEFAULT, j -> j.kind().equals(kind));
            System.out.println(s.line("kind " + kind + ", default"));
            answerable += s.queries();
        }
        System.out.println(noAnswerLine(Features.DEFAULT));
        assertThat(answerable).isEqualTo((int) judged.stream().filter(Judged::answerable).count());
    }

    @Test
    void everyQueryIsWellFormedAndJudgesParagraphsOfTheCorpus() throws Exception {
        Set<String> paragraphs = new HashSet<>();
        DirectoryReader reader = IndexPaths.open(index);
        try (Directory dir = reader.directory(); reader) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document d = stored.document(doc, Set.of(Schema.ARTICLE, Schema.PARAGRAPH));
                    paragraphs.add(Schema.paragraphId(d));
                }
            }
        }
        assertThat(paragraphs).hasSize(190);
        Set<String> ids = new HashSet<>();
        for (Judged j : judged) {
            assertThat(ids.add(j.id())).as("query id %s is unique", j.id()).isTrue();
            assertThat(KINDS).as("kind of %s", j.id()).contains(j.kind());
            assertThat(j.query()).as("query text of %s", j.id()).isNotBlank();
            assertThat(paragraphs).as("paragraphs judged for %s", j.id()).containsAll(j.relevant().keySet());
            assertThat(j.relevant().values()).as("grades of %s", j.id()).allMatch(g -> g == 1 || g == 2);
        }
        for (String kind : KINDS) {
            assertThat(judged).as("queries of kind %s", kind).anyMatch(j -> j.kind().equals(kind));
        }
        assertThat(judged).as("queries with nothing relevant").anyMatch(j -> !j.answerable());
    }
}
