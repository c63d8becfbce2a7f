package dev.passages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Batch input that is not a file of short UTF-8 lines: each case ends, in bounded memory, with answers or one line. */
class BatchInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final IndexedHome corpus = new IndexedHome();

    private static List<BatchLines.Line> lines(InputStream in) throws IOException {
        BatchLines reader = new BatchLines(in);
        List<BatchLines.Line> out = new ArrayList<>();
        for (BatchLines.Line l = reader.next(); l != null; l = reader.next()) {
            out.add(l);
        }
        return out;
    }

    /** {@code n} bytes of {@code b}, made as they are read. */
    private static InputStream repeated(long n, byte b) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? b : -1;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(buf, off, off + k, b);
                left -= k;
                return k;
            }
        };
    }

    @Test
    void aLineLongerThanTheBoundIsAProblemAndTheNextLineIsRead() throws IOException {
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream("first\r\n".getBytes(StandardCharsets.US_ASCII)),
                repeated(200L * 1024 * 1024, (byte) 'a'),
                new ByteArrayInputStream("\nrefugees\rlast".getBytes(StandardCharsets.US_ASCII)))));
        List<BatchLines.Line> lines = lines(in);
        assertThat(lines).extracting(BatchLines.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(0).text()).isEqualTo("first");
        assertThat(lines.get(1).problem()).isEqualTo("line 2: longer than 1 MB; skipped");
        assertThat(lines.get(2).text()).isEqualTo("refugees");
        assertThat(lines.get(3).text()).isEqualTo("last");
    }

    @Test
    void aByteOrderMarkThatOpensTheInputIsNoPartOfTheFirstQuery() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(bom),
                new ByteArrayInputStream("{\"query\":\"refugees\"}\ntitle:deportation\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(lines(in)).extracting(BatchLines.Line::text).containsExactly("{\"query\":\"refugees\"}", "title:deportation");
        // only at the start: a later line keeps what it holds
        InputStream later = new SequenceInputStream(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(bom));
        assertThat(lines(later)).extracting(BatchLines.Line::text).containsExactly("a", "\uFEFF");
    }

    @Test
    void aLineOfExactlyTheBoundIsAQuery() throws IOException {
        InputStream in = new SequenceInputStream(repeated(BatchLines.MAX_LINE_BYTES, (byte) 'b'),
                new ByteArrayInputStream("\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(lines(in)).singleElement().satisfies(l -> assertThat(l.text()).hasSize(BatchLines.MAX_LINE_BYTES));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aNulByteEndsTheInput() throws IOException {
        assertThat(lines(new SequenceInputStream(new ByteArrayInputStream("ok\nbad\0more\0\nand more".getBytes(StandardCharsets.US_ASCII)),
                repeated(Long.MAX_VALUE, (byte) 0))))
                .extracting(l -> l.text() != null ? l.text() : l.problem())
                .containsExactly("ok", "line 2: a NUL byte: the input is not text; nothing after it was read");
        // an endless line without a line feed, that turns to NUL bytes after the bound: skipped, then ended
        assertThat(lines(new SequenceInputStream(repeated(3L * 1024 * 1024, (byte) 'x'), repeated(Long.MAX_VALUE, (byte) 0))))
                .extracting(BatchLines.Line::problem).containsExactly("line 1: longer than 1 MB; skipped");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void devZeroGivesOneErrorObject() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        CliRun r = corpus.run("search", "--batch", zero.toString(), "--index", corpus.index());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out().lines()).singleElement().satisfies(line ->
                assertThat(JSON.readTree(line).at("/error/message").asText()).contains("NUL byte"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aLineThatIsNotUtf8GetsAnErrorObjectAndTheOthersAreAnswered() throws Exception {
        Path batch = corpus.home().resolve("latin1.txt");
        Files.write(batch, "Kakar\ncaf\u00e9 refugees\nrefugees\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = corpus.run("search", "--batch", batch.toString(), "--index", corpus.index());
        List<JsonNode> answers = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            answers.add(JSON.readTree(line));
        }
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("total").asLong()).isPositive();
        assertThat(answers.get(1).get("id").asText()).isEqualTo("2");
        assertThat(answers.get(1).at("/error/message").asText()).isEqualTo("line 2: not UTF-8 text (the batch input must be UTF-8); skipped");
        assertThat(answers.get(2).get("total").asLong()).isPositive();
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBatchNamingAFolderIsAUsageError() {
        CliRun r = corpus.run("search", "--batch", corpus.home().toString(), "--index", corpus.index());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("passages: --batch: ").contains("is a folder");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBatchFileThatIsNotThereSaysSo() {
        String missing = corpus.home().resolve("no-such-queries.txt").toString();
        CliRun r = corpus.run("search", "--batch", missing, "--index", corpus.index());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("passages: --batch: cannot read " + missing + " (no such file)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void standardInputThatCannotBeReadIsAUsageErrorNotAnInternalOne() {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("Is a directory");
            }
        });
        try {
            CliRun r = corpus.run("search", "--batch", "-", "--index", corpus.index());
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("passages: --batch -: cannot read standard input (Is a directory); give it a file"
                    + " of queries, one a line\n");
        } finally {
            System.setIn(stdin);
        }
    }
}
