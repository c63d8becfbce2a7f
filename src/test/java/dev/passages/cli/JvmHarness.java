package dev.passages.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class path and options of the passages JVMs that the integration tests start: the built jar, as users run
 * it, and a class-data-sharing archive of the classes a search loads, made once per build of the jar
 * and shared by every test JVM (its classes are mapped, not read from the jar and verified again).
 */
final class JvmHarness {

    /** The system property that names the built jar; set for the integration tests, which run after {@code package}. */
    static final String JAR_PROPERTY = "passages.test.jar";

    /** C1 alone and the serial collector: the options of every JVM these tests start (the archive is made with them). */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static List<String> archiveOptions;

    private JvmHarness() {
    }

    /** The built jar, when the tests were given one that exists; otherwise null (run on the test class path). */
    static Path jar() {
        String named = System.getProperty(JAR_PROPERTY);
        if (named == null || named.isBlank()) {
            return null;
        }
        Path jar = Path.of(named).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The class path of a passages JVM: the built jar, or this test run's class path when there is none. */
    static String classPath() {
        Path jar = jar();
        return jar != null ? jar.toString() : System.getProperty("java.class.path");
    }

    /**
     * {@code -XX:SharedArchiveFile=...} for a JVM whose class path is the built jar (or a hard link to it), made
     * once by the first test JVM to ask while the others wait; empty when there is no jar or no archive could be
     * made. A JVM given an archive of another jar would share nothing, not even the JDK's classes.
     */
    static synchronized List<String> archiveOptions() {
        if (archiveOptions == null) {
            Path jar = jar();
            Path archive = null;
            try {
                archive = jar == null ? null : archiveOf(jar);
            } catch (IOException e) {
                archive = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            archiveOptions = archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        return archiveOptions;
    }

    /** The archive of this jar, named by its size and time, made under a lock that the test JVMs of the run share. */
    private static Path archiveOf(Path jar) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(jar.resolveSibling("test-jvm"));
        Path archive = dir.resolve("passages-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
        try (FileChannel lock = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = lock.lock();
            try {
                return Files.isRegularFile(archive) || make(jar, dir, archive) ? archive : null;
            } finally {
                held.release();
            }
        }
    }

    /** Lists the classes a search loads (the launcher's own warm-up) and dumps them into {@code archive}; whether that worked. */
    private static boolean make(Path jar, Path dir, Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(dir, "warmup");
        Path list = work.resolve("classes.txt");
        List<String> listing = new ArrayList<>(List.of(java(), "-XX:DumpLoadedClassList=" + list));
        listing.addAll(OPTIONS);
        listing.addAll(List.of("-cp", jar.toString(), Main.class.getName(), "warmup"));
        if (!run(listing, work)) {
            org.apache.commons.io.FileUtils.deleteDirectory(work.toFile());
            return false;
        }
        Path partial = dir.resolve(archive.getFileName() + ".part");
        List<String> dump = new ArrayList<>(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + partial));
        dump.addAll(OPTIONS);
        dump.addAll(List.of("-cp", jar.toString()));
        boolean made = run(dump, work) && Files.isRegularFile(partial);
        org.apache.commons.io.FileUtils.deleteDirectory(work.toFile());
        if (made) {
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // the archives of earlier builds of the jar (35 MB each) match it no more
            try (var earlier = Files.newDirectoryStream(dir, "passages-*.jsa")) {
                for (Path other : earlier) {
                    if (!other.equals(archive)) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } else {
            Files.deleteIfExists(partial);
        }
        return made;
    }

    private static boolean run(List<String> command, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
