package dev.passages.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The stamp that names a jar, for the launcher and the daemon alike: a daemon serves only the jar it was started from. */
public final class JarStamp {

    private JarStamp() {
    }

    /**
     * The launcher's stamp of a jar, as {@code stat -c '%Y.%s.%i'} prints it (modified second, size,
     * inode), or null when it is gone.
     */
    public static String of(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "." + Files.size(jar) + "."
                    + Files.getAttribute(jar, "unix:ino");
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
