package dev.passages.cli;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code passages serve} as a user starts it: the URL on stdout, the index built first when it is the default
 * one and missing, and one-line errors (exit 2) for a port in use, a missing index or an address other machines
 * reach without --allow-remote.
 */
class ServeCommandIT {

    @TempDir
    Path home;

    /** serve in its own JVM with PASSAGES_HOME set; stdout and stderr in files. */
    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(ProcessHarness.command("serve"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        pb.environment().put("PASSAGES_HOME", home.toString());
        pb.environment().remove("PASSAGES_INDEX");
        return pb.start();
    }

    /** The first line of stdout, once there is one (within a minute). */
    private String url(Process p) throws Exception {
        for (int i = 0; i < 600; i++) {
            String out = Files.exists(home.resolve("out")) ? Files.readString(home.resolve("out")) : "";
            if (out.endsWith("\n")) {
                return out.strip();
            }
            assertThat(p.isAlive()).as(Files.readString(home.resolve("err"))).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no URL printed: " + Files.readString(home.resolve("err")));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process p) throws Exception {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    @Test
    void indexesTheDefaultCorpusFirstThenPrintsTheUrlAndServes() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        for (String f : new String[] {"000_13c3e290747b6afd.txt", "2023-11-08-amu-kakar-cites-60-rise-terrorist-incidents.txt"}) {
            Files.copy(TestCorpus.FROZEN.resolve(f), corpus.resolve(f));
        }
        Process p = start("--port", "0");
        try {
            String url = url(p);
            assertThat(url).matches("http://127\\.0\\.0\\.1:[0-9]+/");
            assertThat(Files.readString(home.resolve("out")).lines()).hasSize(1);
            assertThat(Files.readString(home.resolve("err"))).contains("no index yet; indexing");
            assertThat(Files.isDirectory(home.resolve("index"))).isTrue();
            HttpResponse<String> page = get(url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>passages</title>");
            HttpResponse<String> search = get(url + "api/search?q=Kakar");
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("\"schema\":\"passages/1\"").contains("000_13c3e290747b6afd#");
            // the request's log line follows its answer
            for (int i = 0; i < 100 && !Files.readString(home.resolve("err")).contains("GET /api/search 200"); i++) {
                Thread.sleep(50);
            }
            assertThat(Files.readString(home.resolve("err"))).contains("GET /api/search 200");
        } finally {
            stop(p);
        }
    }

    @Test
    void aPortInUseIsOneLineAndExit2() throws Exception {
        Path index = home.resolve("idx");
        assertThat(CliRun.in(home, "index", "corpus", "--index", index.toString(), "-q").code()).isZero();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.in(home, "serve", "--index", index.toString(), "--port", String.valueOf(taken.getLocalPort()), "-q");
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).startsWith("passages: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port").doesNotContain("\n");
            assertThat(r.out()).isEmpty();
            // and without -q: no word of the warm-up the failure stopped
            CliRun loud = CliRun.in(home, "serve", "--index", index.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(loud.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(loud.err().strip()).startsWith("passages: cannot listen on ").doesNotContain("\n");
        }
    }

    @Test
    void aMissingIndexIsAnErrorBeforeListening() {
        CliRun r = CliRun.in(home, "serve", "--index", home.resolve("none").toString(), "--port", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("passages: ").doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anAddressOtherMachinesReachNeedsAllowRemote() {
        CliRun r = CliRun.in(home, "serve", "--host", "192.0.2.1", "--port", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("not a loopback address").contains("--allow-remote").contains("SSH");
        assertThat(CliRun.in(home, "serve", "--port", "70000").err()).contains("--port must be from 0 to 65535");
    }

    @Test
    void allowRemoteServesWithAWarning() throws Exception {
        Path index = home.resolve("idx");
        assertThat(CliRun.in(home, "index", "corpus", "--index", index.toString(), "-q").code()).isZero();
        Process p = start("--index", index.toString(), "--host", "0.0.0.0", "--allow-remote", "--port", "0");
        try {
            String url = url(p);
            assertThat(Files.readString(home.resolve("err"))).contains("warning: serving on 0.0.0.0")
                    .contains("anyone who reaches it can read the whole index");
            assertThat(get(url + "api/speakers?limit=1").statusCode()).isEqualTo(200);
        } finally {
            stop(p);
        }
    }
}
