package dev.passages.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Taking the daemon's lock: stand down before a daemon of the same jar, wait for one that is handing over. */
class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void aHolderWithoutAStateFileIsWaitedForAsItHandsOver() throws Exception {
        Path lockFile = Files.createFile(dir.resolve("daemon.port.lock"));
        Path state = dir.resolve("daemon.port");
        try (FileChannel holder = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileChannel newcomer = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock held = holder.lock();
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    held.release();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            FileLock taken = StateFile.takeLock(newcomer, state, "new-jar", 10_000);
            release.join();
            assertThat(taken).isNotNull();
            taken.release();
        }
    }

    @Test
    void aHolderServingTheSameJarIsLeftAloneAtOnce() throws Exception {
        Path lockFile = Files.createFile(dir.resolve("daemon.port.lock"));
        Path state = Files.writeString(dir.resolve("daemon.port"), "40000 secret this-jar 123\n");
        try (FileChannel holder = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileChannel newcomer = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock held = holder.lock()) {
            long start = System.nanoTime();
            assertThat(StateFile.takeLock(newcomer, state, "this-jar", 10_000)).isNull();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
            assertThat(StateFile.takeLock(newcomer, state, "another-jar", 200)).isNull();
        }
    }
}
