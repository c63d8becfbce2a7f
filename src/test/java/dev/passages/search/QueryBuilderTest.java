package dev.passages.search;

import dev.passages.PassagesException;
import dev.passages.corpus.Article;
import dev.passages.index.Acronyms;
import dev.passages.index.Analyzers;
import dev.passages.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building a search's queries from the text typed: the match, the second phase's bonuses, and the wording of syntax errors. */
class QueryBuilderTest {

    private final QueryBuilder builder = new QueryBuilder();

    @Test
    void plainWordsMatchTextWithStemmingAndTitleWordsAddInTheSecondPhase() {
        assertThat(builder.parse("hideouts").toString()).contains("text:hideout").doesNotContain("title:");
        assertThat(builder.rescoreQuery(SearchRequest.of("hideouts")).toString()).contains("title:hideout");
    }

    @Test
    void plainMultiWordQueryGetsProximityBonusInTheSecondPhase() {
        assertThat(builder.textQuery("TTP hideouts").toString()).doesNotContain("~8");
        assertThat(builder.rescoreQuery(SearchRequest.of("TTP hideouts")).toString()).contains("text:\"ttp hideout\"~8");
        assertThat(builder.rescoreQuery(SearchRequest.of("\"TTP hideouts\"")).toString()).doesNotContain("~8")
                .contains("title:\"ttp hideout\"");
    }

    @Test
    void aNameNearAWordInAnotherSpellingGetsTheProximityBonus() throws Exception {
        // the index spells Tehrik more than one way: the query's name is read by its skeleton
        QueryBuilder spellings = new QueryBuilder(Analyzers.forSchema(), (name, affiliated) -> List.of(), Acronyms::empty,
                Features.DEFAULT, t -> t.field().equals(Schema.TEXT_VARIANTS) ? 10 : 1);
        String filler = " The meeting lasted hours and covered trade, roads, schools, water and the coming elections.";
        Article near = new Article("near", "near.txt", "Report", null, null, null,
                List.of("Tehreek-e-Taliban fighters keep their hideouts in the valley." + filler));
        Article far = new Article("far", "far.txt", "Report", null, null, null,
                List.of("Tehreek-e-Taliban leaders met on Monday." + filler + " Nobody spoke of hideouts."));
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forSchema()))) {
            w.addDocuments(Schema.documents(near, "1", null, "0"));
            w.addDocuments(Schema.documents(far, "1", null, "0"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query rescore = spellings.rescoreQuery(SearchRequest.of("Tehrik hideouts"));
                assertThat(rescore.toString()).contains("spanNear");
                Map<String, Float> scores = new HashMap<>();
                for (ScoreDoc sd : searcher.search(rescore, 10).scoreDocs) {
                    scores.put(searcher.storedFields().document(sd.doc).get(Schema.ARTICLE), sd.score);
                }
                assertThat(scores).containsKey("near");
                assertThat(scores.get("near") - scores.getOrDefault("far", 0f))
                        .isCloseTo(Ranking.PROXIMITY_BONUS, org.assertj.core.data.Offset.offset(0.01f));
            }
        }
    }

    @Test
    void aHyphenatedNameKeepsItsSkeletonsWhereItsParticlesHaveNone() {
        // the skeletons leave lower-case particles out (ul): the name's words still get theirs
        QueryBuilder spellings = new QueryBuilder(Analyzers.forSchema(), (name, affiliated) -> List.of(), Acronyms::empty,
                Features.DEFAULT, t -> t.field().equals(Schema.TEXT_VARIANTS) ? 10 : 1);
        String q = spellings.textQuery("Anwaar-ul-Haq").toString();
        assertThat(q).contains("text_variants:anw*r").contains("text_variants:h*q").doesNotContain("text_variants:*l");
        String near = spellings.rescoreQuery(SearchRequest.of("Anwaar-ul-Haq statement")).toString();
        // each word of a window keeps its own skeleton, or none: ul is read from the text
        assertThat(near).contains("spanNear([text_variants:anw*r, mask(text:ul) as text_variants], 8, true)")
                .contains("spanNear([mask(text:ul) as text_variants, text_variants:h*q], 8, true)");
    }

    @Test
    void titleBonusTakesThePositiveTitleClausesOnly() {
        String q = builder.rescoreQuery(SearchRequest.of("+refugees -camps text:border")).toString();
        assertThat(q).contains("title:refugee").doesNotContain("camp").doesNotContain("border").doesNotContain("+");
        assertThat(builder.rescoreQuery(SearchRequest.of("text:border"))).isNull();
        // a lone letter has no title terms: no bonus, and no error
        assertThat(builder.textQuery("x").toString()).contains("speaker:x");
        assertThat(builder.rescoreQuery(SearchRequest.of("x"))).isNull();
    }

    @Test
    void unbalancedBracketIsOneLineWithColumn() {
        assertThatThrownBy(() -> builder.parse("TTP AND ("))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.BAD_QUERY))
                .hasMessageContaining("column 9")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aParseErrorNamesTheTokenAsWrittenAndItsColumn() {
        assertThatThrownBy(() -> builder.parse("dollar)")).hasMessageContaining("unexpected ')' at column 7");
        assertThatThrownBy(() -> builder.parse("AND dollar")).hasMessageContaining("unexpected 'AND' at column 1");
    }

    @Test
    void aFieldTheIndexHasNotIsABadQueryNamingIt() {
        assertThatThrownBy(() -> builder.parse("titel:Kakar"))
                .isInstanceOfSatisfying(PassagesException.class,
                        e -> assertThat(e.kind()).isEqualTo(PassagesException.Kind.BAD_QUERY))
                .hasMessageContaining("titel:").hasMessageContaining("text, title, source, article, id, speaker");
        assertThatThrownBy(() -> builder.parse("date:2023-11-20 Kakar")).hasMessageContaining("--from and --to");
        assertThatThrownBy(() -> builder.parse("speker:Kakar")).hasMessageContaining("did you mean speaker:?");
        assertThatThrownBy(() -> builder.parse("sorce:Dawn*")).hasMessageContaining("did you mean source:?");
        // a colon after a word that is no field, nor near one, is prose: the words are searched
        assertThat(builder.parse("meeting at 10:30").toString()).contains("text:10").contains("text:30");
        assertThat(builder.parse("Note: oil prices").toString()).contains("text:note").contains("text:oil");
        assertThat(builder.parse("Update: refug*").toString()).contains("text:refug*");
    }

    @Test
    void anUnquotedKeyWithASlashIsTheKey() {
        // JSON collections' article keys have a slash (reut2-001/1370), which would open a regular expression
        assertThat(builder.parse("id:reut2-001/1370#2").toString()).contains("article:reut2-001/1370");
        assertThat(builder.parse("oil article:reut2-001/1370").toString()).contains("article:reut2-001/1370");
        assertThat(builder.parse("(id:reut2-001/1370#2)").toString()).contains("article:reut2-001/1370");
        assertThat(QuerySyntax.literalPunctuation("/x.y/ 2-1/2 U.S./Japan what? oil! te?t !x"))
                .isEqualTo("/x.y/ 2-1\\/2 U.S.\\/Japan what\\? oil\\! te?t !x");
        assertThat(builder.parse("wheat/corn 2-1/2 pct").toString()).contains("text:wheat").contains("text:corn");
        assertThat(builder.parse("what did Volcker say?").toString()).contains("text:volcker").doesNotContain("say?");
        assertThat(builder.parse("TEXT: oil").toString()).contains("text:oil");
    }

    @Test
    void unbalancedQuoteAndLeadingWildcardAreBadQueries() {
        assertThatThrownBy(() -> builder.parse("\"TTP hideouts")).isInstanceOf(PassagesException.class)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> builder.parse("*stan")).isInstanceOf(PassagesException.class)
                .hasMessage("cannot parse query '*stan': a word cannot start with * or ? (to list passages without"
                        + " words, leave the query out and give --speaker, --from or --to)");
    }

    @Test
    void onlyStopWordsIsABadQuery() {
        assertThatThrownBy(() -> builder.parse("the of and")).hasMessageContaining("no searchable words");
    }

    @Test
    void emptyRequestWithoutFiltersIsRefused() {
        assertThatThrownBy(() -> builder.build(SearchRequest.of("  "))).hasMessageContaining("empty query");
    }

    @Test
    void dateFilterAloneIsAQuery() {
        SearchRequest r = new SearchRequest("", List.of(), LocalDate.of(2023, 11, 1), null, SortOrder.RELEVANCE, 10);
        assertThat(builder.build(r).toString()).contains("date:");
    }

    @Test
    void fromAfterToIsAUsageError() {
        SearchRequest r = new SearchRequest("x", List.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1),
                SortOrder.RELEVANCE, 10);
        assertThatThrownBy(() -> builder.build(r)).hasMessageContaining("is after");
    }
}
