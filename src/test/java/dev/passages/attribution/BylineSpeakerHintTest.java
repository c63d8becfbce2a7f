package dev.passages.attribution;

import dev.passages.corpus.Article;
import dev.passages.corpus.html.HtmlArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The writers a byline names are people: a run of the text that is one of their names is typed a person. */
class BylineSpeakerHintTest {

    /** A page of a site named after its writer, with or without the writer's name in the markup. */
    private static Article page(String authorMeta) {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <title>Harbour cranes arrive | The Okafor Report</title>
                <meta property="og:site_name" content="The Okafor Report">
                %s
                </head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
                <article><h1>Harbour cranes arrive</h1>
                <p>The first of four new cranes reached the northern harbour on Tuesday, two months later than the
                port authority had promised, and the dockers' union said the delay had cost its members a season.</p>
                <p>“We will have all four cranes working by spring, and the night shifts will come back with them,”
                Okafor said, standing on the quay as the crane was lifted from the barge.</p>
                <p>The port authority did not answer questions about the cost of the delay, which the union puts at
                several million, nor about the contract with the builder of the cranes.</p>
                </article><footer>Subscribe to the newsletter</footer></body></html>
                """.formatted(authorMeta);
        return HtmlArticles.read("cranes", "cranes.html", html.getBytes(StandardCharsets.UTF_8), null, null, null,
                w -> { }).orElseThrow();
    }

    private static List<String> speakers(Article article) {
        return new Attributor().attribute(article).stream().flatMap(List::stream)
                .map(a -> a.speaker().name() + "/" + a.speaker().type().label()).toList();
    }

    @Test
    void aSurnameOfTheBylineIsAPersonEvenWhenTheSourceIsNamedAfterIt() {
        Article withByline = page("<meta name=\"author\" content=\"Maria Okafor\">");
        assertThat(withByline.byline()).isEqualTo("Maria Okafor");
        assertThat(withByline.source()).isEqualTo("The Okafor Report");
        assertThat(speakers(withByline)).containsExactly("Okafor/person");
        // without the byline, the name of the source makes the same word an outlet's
        assertThat(speakers(page(""))).containsExactly("Okafor/media");
    }

    @Test
    void namesOfABylineAreItsWritersWholeNamesFirstAndLastNamesAndSurnames() {
        BylineNames names = BylineNames.of("Dr Jane A. Roe and Tom Reed in Kabul");
        assertThat(names.contains(List.of("jane", "a", "roe"))).isTrue();
        assertThat(names.contains(List.of("jane", "roe"))).isTrue();
        assertThat(names.contains(List.of("roe"))).isTrue();
        assertThat(names.contains(List.of("tom", "reed"))).isTrue();
        assertThat(names.contains(List.of("reed"))).isTrue();
        assertThat(names.contains(List.of("kabul"))).isFalse();
        assertThat(names.contains(List.of("jane"))).isFalse();
    }

    @Test
    void aBylineOfAnAgencyOrAPostNamesNoOne() {
        for (String byline : List.of("Reuters", "Associated Press", "Staff Reporter", "Our Correspondent",
                "BBC News", "Reuters Staff", "Editorial Board")) {
            BylineNames names = BylineNames.of(byline);
            assertThat(names).as(byline).isSameAs(BylineNames.NONE);
        }
        assertThat(BylineNames.of(null)).isSameAs(BylineNames.NONE);
    }
}
