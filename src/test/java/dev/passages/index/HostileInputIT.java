package dev.passages.index;

import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Files a user may throw at the indexer: each is indexed correctly or skipped with a warning, the rest indexed. */
class HostileInputIT {

    @TempDir
    Path tmp;

    private final List<String> warnings = new ArrayList<>();

    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "Title: Good\nDate: 2023-11-20\n\nThe sentinel paragraph.\n");
        return corpus;
    }

    private long count(String query) throws Exception {
        try (PassageSearcher s = new PassageSearcher(tmp.resolve("index"))) {
            return s.count(SearchRequest.of(query));
        }
    }

    private IndexSummary index(Path corpus) {
        return new Indexer(tmp.resolve("index"), false, warnings::add, 2).run(corpus);
    }

    @Test
    void brokenFilesAreSkippedByNameAndTheRestIndexed() throws Exception {
        Path corpus = corpus();
        Files.write(corpus.resolve("zero.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2, 3});
        Files.write(corpus.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("broken.json"), "[{\"body\": \"unterminated".getBytes(StandardCharsets.UTF_8));
        IndexSummary s = index(corpus);
        assertThat(s.skipped()).isEqualTo(3);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("zero.txt: skipped: empty"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("binary.txt: skipped: binary"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("latin1.txt: not valid UTF-8").endsWith("read as Windows-1252"));
        assertThat(count("crème")).isEqualTo(1);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("broken.json: skipped: malformed JSON"));
        assertThat(count("sentinel")).isEqualTo(1);
    }

    @Test
    void utf16WithBomAndOddNamesAreIndexed() throws Exception {
        Path corpus = corpus();
        byte[] body = "\uFEFFTitle: Sixteen\n\nA utf sixteen paragraph.\n".getBytes(StandardCharsets.UTF_16LE);
        Files.write(corpus.resolve("utf16.txt"), body);
        Files.writeString(corpus.resolve("name with spaces ünïcødé.txt"), "A spaced paragraph.\n");
        Path deep = corpus;
        for (int i = 0; i < 60; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.txt"), "A deep paragraph.\n");
        IndexSummary s = index(corpus);
        assertThat(s.skipped()).isZero();
        assertThat(count("sixteen")).isEqualTo(1);
        assertThat(count("spaced")).isEqualTo(1);
        assertThat(count("deep")).isEqualTo(1);
    }

    @Test
    void hugeSingleLineFileAndHundredThousandParagraphsAreIndexed() throws Exception {
        Path corpus = corpus();
        try (Writer w = Files.newBufferedWriter(corpus.resolve("one-line.txt"))) {
            String chunk = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length()) {
                w.write(chunk);
            }
            w.write("needleword\n");
        }
        try (Writer w = Files.newBufferedWriter(corpus.resolve("many.txt"))) {
            for (int i = 0; i < 100_000; i++) {
                w.write("Paragraph number " + i + " says little.\n\n");
            }
        }
        IndexSummary s = index(corpus);
        assertThat(s.skipped()).isZero();
        assertThat(s.paragraphs()).isEqualTo(1 + 1 + 100_000);
        assertThat(count("needleword")).isEqualTo(1);
        assertThat(count("little")).isEqualTo(100_000);
    }

    @Test
    void unreadableFileIsSkippedByName() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path corpus = corpus();
        Path secret = corpus.resolve("secret.txt");
        Files.writeString(secret, "Hidden.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        IndexSummary s = index(corpus);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("secret.txt: skipped: permission denied"));
    }
}
