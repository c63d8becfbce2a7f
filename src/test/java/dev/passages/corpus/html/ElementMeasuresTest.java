package dev.passages.corpus.html;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The measures kept per element agree with the same measures taken by walking the element's descendants, on
 * any markup, and still agree after elements are removed through {@link DomEdits}.
 */
class ElementMeasuresTest {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    @Property(tries = 400)
    void measuresAgreeWithWalkingTheTree(@ForAll("markup") String html) {
        Element body = Jsoup.parse(html).body();
        ElementMeasures measures = new ElementMeasures();
        assertAgree(body, measures);
    }

    @Property(tries = 300)
    void measuresFollowRemovals(@ForAll("markup") String html, @ForAll long seed) {
        Element body = Jsoup.parse(html).body();
        ElementMeasures measures = new ElementMeasures();
        assertAgree(body, measures);
        Random random = new Random(seed);
        for (int round = 0; round < 3; round++) {
            DomEdits edits = new DomEdits(measures);
            List<Element> all = body.getAllElements();
            for (Element e : all) {
                if (e != body && random.nextInt(4) == 0) {
                    edits.remove(e);
                }
            }
            edits.flush();
            assertAgree(body, measures);
        }
    }

    @Property(tries = 20)
    void removalsFromLargeFamiliesAreSeenOnceFlushed(@ForAll long seed) {
        StringBuilder html = new StringBuilder("<div id=big>");
        for (int i = 0; i < 400; i++) {
            html.append(i % 3 == 0 ? "<a href=/x>link, " + i + "</a>" : "<p>text " + i + "</p>").append(i % 2 == 0 ? " " : "");
        }
        Element body = Jsoup.parse(html.append("</div>").toString()).body();
        ElementMeasures measures = new ElementMeasures();
        assertAgree(body, measures);
        Element big = body.getElementById("big");
        DomEdits edits = new DomEdits(measures);
        Random random = new Random(seed);
        for (Element child : big.children()) {
            if (random.nextBoolean()) {
                edits.remove(child);
            }
        }
        edits.flush();
        assertAgree(body, measures);
    }

    private static void assertAgree(Element root, ElementMeasures measures) {
        for (Element e : root.getAllElements()) {
            int length = DomText.length(e);
            assertThat(measures.length(e)).as("length of %s", e.cssSelector()).isEqualTo(length);
            assertThat(measures.commas(e)).as("commas").isEqualTo(DomText.commas(e));
            assertThat(measures.linkDensity(e)).as("link density").isCloseTo(DomText.linkDensity(e), within(1e-9));
            assertThat(measures.paragraphs(e)).isEqualTo(e.getElementsByTag("p").size());
            assertThat(measures.images(e)).isEqualTo(e.getElementsByTag("img").size());
            assertThat(measures.items(e)).isEqualTo(e.getElementsByTag("li").size());
            assertThat(measures.inputs(e)).isEqualTo(e.getElementsByTag("input").size());
            assertThat(measures.embeds(e)).isEqualTo(e.select("object, embed, iframe").size());
            int lists = 0;
            for (Element list : e.select("ul, ol")) {
                lists += DomText.length(list);
            }
            assertThat(measures.listChars(e)).as("list text").isEqualTo(lists);
            assertThat(measures.headingChars(e)).as("heading text").isEqualTo(outermostHeadingText(e));
        }
    }

    private static int outermostHeadingText(Element node) {
        int inside = 0;
        for (Element e : node.getAllElements()) {
            if (e == node || !HEADINGS.contains(e.normalName())) {
                continue;
            }
            boolean nested = false;
            for (Element p = e.parent(); p != null && p != node; p = p.parent()) {
                nested |= HEADINGS.contains(p.normalName());
            }
            if (!nested) {
                inside += DomText.length(e);
            }
        }
        return inside;
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<a href=\"#top\">", "<a href=\"/page\">",
                "</a>", "<h2>", "</h2>", "<h3>", "</h3>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "</ol>", "<img>", "<input>",
                "<iframe></iframe>", "<span>", "</span>", "<br>", "<!-- note -->", "<script>var a = 1, b;</script>", " ", "  ",
                "\n", "\t", "\u00A0", "word", "more words", ",", "x,y", "\uFF0C", "end.", "<pre> a\n\n b </pre>");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
