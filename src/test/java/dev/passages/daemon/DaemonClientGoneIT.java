package dev.passages.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A command whose client has gone stops at its next output, and frees the daemon's thread. */
class DaemonClientGoneIT {

    @TempDir
    Path home;

    @Test
    void aBatchWhoseClientWentAwayStopsAndTheDaemonServesOthers() throws Exception {
        LocalRun.indexFirstArticles(home, 4);
        // far more answers than could be written in the time this test waits
        int queries = 500_000;
        Files.write(home.resolve("many.txt"), Collections.nCopies(queries, "said"));
        Path state = home.resolve("target").resolve("daemon").resolve("daemon.port");
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        ServedDaemon served = new ServedDaemon(state, logged::add);
        try {
            List<String> vars = List.of("PASSAGES_HOME=" + home);
            try (Socket s = DaemonClient.open(state, null, home, vars, "search", "--batch", "many.txt", "--index", "idx")) {
                InputStream in = s.getInputStream();
                String header;
                do {
                    header = DaemonClient.line(in);
                } while (header.equals("wait"));
                assertThat(header).startsWith("out ");
                // the client goes after its first answers (a reader that quit, a Ctrl-C)
            }
            long gone = System.nanoTime();
            while (logged.stream().noneMatch(m -> m.contains("went away")) && TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - gone) < 20) {
                Thread.sleep(50);
            }
            String stopped = logged.stream().filter(m -> m.contains("went away")).findFirst().orElseThrow();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - gone)).isLessThan(10);
            // it stopped long before its end: of some 40 bytes an answer, far less than all of them were written
            long bytes = Long.parseLong(stopped.replaceAll(".*after (\\d+) bytes.*", "$1"));
            assertThat(bytes).isLessThan(queries * 10L);
            // and the daemon is free for the next client
            DaemonClient.Reply next = DaemonClient.ask(state, null, home, vars, "search", "--count", "said", "--index", "idx");
            assertThat(next.code()).isZero();
        } finally {
            served.close();
        }
    }
}
