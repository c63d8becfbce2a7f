package dev.passages.search;

import dev.passages.PassagesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Queries a user may throw at the searcher: each answers in bounded time with results or a one-line error. */
class HostileQueryTest {

    @RegisterExtension
    static final IndexedFrozenCorpus corpus = new IndexedFrozenCorpus();

    static Stream<String> hostile() {
        return Stream.of(
                "*stan", "?akistan", "*:*", "/.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*/", "/(a|aa)*b{1000}/",
                "/[a-z]{1,100}[0-9]{1,100}.{1,100}/",
                IntStream.range(0, 5000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")),
                IntStream.range(0, 3000).mapToObj(i -> "t" + (i % 10)).collect(Collectors.joining(" OR ")),
                "(".repeat(200) + "x" + ")".repeat(200), "(".repeat(40) + "x" + ")".repeat(40),
                "\"unbalanced quote", "unbalanced) bracket", "a\u0000b\u001B[31m\u0007", "", "   ", "AND", "NOT",
                "title:", "speaker:\"\"", "x~5", "refug*", "a*b*c*d*e*f*g*h*", "[a TO z]", "{* TO *}");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void answersWithResultsOrAOneLineError(String query) {
        Throwable t = catchThrowable(() -> corpus.searcher().search(new SearchRequest(query, List.of(), null, null,
                SortOrder.RELEVANCE, 10)));
        if (t != null) {
            assertThat(t).isInstanceOf(PassagesException.class);
            assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("\u001B").hasSizeLessThan(400);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aCountAnswersWithANumberOrAOneLineError(String query) {
        Throwable t = catchThrowable(() -> corpus.searcher().count(SearchRequest.of(query)));
        if (t != null) {
            assertThat(t).isInstanceOf(PassagesException.class);
            assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("\u001B").hasSizeLessThan(400);
        }
    }

    @Test
    void aQueryOfFunctionWordsAloneIsRefusedQuotingItAsTyped() {
        Throwable t = catchThrowable(() -> corpus.searcher().search(SearchRequest.of("to be or not to be")));
        assertThat(t).isInstanceOf(PassagesException.class)
                .hasMessage("query 'to be or not to be' has no searchable words (only stop words or punctuation)");
    }

    @Test
    void aQueryOfTooManyWordsIsRefusedForItsWordsNotItsWildcards() {
        String words = IntStream.range(0, 800).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Throwable t = catchThrowable(() -> corpus.searcher().count(SearchRequest.of(words)));
        assertThat(t).isInstanceOf(PassagesException.class).hasMessageContaining("too many terms")
                .hasMessageContaining("fewer words");
    }

    @Test
    void aHugeLimitIsCutToTheIndexSize() {
        for (SortOrder sort : SortOrder.values()) {
            SearchResult r = corpus.searcher().search(new SearchRequest("Pakistan", List.of(), null, null, sort, 700_000_000));
            assertThat(r.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(190);
        }
        assertThat(corpus.searcher().similar("000_13c3e290747b6afd#9", Integer.MAX_VALUE).hits()).hasSizeLessThanOrEqualTo(190);
    }

    @Test
    void matchAllWorks() {
        assertThat(corpus.searcher().search(SearchRequest.of("*:*")).total()).isEqualTo(190);
    }
}
