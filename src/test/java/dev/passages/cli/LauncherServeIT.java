package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./passages serve} runs in the launcher's own process, in the foreground, never through the query
 * daemon: it prints its URL, answers, starts no daemon, and stops on TERM.
 */
class LauncherServeIT {

    @TempDir
    Path home;

    @Test
    void serveRunsInTheForegroundAndStartsNoDaemon() throws Exception {
        LauncherHarness launcher = new LauncherHarness(home);
        Path out = home.resolve("serve.out");
        Path err = home.resolve("serve.err");
        Process p = launcher.start(out, err, "serve", "--port", "0");
        try {
            String url = null;
            for (int i = 0; i < 600 && url == null; i++) {
                String printed = Files.exists(out) ? Files.readString(out) : "";
                if (printed.endsWith("\n")) {
                    url = printed.strip();
                } else {
                    assertThat(p.isAlive()).as(Files.readString(err)).isTrue();
                    Thread.sleep(100);
                }
            }
            assertThat(url).as(Files.readString(err)).matches("http://127\\.0\\.0\\.1:[0-9]+/");
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "api/speakers?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Files.exists(launcher.state)).as("a daemon state file").isFalse();
            // the launcher exec'd java: the process started is the server itself
            assertThat(p.toHandle().info().command().orElse("")).endsWith("java");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped on TERM").isTrue();
        }
    }
}
