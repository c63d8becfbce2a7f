package dev.passages.serve;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server refuses what a web page of another site could make a browser send it (a DNS name rebound to
 * 127.0.0.1, a cross-site fetch), changes nothing, and sends security headers with every answer.
 */
class ServeSecurityTest {

    @TempDir
    static Path dir;
    static ServeFixture serve;

    @BeforeAll
    static void start() {
        serve = ServeFixture.over(TestCorpus.FROZEN, dir.resolve("idx"));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static String get(String target, String... headerLines) throws Exception {
        StringBuilder b = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
        for (String h : headerLines) {
            b.append(h).append("\r\n");
        }
        return serve.raw(b.append("Connection: close\r\n\r\n").toString());
    }

    private static String host() {
        return "Host: 127.0.0.1:" + serve.server.port();
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        for (String host : new String[] {"evil.example", "evil.example:" + serve.server.port(), "127.0.0.1:1",
            "127.0.0.1", "localhost.evil.example:" + serve.server.port()}) {
            String r = get("/api/search?q=refugees", "Host: " + host);
            assertThat(r).as(host).startsWith("HTTP/1.1 403").contains("\"exit\":2").doesNotContain("\"hits\"");
            assertThat(get("/", "Host: " + host)).as(host).startsWith("HTTP/1.1 403").doesNotContain("<html");
        }
        assertThat(get("/api/search?q=refugees")).as("no Host at all").startsWith("HTTP/1.1 4");
        assertThat(serve.log).anyMatch(l -> l.contains("403 refused"));
    }

    @Test
    void theBoundAddressAndLocalhostAreAccepted() throws Exception {
        assertThat(get("/api/search?q=refugees", host())).startsWith("HTTP/1.1 200").contains("\"hits\"");
        assertThat(get("/api/search?q=refugees", "Host: LOCALHOST:" + serve.server.port())).startsWith("HTTP/1.1 200");
        assertThat(serve.server.url()).isEqualTo("http://127.0.0.1:" + serve.server.port() + "/");
    }

    @Test
    void aForeignOriginIsRefused() throws Exception {
        assertThat(get("/api/search?q=refugees", host(), "Origin: http://evil.example")).startsWith("HTTP/1.1 403");
        assertThat(get("/api/search?q=refugees", host(), "Origin: null")).startsWith("HTTP/1.1 403");
        assertThat(get("/api/search?q=refugees", host(), "Origin: http://127.0.0.1:" + serve.server.port()))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void aCrossSiteFetchIsRefusedButALinkFollowedOpensThePage() throws Exception {
        assertThat(get("/api/search?q=refugees", host(), "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"))
                .startsWith("HTTP/1.1 403");
        assertThat(get("/?q=refugees", host(), "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate"))
                .startsWith("HTTP/1.1 200");
        assertThat(get("/api/search?q=refugees", host(), "Sec-Fetch-Site: same-origin", "Sec-Fetch-Mode: cors"))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String target : new String[] {"/", "/app.js", "/api/search?q=refugees", "/api/search?q=%28", "/nothing",
            "/api/search?q=refugees&format=csv"}) {
            ServeFixture.Reply r = serve.get(target.replace("%28", "%28"));
            assertThat(r.header("Content-Security-Policy")).as(target)
                    .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(target).isEqualTo("no-referrer");
        }
        ServeFixture.Reply refused = serve.request("POST", "/api/search");
        assertThat(refused.header("Content-Security-Policy")).isNotNull();
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aUrlThatIsNoUriIsRefusedByTheJdkBeforeAnyHandlerAsDocsServeSays() throws Exception {
        // docs/serve.md, known limitation: the JDK's server parses the request line itself and answers its own page
        for (String target : new String[] {"/api/search?q=%ZZ", "/api/search?q=oil^2"}) {
            // none of the headers every answer of passages carries: no handler of passages ran
            assertThat(get(target, host())).as(target).startsWith("HTTP/1.1 400").contains("URISyntaxException thrown")
                    .doesNotContainIgnoringCase("X-Content-Type-Options").doesNotContain("passages/1");
        }
        // the same characters escaped reach passages: its JSON error or result, and its headers
        String escaped = get("/api/search?q=oil%5E2", host());
        assertThat(escaped).containsIgnoringCase("X-Content-Type-Options: nosniff").contains("\"schema\":\"passages/1\"");
    }

    @Test
    void aRequestThatNamesItsHostTwiceIsRefused() throws Exception {
        assertThat(get("/api/search?q=refugees", host(), "Host: evil.example")).startsWith("HTTP/1.1 400");
        assertThat(get("http://evil.example/api/search?q=refugees", host())).startsWith("HTTP/1.1 400")
                .doesNotContain("\"hits\"");
    }

    @Test
    void connectionsThatSendHalfARequestAndStopDoNotStarveTheServer() throws Exception {
        java.util.List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < WebServer.THREADS + 2; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", serve.server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            // the server gives up on the stalled requests after 5 s, and answers again, where it stayed frozen
            Thread.sleep(7_000);
            assertThat(get("/api/search?q=refugees", host())).startsWith("HTTP/1.1 200");
        } finally {
            for (java.net.Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void aVeryLongUrlIsRefused() throws Exception {
        String q = "refugees+".repeat(Guard.MAX_TARGET_CHARS / 9 + 1);
        assertThat(serve.get("/api/search?q=" + q).status()).isIn(400, 413, 414);
    }

    @Test
    void hostNamesOfALoopbackAddressAreItAndLocalhostWithThePort() throws Exception {
        assertThat(WebServer.hostNames(InetAddress.getByName("127.0.0.1"), 8765))
                .containsExactlyInAnyOrder("127.0.0.1:8765", "localhost:8765");
        assertThat(WebServer.hostNames(InetAddress.getByName("::1"), 8765))
                .containsExactlyInAnyOrder("[0:0:0:0:0:0:0:1]:8765", "localhost:8765", "[::1]:8765");
        assertThat(WebServer.hostNames(InetAddress.getByName("0.0.0.0"), 8765)).isEmpty();
    }
}
