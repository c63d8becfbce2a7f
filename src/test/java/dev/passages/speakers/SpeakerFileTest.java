package dev.passages.speakers;

import dev.passages.attribution.SpeakerType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's text format: its lines as written, read back lazily, and a damaged line. */
class SpeakerFileTest {

    private static final SpeakerRegistry.Entry KAKAR = new SpeakerRegistry.Entry("anwaarul haq kakar",
            "Anwaarul Haq Kakar", SpeakerType.PERSON, List.of("Anwaarul Haq Kakar", "Kakar"),
            List.of("anwaarul haq kakar", "kakar"), 4, 3, LocalDate.parse("2023-11-01"), LocalDate.parse("2023-11-03"));
    private static final SpeakerRegistry.Entry UNDATED = new SpeakerRegistry.Entry("imf", "IMF",
            SpeakerType.ORGANIZATION, List.of("IMF"), List.of("imf"), 1, 1, null, null);
    private static final String KAKAR_LINE = "anwaarul haq kakar\tAnwaarul Haq Kakar\tperson\t4\t3\t2023-11-01\t2023-11-03"
            + "\tAnwaarul Haq Kakar\u001EKakar\t\tanwaarul haq kakar\u001Ekakar";

    @Test
    void entriesAreWrittenOneTabSeparatedLineEach() {
        assertThat(SpeakerFile.format(List.of(KAKAR, UNDATED)))
                .isEqualTo(KAKAR_LINE + "\nimf\tIMF\torganization\t1\t1\t\t\tIMF\t\timf\n");
    }

    @Test
    void separatorsInsideANameBecomeSpaces() {
        SpeakerRegistry.Entry odd = new SpeakerRegistry.Entry("k", "A\tB\nC\u001ED", SpeakerType.PERSON,
                List.of("A\tB"), List.of("k"), 1, 1, null, null);
        assertThat(SpeakerFile.format(List.of(odd))).isEqualTo("k\tA B C D\tperson\t1\t1\t\t\tA B\t\tk\n");
    }

    @Test
    void linesReadBackAsTheEntriesWrittenAndOneIsFoundByAnyOfItsRawKeys() {
        AtomicInteger rebuilt = new AtomicInteger();
        SpeakerRegistry read = SpeakerFile.read(
                bytes(SpeakerFile.format(List.of(KAKAR, UNDATED))), 0, () -> {
                    rebuilt.incrementAndGet();
                    return List.of();
                });
        assertThat(read.canonical("kakar")).isEqualTo(KAKAR);
        assertThat(read.canonical("nobody")).isNull();
        assertThat(read.all()).containsExactly(KAKAR, UNDATED);
        assertThat(rebuilt).hasValue(0);
    }

    @Test
    void aLineWithoutNineFieldsIsNoRegistry() {
        assertThat(SpeakerFile.read(bytes(KAKAR_LINE + "\nimf\tIMF\torganization\n"), 0, List::of)).isNull();
    }

    @Test
    void aLineDamagedInsideItsFieldsGivesTheRebuiltEntriesWhenParsed() {
        String damaged = KAKAR_LINE.replace("\t4\t", "\tmany\t");
        SpeakerRegistry read = SpeakerFile.read(bytes(damaged + "\n"), 0, () -> List.of(UNDATED));
        assertThat(read.canonical("kakar")).isNull();
        assertThat(read.canonical("imf")).isEqualTo(UNDATED);
        assertThat(read.all()).containsExactly(UNDATED);
    }

    @Test
    void namesBeyondAsciiEveryRawKeyAndALastLineWithoutABreakAreRead() {
        SpeakerRegistry.Entry accented = new SpeakerRegistry.Entry("jose-nunez", "José Núñez", SpeakerType.PERSON,
                List.of("José Núñez", "Núñez"), List.of("jose-nunez", "núñez", "ホセ"), 2, 1, null, null);
        String text = SpeakerFile.format(List.of(UNDATED, accented));
        SpeakerRegistry read = SpeakerFile.read(bytes(text.substring(0, text.length() - 1)), 0, List::of);
        assertThat(read.canonical("ホセ")).isEqualTo(accented);
        assertThat(read.canonical("núñez")).isEqualTo(accented);
        assertThat(read.canonical("imf")).isEqualTo(UNDATED);
        assertThat(read.all()).containsExactly(UNDATED, accented);
        byte[] withHead = bytes("generation\t3\n" + text);
        assertThat(SpeakerFile.read(withHead, "generation\t3\n".length(), List::of).all()).containsExactly(UNDATED, accented);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
