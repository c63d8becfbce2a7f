package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The warm-up sample takes attribution through all its parts: every paragraph of it finds a speaker. */
class AttributionWarmUpTest {

    @Test
    void sampleTakesEveryParagraphThroughTheWholeAttribution() {
        // a sample the speech scan passed over, or whose paragraphs found no speaker, would load little of attribution
        List<List<Attribution>> speakers = new Attributor().attribute(AttributionWarmUp.SAMPLE);
        for (List<Attribution> paragraph : speakers) {
            assertFalse(paragraph.isEmpty(), "no speaker found in a paragraph of the sample: " + speakers);
        }
    }
}
