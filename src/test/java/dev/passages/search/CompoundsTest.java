package dev.passages.search;

import dev.passages.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundsTest {

    @RegisterExtension
    static final IndexedFrozenCorpus corpus = new IndexedFrozenCorpus();

    private final Analyzer analyzer = Analyzers.forSchema();

    @Test
    void aWordFindsTheNounsItMakesWithAParticle() {
        List<String> shown = Compounds.of(analyzer, List.of("ttp", "hide")).stream().map(Object::toString).toList();
        assertThat(shown).anyMatch(q -> q.contains("text:hideout")).anyMatch(q -> q.contains("text:hideaway"))
                .noneMatch(q -> q.contains("ttp"));
        assertThat(Compounds.of(analyzer, List.of("go", "10"))).isEmpty();
        assertThat(Compounds.of(analyzer, List.of("take", "takeover")).stream().map(Object::toString))
                .noneMatch(q -> q.contains("text:takeover)"));
    }

    @Test
    void aQuestionInVerbsFindsTheParagraphThatNamesTheThing() throws Exception {
        try (PassageSearcher searcher = new PassageSearcher(corpus.index(), new Features(true, true, false, true))) {
            SearchResult r = searcher.search(SearchRequest.of("Where does the TTP hide?"));
            assertThat(r.hits()).isNotEmpty();
            assertThat(r.hits().get(0).text()).containsIgnoringCase("hideouts");
        }
        assertThat(corpus.searcher().search(SearchRequest.of("Where does the TTP hide?")).hits().get(0).text())
                .as("without compounds, the default").doesNotContainIgnoringCase("hideouts");
    }
}
