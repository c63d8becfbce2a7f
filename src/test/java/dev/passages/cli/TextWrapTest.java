package dev.passages.cli;

import dev.passages.TestCorpus;
import dev.passages.search.PassageSearcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Text output on a terminal fits its width (hanging indent, shortened titles); piped output keeps one line per field. */
class TextWrapTest {

    @TempDir
    Path home;

    @Test
    void aLongLineBreaksAtSpacesWithAHangingIndent() {
        String line = "    The quick brown fox jumps over the lazy dog near the river bank at dawn.";
        String wrapped = TextWrap.wrap(line, 30, "    ");
        assertThat(wrapped.split("\n")).allSatisfy(l -> {
            assertThat(l).startsWith("    ");
            assertThat(l.length()).isLessThanOrEqualTo(30);
        });
        assertThat(wrapped.replace("\n    ", " ")).isEqualTo(line);
    }

    @Test
    void boldEscapesTakeNoRoomAndAWordWiderThanALineIsCut() {
        String bold = "    a \u001B[1mmatch\u001B[0m " + "x".repeat(70);
        for (String l : TextWrap.wrap(bold, 32, "    ").split("\n")) {
            assertThat(TextWrap.visible(l)).isLessThanOrEqualTo(32);
        }
        assertThat(TextWrap.visible("\u001B[1mmatch\u001B[0m")).isEqualTo(5);
        assertThat(TextWrap.wrap("    short", 80, "    ")).isEqualTo("    short");
        // too narrow to help: as it was
        assertThat(TextWrap.wrap("    " + "word ".repeat(20), 12, "    ")).isEqualTo("    " + "word ".repeat(20));
    }

    @Test
    void aLongTitleIsShortenedWithAnEllipsis() {
        assertThat(TextWrap.shorten("Pakistan urges Kabul to act against militants", 20)).isEqualTo("Pakistan urges Kabu…");
        assertThat(TextWrap.shorten("Short", 20)).isEqualTo("Short");
    }

    @Property(tries = 200)
    void wrappingLosesNoWordAndKeepsTheWidth(@ForAll @StringLength(max = 400) String text, @ForAll @IntRange(min = 30, max = 120) int width) {
        String clean = "    " + text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        String wrapped = TextWrap.wrap(clean, width, "    ");
        for (String l : wrapped.split("\n")) {
            assertThat(TextWrap.visible(l)).isLessThanOrEqualTo(width);
        }
        assertThat(Arrays.stream(wrapped.split("\n")).reduce("", String::concat).replace(" ", ""))
                .isEqualTo(clean.replace(" ", ""));
    }

    private String[] search(boolean terminal, String columns) {
        Map<String, String> vars = columns == null
                ? Map.of("PASSAGES_HOME", home.toString(), "NO_COLOR", "1")
                : Map.of("PASSAGES_HOME", home.toString(), "NO_COLOR", "1", "COLUMNS", columns);
        Environment env = new Environment(vars, Path.of(""), terminal, PassageSearcher::new);
        String corpus = TestCorpus.FROZEN.toAbsolutePath().toString();
        CliRun.with(env, "index", corpus, "--index", home.resolve("idx").toString());
        return CliRun.with(env, "search", "TTP hideouts", "--index", home.resolve("idx").toString(), "--limit", "3").out().split("\n");
    }

    @Test
    void searchOutputOnATerminalFitsItsWidthAndPipedOutputKeepsItsLines() {
        String[] narrow = search(true, "60");
        // every line but the ids, which stay whole to be copied
        assertThat(Arrays.stream(narrow).filter(l -> !l.matches("    \\S+#\\d+")))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(String.join("\n", narrow)).contains("…").contains("[[hideouts]]");
        String[] piped = search(false, "60");
        assertThat(piped).anySatisfy(l -> assertThat(l.length()).isGreaterThan(60));
        assertThat(piped.length).isLessThan(narrow.length);
        // a terminal of unknown width: as piped
        assertThat(search(true, null)).isEqualTo(piped);
    }
}
