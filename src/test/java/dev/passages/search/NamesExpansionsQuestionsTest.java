package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking and matching of what was typed, on invented articles: a capitalised name matches itself and not
 * the common word it stems to; a paragraph with the typed acronym ranks above one with only its long form;
 * question and function words are no evidence; adjacent capitalised words count as one name.
 */
class NamesExpansionsQuestionsTest {

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("names.txt", "Ministers and roads",
                    "Officials will take action against smugglers on the northern road.",
                    "They take the long road home every winter, the drivers said.",
                    "Farmers take their goods to market before the rains begin.",
                    "Minister Takal spoke to reporters in the capital on Monday.",
                    "The council is banning trucks from the old bridge, and the ban starts in May.")
            .with("front.txt", "Fighting in the valley",
                    "The Northern Valley Front (NVF) claimed the raid on the border post.",
                    "A spokesman for the Northern Valey Front (NVF) denied any role in the kidnapping.",
                    "Fighters of the Northern Valley Front attacked a police post near the river.",
                    "Fighters of the NVF attacked a police post near the river.")
            .with("council.txt", "Bridge plans",
                    "The council decided to rebuild the bridge next year.",
                    "What did residents say? Many asked what the plan was, and did they hear from anyone about it?")
            .with("harbour.txt", "Port news",
                    "The Harbour Workers Union met the mayor on Monday.",
                    "Harbour workers want a union.")
            .with("trucks.txt", "Border crossing",
                    "Trucks crossed the checkpoint all day, officials said.",
                    "Some 340 trucks crossed the checkpoint on Monday, officials said.");

    private static List<Hit> search(String query) {
        return articles.search(query);
    }

    private static List<String> marked(Hit hit) {
        return hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aCapitalisedNameMatchesItselfNotTheCommonWordItStemsTo() {
        assertThat(search("Takal")).extracting(Hit::text).containsExactly("Minister Takal spoke to reporters in the capital on Monday.");
        assertThat(search("Banning")).isEmpty();
        // in lower case the word is a word, stemmed as any other
        assertThat(search("takal")).hasSizeGreaterThan(1);
        assertThat(search("banning")).hasSize(1);
        // the first word of a query written as a sentence is capitalised for that reason only
        assertThat(search("Banning trucks")).extracting(Hit::text).anyMatch(t -> t.contains("banning"));
    }

    @Test
    void aParagraphWithTheTypedAcronymRanksAboveOneWithOnlyItsLongForm() {
        List<String> texts = search("NVF").stream().map(Hit::text).toList();
        int typed = texts.indexOf("Fighters of the NVF attacked a police post near the river.");
        int longForm = texts.indexOf("Fighters of the Northern Valley Front attacked a police post near the river.");
        assertThat(typed).isNotNegative();
        assertThat(longForm).as("the long form still finds the paragraph").isNotNegative();
        assertThat(typed).isLessThan(longForm);
    }

    @Test
    void questionWordsAreNoEvidenceAndAreNotMarked() {
        List<Hit> question = search("what did the council decide about the bridge?");
        List<Hit> content = search("council decide bridge");
        assertThat(question.get(0).text()).isEqualTo("The council decided to rebuild the bridge next year.");
        assertThat(question).extracting(Hit::id).containsExactlyElementsOf(content.stream().map(Hit::id).toList());
        assertThat(question).allSatisfy(h -> assertThat(marked(h)).doesNotContain("what", "did", "about", "from"));
        // only function words: searched as typed, rather than refused
        assertThat(search("what did")).extracting(Hit::text).anyMatch(t -> t.startsWith("What did residents"));
    }

    @Test
    void howManyRanksAPassageWithAFigureFirst() {
        String figure = "Some 340 trucks crossed the checkpoint on Monday, officials said.";
        assertThat(search("how many trucks crossed the checkpoint?").get(0).text()).isEqualTo(figure);
        // the content words alone: the shorter paragraph, without a figure, ranks first
        assertThat(search("trucks crossed checkpoint").get(0).text()).isNotEqualTo(figure);
        assertThat(FunctionWords.asksForNumber("How much did they pay?")).isTrue();
        assertThat(FunctionWords.asksForNumber("how they paid")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What did Pakistan demand from the Taliban? | Pakistan demand Taliban?
            how many were deported                     | deported
            WHO funding cuts                           | WHO funding cuts
            May elections                              | May elections
            who said "the end of the road"             | said "the end of the road"
            title:what OR did                          | title:what OR did
            who                                        | who
            """)
    void functionWordsAreDroppedOnlyFromPlainWords(String query, String stripped) {
        assertThat(FunctionWords.strip(query)).isEqualTo(stripped);
    }

    @Test
    void adjacentCapitalisedWordsAreScoredAsOneName() {
        String name = "The Harbour Workers Union met the mayor on Monday.";
        assertThat(search("Harbour Workers Union").get(0).text()).isEqualTo(name);
        // the same words in lower case are words: the paragraph that says them most ranks first
        assertThat(search("harbour workers union").get(0).text()).isNotEqualTo(name);
    }
}
