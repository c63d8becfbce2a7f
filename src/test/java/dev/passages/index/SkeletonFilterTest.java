package dev.passages.index;

import dev.passages.attribution.Names;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter's in-place skeleton of a token must be {@link Names#skeleton}'s, or the token itself when that is empty. */
class SkeletonFilterTest {

    @Property(tries = 3000)
    void filterGivesNamesSkeleton(@ForAll("tokens") String token) throws Exception {
        Tokenizer source = new KeywordTokenizer();
        source.setReader(new StringReader(token));
        try (SkeletonFilter filter = new SkeletonFilter(source)) {
            CharTermAttribute term = filter.addAttribute(CharTermAttribute.class);
            filter.reset();
            assertThat(filter.incrementToken()).isTrue();
            String expected = Names.skeleton(token).isEmpty() ? token : Names.skeleton(token);
            assertThat(term.toString()).isEqualTo(expected);
            filter.end();
        }
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().withChars("aehiouybcdklmnrstz").ofMinLength(1).ofMaxLength(14)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("abhAHZ09-'é").ofMinLength(1).ofMaxLength(10)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8)));
    }
}
