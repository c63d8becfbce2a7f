package dev.passages.serve;

import dev.passages.search.Sanitize;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The request log line: method, path (made safe for a terminal), status and milliseconds to a tenth. */
class RequestLogLineTest {

    @Test
    void millisecondsToATenthAsFormatWouldPrintThem() {
        assertThat(Api.logLine("GET", "/api/search", 200, 1_250_000)).isEqualTo("GET /api/search 200 1.3 ms");
        assertThat(Api.logLine("GET", "/api/search", 404, 0)).isEqualTo("GET /api/search 404 0.0 ms");
        assertThat(Api.logLine("HEAD", "/", 200, 12_345_678_901L)).isEqualTo("HEAD / 200 12345.7 ms");
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long nanos = random.nextInt(1 << 30);
            assertThat(Api.logLine("GET", "/a", 200, nanos))
                    .isEqualTo(String.format(Locale.ROOT, "GET /a 200 %.1f ms", nanos / 1e6));
        }
    }

    @Test
    void pathIsMadeSafeForATerminal() {
        String path = "/api/\u001b[31mred\nnext";
        assertThat(Api.logLine("GET", path, 400, 1)).isEqualTo("GET " + Sanitize.oneLine(path) + " 400 0.0 ms").doesNotContain("\u001b", "\n");
    }
}
