package dev.passages.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link NewswireBrackets#unbracket} scans by hand what a regular expression did: it must do the same. */
class UnbracketPropertiesTest {

    /** A ticker ({@code <BP.L>}) or a markup tag of at most 300 characters ({@code <tweet/>}, {@code </p>}): blanked whole. */
    private static final Pattern TICKER = Pattern.compile("<[A-Z0-9]{1,6}(?:\\.[A-Z]{1,3})?>|<[a-z/][^<>]{0,298}>");

    private static String byRegex(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = TICKER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(b);
        return b.toString().replace('<', ' ').replace('>', ' ');
    }

    @Property(tries = 3000)
    void tickersTagsAndBracketsBecomeSpacesAsTheRegularExpressionHasIt(@ForAll("bracketed") String text) {
        assertThat(NewswireBrackets.unbracket(text)).isEqualTo(byRegex(text)).hasSameSizeAs(text);
    }

    @Property(tries = 200)
    void aTagIsBlankedUpToItsLengthLimitAndNoFurther(@ForAll("tagLengths") int inside) {
        String text = "a <b" + "x".repeat(inside) + "> c";
        assertThat(NewswireBrackets.unbracket(text)).isEqualTo(byRegex(text));
        // "a <b and c ... later -> x": a bracket that never closes a tag leaves the text between for attribution
        assertThat(NewswireBrackets.unbracket(text).contains("x")).isEqualTo(inside > 298);
    }

    @Provide
    Arbitrary<Integer> tagLengths() {
        return Arbitraries.integers().between(290, 310);
    }

    @Provide
    Arbitrary<String> bracketed() {
        return Arbitraries.of("<", ">", "<", "A", "B", "Z", "1", ".", "a", " ", "/", "LOTS", "BP.L", "<LOTS>", "ABCDEFG", "<tweet/>")
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
