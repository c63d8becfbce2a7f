package dev.passages.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connections that do not prove themselves cannot hold the daemon: each has a deadline for its whole
 * request, they are few at a time, and they cost the log a line a minute; the daemon's files are its
 * owner's alone, and its log is bounded.
 */
class DaemonDenialOfServiceIT {

    @TempDir
    Path home;
    Path state;
    ServedDaemon served;
    final List<String> logged = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        LocalRun.indexFirstArticles(home, 4);
        state = home.resolve("target").resolve("daemon").resolve("daemon.port");
        served = new ServedDaemon(state, logged::add);
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
    }

    private DaemonClient.Reply count() throws IOException {
        return DaemonClient.ask(state, null, home, List.of("PASSAGES_HOME=" + home), "search", "--count", "said", "--index", "idx");
    }

    @Test
    void slowConnectionsThatProveNothingDoNotHoldUpAProvenRequestAndAreCutAtTheDeadline() throws Exception {
        List<Socket> silent = new ArrayList<>();
        List<Socket> trickling = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                silent.add(new Socket(InetAddress.getLoopbackAddress(), served.port()));
            }
            for (int i = 0; i < 8; i++) {
                trickling.add(new Socket(InetAddress.getLoopbackAddress(), served.port()));
            }
            // the trickling ones send a byte of a request every 200 ms: each read is quick, the whole never ends
            long start = System.nanoTime();
            CompletableFuture<Long> cut = CompletableFuture.supplyAsync(() -> {
                byte[] protocol = (Server.PROTOCOL + "\0").getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; ; i++) {
                    for (Socket s : trickling) {
                        try {
                            s.getOutputStream().write(protocol[Math.min(i, protocol.length - 1)] == 0 ? 'x' : protocol[Math.min(i, protocol.length - 1)]);
                            s.getOutputStream().flush();
                        } catch (IOException closed) {
                            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        }
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return -1L;
                    }
                    if (TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) > 30) {
                        return -1L;
                    }
                }
            });
            long asked = System.nanoTime();
            DaemonClient.Reply reply = count();
            assertThat(reply.code()).isZero();
            assertThat(Long.parseLong(reply.out().trim())).isPositive();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)).isLessThan(Server.REQUEST_MILLIS);
            // the trickling connections are closed at the deadline of their request, not kept for ever
            assertThat(cut.get(40, TimeUnit.SECONDS)).isBetween(1L, Server.REQUEST_MILLIS + 3000L);
            // of the 100 silent ones, those beyond the limit were closed to make room (the oldest first)
            Socket oldest = silent.get(0);
            oldest.setSoTimeout(Server.REQUEST_MILLIS + 3000);
            assertThat(oldest.getInputStream().read()).isEqualTo(-1);
        } finally {
            for (Socket s : silent) {
                s.close();
            }
            for (Socket s : trickling) {
                s.close();
            }
        }
    }

    @Test
    void commandsWhoseReadersStallHoldEveryPlaceAndTheNextIsRefusedAsBusyAtOnce() throws Exception {
        // a batch whose answer is far more than a socket holds, asked by clients that never read it
        java.nio.file.Files.writeString(home.resolve("queries.txt"), "said\n".repeat(20_000));
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                stalled.add(DaemonClient.open(state, null, home, List.of("PASSAGES_HOME=" + home), "search", "--batch",
                        "queries.txt", "--index", "idx"));
            }
            Thread.sleep(2_000);
            long asked = System.nanoTime();
            DaemonClient.Reply reply = count();
            assertThat(reply.status()).isEqualTo("refused busy");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)).isLessThan(Server.PLACE_MILLIS + 2_000);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        // the places free again once their readers go
        assertThat(count().code()).isZero();
    }

    @Test
    void failedConnectionsAreLoggedAsACountNotALineEach() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), served.port())) {
                s.getOutputStream().write("GET / HTTP/1.0\0\0".getBytes(StandardCharsets.US_ASCII));
                s.getInputStream().read();
            }
        }
        assertThat(count().code()).isZero();
        served.close();
        List<String> about = logged.stream().filter(m -> m.contains("without a proven request")).toList();
        assertThat(about).hasSize(1);
        assertThat(about.get(0)).startsWith("200 connections closed").contains("refused protocol");
        assertThat(logged).hasSizeLessThan(10);
    }

    @Test
    void theDaemonsFolderAndFilesAreTheOwnersOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolveSibling("daemon.port.lock"))))
                .isEqualTo("rw-------");
        Path log = state.resolveSibling("daemon.log");
        try (LogFile l = new LogFile(log, LogFile.LIMIT)) {
            l.accept("a line");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }

    @Test
    void noDaemonServesFromAFolderOthersCanEnter() throws Exception {
        Path open = Files.createDirectories(home.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Server other = new Server(open.resolve("daemon.port"), "stamp", 1000, m -> { }, LocalRun.COMMANDS);
        assertThatThrownBy(() -> other.serve(() -> { }, () -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(open.toString()).hasMessageContaining("open to other users");
        assertThat(open).isEmptyDirectory();
    }

    @Test
    void theLogIsBoundedAndNeutralised() throws Exception {
        Path log = home.resolve("bounded.log");
        try (LogFile l = new LogFile(log, 1000)) {
            for (int i = 0; i < 500; i++) {
                l.accept("connection " + i + " said \u001b[2J\nforged line");
            }
        }
        assertThat(Files.size(log)).isLessThanOrEqualTo(1000);
        assertThat(Files.size(home.resolve("bounded.log.1"))).isLessThanOrEqualTo(1000);
        String text = Files.readString(log);
        assertThat(text).contains("connection 499 said").doesNotContain("\u001b").doesNotContain("\nforged");
        assertThat(text.lines()).allMatch(l -> l.startsWith("passages daemon: connection "));
    }
}
