package dev.passages.cli;

import dev.passages.corpus.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** parse, attribute and index name every kind of file passages reads, from the one list of them. */
class FormatsHelpTest {

    @TempDir
    Path home;

    /** The endings the list names: {@code .txt}, {@code .html.gz}, {@code .warc.gz}, ... */
    private static List<String> endings() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\.[a-z]+(?:\\.gz)?").matcher(CorpusFiles.FORMATS);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theHelpOfParseAttributeAndIndexNamesEveryFormat() {
        for (String command : List.of("parse", "attribute", "index")) {
            CliRun run = CliRun.in(home, command, "--help");
            assertThat(run.code()).isEqualTo(ExitCodes.OK);
            // picocli wraps the text to the terminal's width, also after a dot (".warc." then "gz")
            assertThat(run.out().replaceAll("\\s+", "")).as(command).contains(CorpusFiles.FORMATS.replace(" ", ""));
        }
    }

    @Test
    void theListNamesEveryEndingReadAndOnlyThose() {
        List<String> endings = endings();
        for (String ending : endings) {
            assertThat(CorpusFiles.kindOf(Path.of("a" + ending))).as(ending).isNotEqualTo(CorpusFiles.Kind.UNSUPPORTED);
        }
        for (String ext : CorpusFiles.TEXT) {
            assertThat(endings).contains("." + ext);
        }
        for (String ext : CorpusFiles.JSON) {
            assertThat(endings).contains("." + ext);
        }
        for (String ext : CorpusFiles.HTML) {
            assertThat(endings).contains("." + ext, "." + ext + ".gz");
        }
        assertThat(endings).containsAll(CorpusFiles.WARC);
        assertThat(CorpusFiles.kindOf(Path.of("a.docx"))).isEqualTo(CorpusFiles.Kind.UNSUPPORTED);
    }
}
