package dev.passages.search;

import dev.passages.PassagesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Arguments too large to search are refused in one line; a search that runs out of time, or is cancelled, is partial. */
class SearchBoundsTest {

    @RegisterExtension
    static final IndexedFrozenCorpus corpus = new IndexedFrozenCorpus();

    private static SearchRequest request(String query, List<String> speakers) {
        return new SearchRequest(query, speakers, null, null, SortOrder.RELEVANCE, 10);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aSpeakerNameTooLongIsRefused() {
        PassagesException e = catchThrowableOfType(() -> corpus.searcher().search(request("", List.of("a".repeat(20_000)))),
                PassagesException.class);
        assertThat(e.kind()).isEqualTo(PassagesException.Kind.USAGE);
        assertThat(e.getMessage()).contains("20000 characters long; the limit is " + QueryLimits.MAX_SPEAKER_CHARS)
                .hasSizeLessThan(200);
        assertThat(corpus.searcher().search(request("", List.of("K".repeat(QueryLimits.MAX_SPEAKER_CHARS)))).partial()).isFalse();
    }

    @Test
    void tooManySpeakersAreRefused() {
        List<String> names = Collections.nCopies(QueryLimits.MAX_SPEAKERS + 1, "Kakar");
        PassagesException e = catchThrowableOfType(() -> corpus.searcher().search(request("", names)), PassagesException.class);
        assertThat(e.getMessage()).isEqualTo("--speaker given 51 times; the limit is 50");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void tooManyPatternTermsAreRefused() {
        String fuzzy = IntStream.range(0, 1000).mapToObj(i -> "word" + i + "~").collect(Collectors.joining(" "));
        PassagesException e = catchThrowableOfType(() -> corpus.searcher().search(request(fuzzy, List.of())), PassagesException.class);
        assertThat(e.kind()).isEqualTo(PassagesException.Kind.BAD_QUERY);
        assertThat(e.getMessage()).isEqualTo("query has 1000 fuzzy, wildcard, prefix, regular-expression or range terms;"
                + " the limit is " + QueryLimits.MAX_PATTERNS);
        String mixed = IntStream.range(0, QueryLimits.MAX_PATTERNS + 1)
                .mapToObj(i -> List.of("refug" + i + "*", "Kakar" + i + "~", "/pak" + i + ".*/", "[a" + i + " TO b]").get(i % 4))
                .collect(Collectors.joining(" "));
        assertThat(catchThrowableOfType(() -> corpus.searcher().search(request(mixed, List.of())), PassagesException.class))
                .hasMessageStartingWith("query has 33 ");
        String allowed = IntStream.range(0, QueryLimits.MAX_PATTERNS).mapToObj(i -> "refug" + i + "*").collect(Collectors.joining(" "));
        assertThat(corpus.searcher().search(request(allowed + " refugees", List.of())).total()).isPositive();
    }

    @Test
    void aSearchOutOfTimeIsPartialAndSaysSo() {
        SearchResult full = corpus.searcher().search(request("refugees", List.of()), QueryBudget.unlimited());
        assertThat(full.partial()).isFalse();
        assertThat(full.total()).isPositive();
        SearchResult late = corpus.searcher().search(request("refugees", List.of()), QueryBudget.of(Duration.ZERO));
        assertThat(late.partial()).isTrue();
        assertThat(late.totalExact()).isFalse();
        assertThat(late.total()).isLessThan(full.total());
        assertThat(late.notes()).anySatisfy(n -> assertThat(n).contains("time limit"));
    }

    @Test
    void aCancelledSearchStopsAndSaysSo() {
        QueryBudget budget = QueryBudget.of(Duration.ofMinutes(1));
        budget.cancel();
        SearchResult r = corpus.searcher().search(request("*:*", List.of()), budget);
        assertThat(r.partial()).isTrue();
        assertThat(r.hits()).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("search cancelled"));
        assertThat(QueryBudget.of(Duration.ofMinutes(1)).shouldExit()).isFalse();
    }

    @Test
    void aSearchWhoseCallerHasGoneStopsAsACancelledOne() {
        java.util.concurrent.atomic.AtomicBoolean gone = new java.util.concurrent.atomic.AtomicBoolean();
        QueryBudget budget = QueryBudget.unlimited().endingWhen(gone::get);
        assertThat(budget.shouldExit()).isFalse();
        gone.set(true);
        SearchResult r = corpus.searcher().search(request("*:*", List.of()), budget);
        assertThat(r.partial()).isTrue();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("search cancelled"));
    }
}
