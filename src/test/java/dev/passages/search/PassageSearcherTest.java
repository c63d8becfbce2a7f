package dev.passages.search;

import dev.passages.PassagesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Searches the project's own corpus, as a user would. */
class PassageSearcherTest {

    @RegisterExtension
    static final IndexedFrozenCorpus corpus = new IndexedFrozenCorpus();

    private static SearchRequest request(String q, LocalDate from, LocalDate to, SortOrder sort, int limit) {
        return new SearchRequest(q, List.of(), from, to, sort, limit);
    }

    @Test
    void ttpHideoutsFindsWhereTheTtpHidesFirst() {
        SearchResult r = corpus.searcher().search(SearchRequest.of("TTP hideouts"));
        assertThat(r.hits().get(0).id()).isEqualTo("000_13c3e290747b6afd#9");
        assertThat(r.hits().get(0).text()).startsWith("Stressing the need for action against the terrorists");
        assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
    }

    @Test
    void aLaterParagraphShowsItsArticlesTitleAndDate() {
        // the index stores them on the first paragraph only
        Hit ninth = corpus.searcher().search(SearchRequest.of("TTP hideouts")).hits().get(0);
        Hit first = corpus.searcher().search(SearchRequest.of("id:000_13c3e290747b6afd#1")).hits().get(0);
        assertThat(ninth.paragraph()).isEqualTo(9);
        assertThat(ninth.title()).isNotBlank().isEqualTo(first.title()).containsIgnoringCase("caretaker");
        assertThat(ninth.date()).isEqualTo(LocalDate.of(2023, 11, 20)).isEqualTo(first.date());
        assertThat(ninth.source()).isEqualTo(first.source());
        assertThat(ninth.url()).isEqualTo(first.url());
    }

    @Test
    void wordsIncludedOrExcludedAreTheParagraphsAndTheTitleIsAskedForByName() {
        // the founding article's title says "caretaker"; its ninth paragraph does not
        String ninth = "000_13c3e290747b6afd#9";
        assertThat(ids("caretaker")).doesNotContain(ninth);
        assertThat(ids("title:caretaker")).contains(ninth);
        assertThat(ids("Kakar -caretaker")).contains(ninth);
        assertThat(ids("Kakar -title:caretaker")).doesNotContain(ninth);
    }

    @Test
    void aParagraphIsSearchedByItsId() {
        assertThat(ids("id:000_13c3e290747b6afd#9")).containsExactly("000_13c3e290747b6afd#9");
        assertThat(ids("id:\"000_13c3e290747b6afd#9\" OR id:000_13c3e290747b6afd#10"))
                .containsExactlyInAnyOrder("000_13c3e290747b6afd#9", "000_13c3e290747b6afd#10");
        assertThat(ids("Kakar -id:000_13c3e290747b6afd#9")).isNotEmpty().doesNotContain("000_13c3e290747b6afd#9");
        assertThat(ids("id:000_13c3e290747b6afd")).isEmpty();
        for (String pattern : List.of("id:000*", "id:000_13c3e290747b6afd#?", "id:000_13c3e290747b6afd#9~",
                "id:/000.*/", "id:[a TO b]")) {
            assertThatThrownBy(() -> ids(pattern)).as(pattern).isInstanceOf(PassagesException.class)
                    .hasMessageContaining("id: takes a whole paragraph id");
        }
    }

    @Test
    void hitsComeInScoreOrderAfterTheSecondPhase() {
        List<Hit> hits = corpus.searcher().search(request("Afghan refugees", null, null, SortOrder.RELEVANCE, 30)).hits();
        assertThat(hits).hasSizeGreaterThan(5);
        assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void aQueryOfExclusionsAloneMatchesEveryPassageWithoutThoseWords() {
        long all = total("*:*");
        long refugees = total("refugees");
        assertThat(refugees).isPositive();
        assertThat(total("NOT refugees")).isEqualTo(all - refugees);
        assertThat(total("-refugees")).isEqualTo(all - refugees);
        assertThat(total("-refugees -Kakar")).isEqualTo(total("*:* -refugees -Kakar")).isPositive();
        assertThat(ids("NOT refugees")).doesNotContainAnyElementsOf(ids("refugees"));
        // within the filters, as any other query
        SearchRequest dated = request("NOT refugees", LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 20),
                SortOrder.RELEVANCE, 500);
        assertThat(corpus.searcher().search(dated).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2023, 11, 20)));
    }

    @Test
    void exclusionsInBracketsLeaveOutTheirWordsFromEveryPassage() {
        assertThat(total("Kakar AND (NOT refugees)")).isEqualTo(total("Kakar -refugees")).isPositive();
        assertThat(ids("Kakar AND (NOT refugees)")).doesNotContainAnyElementsOf(ids("refugees"));
        assertThat(total("refugees OR (NOT Kakar)")).isEqualTo(total("refugees OR (*:* -Kakar)"))
                .isGreaterThan(total("refugees"));
    }

    @Test
    void exclusionsAloneHaveNothingToRankAndComeInDateOrderAsAListingDoes() {
        SearchResult ranked = corpus.searcher().search(request("NOT refugees", null, null, SortOrder.RELEVANCE, 500));
        SearchResult listed = corpus.searcher().search(request("NOT refugees", null, null, SortOrder.CHRONOLOGICAL, 500));
        assertThat(ranked.hits()).extracting(Hit::id).containsExactlyElementsOf(listed.hits().stream().map(Hit::id).toList());
        assertThat(ranked.hits()).extracting(Hit::score).containsOnlyNulls();
        List<String> newest = corpus.searcher().search(request("-refugees", null, null, SortOrder.DATE, 500))
                .hits().stream().map(h -> h.date().toString()).toList();
        assertThat(newest).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private static long total(String query) {
        return corpus.searcher().search(request(query, null, null, SortOrder.RELEVANCE, 0)).total();
    }

    private static List<String> ids(String query) {
        return corpus.searcher().search(request(query, null, null, SortOrder.RELEVANCE, 500)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void spellingSuggestionsLeaveFieldNamesAndKeysAlone() throws Exception {
        assertThat(corpus.searcher().suggest("taliben")).isEqualTo("taliban");
        assertThat(corpus.searcher().suggest("article:taliben taliben")).isEqualTo("article:taliben taliban");
        assertThat(corpus.searcher().suggest("id:\"taliben#1\" taliben")).isEqualTo("id:\"taliben#1\" taliban");
    }

    @Test
    void aSuggestionIsMadeForAnUnknownWordAmongKnownOnesButNeverForAWordTheIndexHasOrItsOtherForm() throws Exception {
        // the misspelt name is respelled though the other word has many hits
        assertThat(corpus.searcher().suggest("Ashrfi refugees")).isEqualTo("ashrafi refugees");
        // words the index has, however rarely, are left as typed; another form of a word is no respelling
        assertThat(corpus.searcher().suggest("safe havens")).isNull();
        assertThat(corpus.searcher().suggest("refugees")).isNull();
    }

    @Test
    void fuzzyWordsPatternsAndLongQueriesAreNotRespelled() throws Exception {
        // a fuzzy word asks for near spellings itself; a pattern is no word; a pasted paragraph would come back whole
        assertThat(corpus.searcher().suggest("Ashrfi~ taliben")).isEqualTo("Ashrfi~ taliban");
        assertThat(corpus.searcher().suggest("refug*ess")).isNull();
        assertThat(corpus.searcher().suggest("taliben " + "refugees ".repeat(40))).isNull();
    }

    @Test
    void aShortWordIsNotRespelledAsAnotherWordHalfOfWhoseLettersDiffer() throws Exception {
        // "hide" is two letters from "have": no respelling, where "hidouts" is one letter from "hideout"
        assertThat(corpus.searcher().suggest("Where does the TTP hide?")).isNull();
        assertThat(corpus.searcher().suggest("hidouts")).isEqualTo("hideout");
        assertThat(corpus.searcher().suggest("refugess")).isEqualTo("refugee");
    }

    @Test
    void matchedWordsAreReportedAsSpans() {
        Hit top = corpus.searcher().search(SearchRequest.of("TTP hideouts")).hits().get(0);
        assertThat(top.highlights()).extracting(s -> top.text().substring(s.start(), s.end()))
                .containsExactly("hideouts", "Tehreek-e-Taliban Pakistan", "TTP"); // the long form matched too
    }

    @Test
    void dateFilterKeepsOnlyThatDay() {
        LocalDate day = LocalDate.of(2023, 11, 20);
        SearchResult r = corpus.searcher().search(request("Pakistan", day, day, SortOrder.RELEVANCE, 100));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.date()).isEqualTo(day));
        assertThat(r.total()).isLessThan(corpus.searcher().search(request("Pakistan", null, null, SortOrder.RELEVANCE, 1)).total());
    }

    @Test
    void dateSortIsNewestFirstAndChronologicalOldestFirst() {
        List<Hit> newest = corpus.searcher().search(request("Pakistan", null, null, SortOrder.DATE, 50)).hits();
        assertThat(newest).extracting(Hit::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(newest).allSatisfy(h -> assertThat(h.score()).isNull());
        List<Hit> oldest = corpus.searcher().search(request("Pakistan", null, null, SortOrder.CHRONOLOGICAL, 50)).hits();
        assertThat(oldest).extracting(Hit::date).isSorted();
    }

    @Test
    void filterWithoutTextListsInTimelineOrder() {
        SearchResult r = corpus.searcher().search(request("", LocalDate.of(2024, 1, 1), null, SortOrder.RELEVANCE, 100));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits()).extracting(Hit::date).isSorted();
        assertThat(r.hits()).extracting(Hit::highlights).allSatisfy(h -> assertThat(h).isEmpty());
    }

    @Test
    void fieldSyntaxSearchesTitleAndSource() {
        assertThat(corpus.searcher().search(request("source:dawn", null, null, SortOrder.RELEVANCE, 100)).hits())
                .isNotEmpty().allSatisfy(h -> assertThat(h.source()).containsIgnoringCase("dawn"));
    }

    @Test
    void limitZeroCountsWithoutHits() {
        SearchResult r = corpus.searcher().search(request("refugees", null, null, SortOrder.RELEVANCE, 0));
        assertThat(r.hits()).isEmpty();
        assertThat(r.total()).isPositive();
    }
}
