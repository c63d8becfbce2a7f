package dev.passages.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A query daemon serving in this JVM on a state file, listening once made; closing stops it and checks it ended well. */
final class ServedDaemon implements AutoCloseable {

    final Server daemon;
    final Path state;
    private final CompletableFuture<Boolean> served;

    ServedDaemon(Path state, Consumer<String> log) throws InterruptedException {
        this(state, TimeUnit.MINUTES.toMillis(5), log);
    }

    /** A daemon that goes once idle for {@code idleMillis}. */
    ServedDaemon(Path state, long idleMillis, Consumer<String> log) throws InterruptedException {
        this.state = state;
        daemon = new Server(state, "stamp", idleMillis, log, LocalRun.COMMANDS);
        served = CompletableFuture.supplyAsync(() -> {
            try {
                return daemon.serve(() -> { }, () -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // the state file says "0 ..." while the daemon starts, then its port
        for (int i = 0; i < 1000 && !listening(); i++) {
            Thread.sleep(10);
        }
        assertThat(listening()).as("the daemon listens").isTrue();
    }

    private boolean listening() {
        String[] fields = StateFile.read(state);
        return fields != null && !fields[0].equals("0");
    }

    /** The port the daemon listens on. */
    int port() {
        return Integer.parseInt(StateFile.read(state)[0]);
    }

    /** Whether the daemon ended well within {@code seconds} (it fails the test if it has not ended by then). */
    boolean endedWithin(int seconds) throws Exception {
        return served.get(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        daemon.stop();
        assertThat(endedWithin(20)).isTrue();
    }
}
