package dev.passages.cli;

import dev.passages.daemon.StateFile;
import dev.passages.TestCorpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passages folder for running the real {@code ./passages} launcher: a copy of the script, the built jar
 * (a hard link; without one, a jar whose manifest points at this test run's classes, so nothing is built), a few
 * articles and their default index. Runs the launcher as a user's shell would, without the fast-start archive.
 * The index is built in this JVM by the same {@code index} command the launcher would run, which spares a JVM start a test.
 */
final class LauncherHarness implements AutoCloseable {

    record Result(int code, String out, String err) {
    }

    /** The background warm-up of the daemons the launcher starts: as many searches as the test JVMs' own daemons run. */
    static final String WARM_UP_QUERIES = "100";

    final Path home;
    final Path jar;
    final Path state;

    LauncherHarness(Path home) throws IOException {
        this.home = home;
        Path target = Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("passages"), home.resolve("passages"), StandardCopyOption.COPY_ATTRIBUTES);
        // the list of the commands the daemon runs, which the launcher reads
        Path commands = Path.of(DaemonCommandsAgreeTest.LAUNCHER_LIST);
        Files.createDirectories(home.resolve(commands).getParent());
        Files.copy(commands, home.resolve(commands), StandardCopyOption.COPY_ATTRIBUTES);
        jar = target.resolve("passages.jar");
        Path shipped = JvmHarness.jar();
        if (shipped != null && linked(shipped, jar)) {
            writeJavaShim(JvmHarness.archiveOptions());
        } else {
            writeManifestJar();
            writeJavaShim(List.of());
        }
        // the list and its folders no newer than the jar, so that the launcher takes none for a changed source to build
        FileTime built = Files.getLastModifiedTime(jar);
        for (Path p = home.resolve(commands); p.startsWith(home.resolve("src")); p = p.getParent()) {
            if (Files.getLastModifiedTime(p).compareTo(built) > 0) {
                Files.setLastModifiedTime(p, built);
            }
        }
        TestCorpus.copyFirst(6, home.resolve("corpus"));
        state = target.resolve("daemon").resolve("daemon.port");
        CliRun indexed = CliRun.in(home, "index", "-q");
        assertThat(indexed.code()).as(indexed.err()).isZero();
        assertThat(home.resolve("index")).isDirectory();
    }

    /**
     * The built jar as this folder's {@code target/passages.jar}: a hard link, one file with the jar the class-data
     * archive was made from (a copy would be another file, and match no archive). False when no link can be made.
     */
    private static boolean linked(Path built, Path jar) {
        try {
            Files.createLink(jar, built);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A jar whose manifest points at this test run's classes and dependencies: nothing to build, nothing to copy. */
    private void writeManifestJar() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            path.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", path));
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m)) {
            // the manifest is all
        }
    }

    /**
     * Makes this folder's jar one of its own, for a test that changes the jar as a build would: the built jar, which
     * every other test's folder links to, stays as it is. The launcher's JVMs then run without the archive.
     */
    void ownJar() throws IOException {
        Files.delete(jar);
        writeManifestJar();
        writeJavaShim(List.of());
    }

    /**
     * A {@code java} first on the launcher's path that runs the real one with C1 alone and the serial collector, as
     * the test JVMs run and as the launcher runs its short commands: the full JIT's compile threads of every JVM
     * these tests start would take the cores from the other tests. With {@code archive}, the options of the
     * class-data archive of the built jar ({@link JvmHarness}).
     */
    private void writeJavaShim(List<String> archive) throws IOException {
        Path bin = Files.createDirectories(home.resolve("jvm-bin"));
        StringBuilder options = new StringBuilder();
        for (String option : JvmHarness.OPTIONS) {
            options.append(" '").append(option).append('\'');
        }
        for (String option : archive) {
            options.append(" '").append(option).append('\'');
        }
        Path shim = bin.resolve("java");
        Files.writeString(shim, "#!/bin/sh\nexec '" + JvmHarness.java() + "'" + options + " \"$@\"\n");
        shim.toFile().setExecutable(true);
    }

    /** Runs {@code ./passages ARGS} from {@code cwd} with these variables added; stdin empty. */
    Result run(Map<String, String> vars, Path cwd, int timeoutSeconds, String... args) throws IOException {
        return exec(launcher(args), vars, cwd, timeoutSeconds);
    }

    /** Runs a bash script from the passages folder, the launcher's path in {@code $LAUNCHER}. */
    Result shell(Map<String, String> vars, int timeoutSeconds, String script) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(vars);
        all.put("LAUNCHER", home.resolve("passages").toString());
        return exec(List.of("bash", "-c", script), all, home, timeoutSeconds);
    }

    private Result exec(List<String> command, Map<String, String> vars, Path cwd, int timeoutSeconds) throws IOException {
        String[] args = command.toArray(new String[0]);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder b = process(command, cwd, ProcessBuilder.Redirect.to(out.toFile()), err);
            b.environment().putAll(vars);
            Process p = b.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("./passages " + String.join(" ", args) + " took more than " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts {@code ./passages ARGS} from the passages folder, its stdout to {@code out}, stderr to {@code err}. */
    Process start(Path out, Path err, String... args) throws IOException {
        return process(launcher(args), home, ProcessBuilder.Redirect.to(out.toFile()), err).start();
    }

    /**
     * Starts {@code ./passages ARGS} from the passages folder, its stdout a pipe this test reads (or leaves
     * unread, as a slow pager does), its stderr to {@code err}.
     */
    Process startPiped(Path err, String... args) throws IOException {
        return process(launcher(args), home, ProcessBuilder.Redirect.PIPE, err).start();
    }

    /** The command line {@code ./passages ARGS}. */
    private List<String> launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("passages").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code command} from {@code cwd} as these tests run the launcher: stdin empty, stderr to {@code err}, the
     * caller's PASSAGES_INDEX, PASSAGES_JAVA_OPTS and PASSAGES_DAEMON left out (a test that wants no daemon says
     * so), no fast-start archive (made once per jar, it would cost each test seconds), {@code java} the shim of
     * {@link #writeJavaShim}, and a daemon that exits after 30 s idle and warms up with {@value #WARM_UP_QUERIES}
     * searches, not 8,000 (on six articles a full warm-up only takes a core from the other tests).
     */
    private ProcessBuilder process(List<String> command, Path cwd, ProcessBuilder.Redirect stdout, Path err) {
        ProcessBuilder b = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout).redirectError(err.toFile());
        b.environment().remove("PASSAGES_INDEX");
        b.environment().remove("PASSAGES_JAVA_OPTS");
        b.environment().remove("PASSAGES_DAEMON");
        b.environment().put("PASSAGES_FAST_START", "0");
        b.environment().put("PATH", home.resolve("jvm-bin") + java.io.File.pathSeparator + System.getenv("PATH"));
        b.environment().put("PASSAGES_DAEMON_IDLE", "30");
        b.environment().put("PASSAGES_DAEMON_WARMUP", WARM_UP_QUERIES);
        return b;
    }

    /** Waits until the state file names a daemon that listens; its fields. */
    String[] awaitDaemon(int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            String[] f = StateFile.read(state);
            if (f != null && !f[0].equals("0")) {
                return f;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no daemon listening after " + seconds + " s");
    }

    /** Stops a daemon the launcher started, if one runs. */
    void stopDaemon() throws IOException {
        run(Map.of(), home, 60, "daemon", "stop");
    }

    /**
     * Ends every process still running from this folder: a daemon the launcher started (or is starting, in a
     * subshell of the launcher's that has not yet become the daemon's JVM), without a JVM of its own to stop it.
     */
    @Override
    public void close() throws Exception {
        String launcher = home.resolve("passages").toString();
        String stateFile = state.toAbsolutePath().normalize().toString();
        long self = ProcessHandle.current().pid();
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> ours = ProcessHandle.allProcesses()
                    .filter(p -> p.pid() != self && p.isAlive())
                    .filter(p -> {
                        List<String> args = List.of(p.info().arguments().orElse(new String[0]));
                        return args.contains(launcher) || args.contains(stateFile);
                    }).toList();
            for (ProcessHandle p : ours) {
                p.destroy();
            }
            for (ProcessHandle p : ours) {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillThere) {
                    p.destroyForcibly();
                    p.onExit().get(10, TimeUnit.SECONDS);
                }
            }
            if (ours.isEmpty() && round > 0) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
