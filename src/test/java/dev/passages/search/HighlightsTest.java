package dev.passages.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlights show why a passage matched: the words typed, and also another spelling of a typed name, an
 * acronym's long form, and the name of a speaker asked for; never a common word a name stems to.
 */
class HighlightsTest {

    @RegisterExtension
    static final InventedArticles articles = new InventedArticles()
            .with("front.txt", "Fighting in the valley",
                    "The Northern Valley Front (NVF) claimed the raid on the border post.",
                    "Fighters of the Northern Valley Front attacked a police post near the river.",
                    "Fighters of the NVF attacked a bridge near the river.")
            .with("minister.txt", "The minister speaks",
                    "Minister Rahimullah Qorbani said the roads would reopen in spring.",
                    "Qurbani said the bridge would take a year to rebuild.",
                    "Officials take the view that the road is safe.",
                    "Minister Takal spoke to reporters in the capital on Monday.")
            .with("again.txt", "Roads again",
                    "Rahimullah Qurbani said the roads were open again.",
                    "Qurbani told reporters the crossings were busy.");

    private static List<Hit> search(String query, String... speakers) {
        return articles.search(query, speakers);
    }

    private static List<String> marked(Hit hit) {
        return hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end())).toList();
    }

    private static Hit containing(List<Hit> hits, String words) {
        return hits.stream().filter(h -> h.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit says: " + words + " in " + hits));
    }

    @Test
    void anAcronymsLongFormIsMarkedWhereItMatchedInsteadOfTheAcronym() {
        List<Hit> hits = search("NVF");
        assertThat(marked(containing(hits, "Fighters of the Northern Valley Front"))).containsExactly("Northern Valley Front");
        assertThat(marked(containing(hits, "Fighters of the NVF"))).containsExactly("NVF");
    }

    @Test
    void anotherSpellingOfATypedNameIsMarked() {
        List<Hit> hits = search("Qurbani");
        assertThat(marked(containing(hits, "Minister Rahimullah Qorbani"))).containsExactly("Qorbani");
        assertThat(marked(containing(hits, "Qurbani said the bridge"))).containsExactly("Qurbani");
    }

    @Test
    void theNameOfASpeakerAskedForIsMarkedInTheText() {
        List<Hit> hits = search(null, "Qorbani");
        assertThat(hits).isNotEmpty();
        assertThat(marked(containing(hits, "Rahimullah Qurbani said the roads were open"))).containsExactly("Rahimullah Qurbani");
        assertThat(marked(containing(hits, "Qurbani told reporters"))).containsExactly("Qurbani");
        // with query text too, both the words and the speaker's name
        List<Hit> roads = search("roads", "Qorbani");
        assertThat(marked(containing(roads, "Minister Rahimullah Qorbani said the roads"))).containsExactly("Rahimullah Qorbani", "roads");
    }

    @Test
    void aNameIsNeverMarkedInTheCommonWordItStemsTo() {
        List<Hit> hits = search("Takal");
        assertThat(hits).extracting(Hit::text).containsExactly("Minister Takal spoke to reporters in the capital on Monday.");
        assertThat(marked(hits.get(0))).containsExactly("Takal");
    }
}
