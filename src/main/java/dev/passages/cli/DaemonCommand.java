package dev.passages.cli;

import dev.passages.daemon.LogFile;
import dev.passages.daemon.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** {@code passages daemon run|stop|status}: the background process that answers the launcher's queries. */
@Command(name = "daemon",
        description = {
            "The query daemon. After a search, similar, show, article, speakers or acronyms command, the passages launcher starts"
                + " one in the background; it keeps indexes open and its code compiled, and answers the next such"
                + " commands in milliseconds instead of a JVM start (about 0.3 s), a batch in a file"
                + " (--batch FILE, or --batch - < FILE) included, its answers streamed back as they come. On the"
                + " first index it opens it warms up in the background (up to 8,000 searches, 25 s at most,"
                + " paused while a request runs). It listens on 127.0.0.1 only,"
                + " answers only callers that prove they can read its state file (target/daemon/daemon.port, mode 600,"
                + " in a folder of mode 700), after proving itself to them first; the secret itself is never sent."
                + " It serves only the jar it was started from: when that changes, it stops accepting, lets a daemon"
                + " of the new jar take over, and exits once it has finished what it was answering. It reopens an"
                + " index when it is re-indexed, and exits after PASSAGES_DAEMON_IDLE seconds without a request"
                + " (default 900). Its log (target/daemon/daemon.log) is rotated at 1 MB.",
            "PASSAGES_DAEMON=0 keeps the launcher from starting or using it. The launcher gives up on a daemon"
                + " silent for PASSAGES_DAEMON_TIMEOUT seconds (default 10) and runs the command itself.",
            "",
            "  run     serve in the foreground (what the launcher starts)",
            "  stop    stop the running daemon",
            "  status  say whether one runs (exit 0) or not (exit 1)"},
        footer = {
            "  passages daemon status",
            "  passages daemon stop",
            "  PASSAGES_DAEMON=0 passages search refugees",
        })
final class DaemonCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "run, stop or status",
            completionCandidates = UserActions.class)
    String action;

    @Option(names = "--state", paramLabel = "FILE", description = "State file (default: target/daemon/daemon.port in the passages folder; its folder must be the user's own, mode 700).")
    Path state;

    @Option(names = "--stamp", paramLabel = "STAMP", description = "The launcher's stamp of the jar (run only).")
    String stamp = "-";

    @Option(names = "--jar", paramLabel = "FILE", description = "The jar the launcher stamped (run only; default: the one"
            + " this runs from): when it changes, the daemon stops accepting, lets a daemon of the new one in, finishes"
            + " what it is answering, and exits.")
    Path jar;

    @Option(names = "--idle", paramLabel = "SECONDS", description = "Exit after this long without a request (run only; default: 900).")
    long idle = 900;

    @Option(names = "--log", paramLabel = "FILE", description = "Write the daemon's log there, begun afresh once it runs (run only; default: stderr).")
    Path logFile;

    /** Searches over a tiny index before serving, so that the first client finds a search's code compiled. */
    private static final int WARM_UP_ROUNDS = 30;

    /** Where the launcher looks for the daemon of this passages folder: in a folder only its owner can enter. */
    static Path defaultState(Environment env) {
        return env.home().resolve("target").resolve("daemon").resolve("daemon.port");
    }

    /** The jar this daemon runs from (watched: a new one takes over when it changes), or null when run from classes. */
    private static Path ownJar() {
        try {
            Path p = Path.of(DaemonCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public Integer call() throws IOException {
        Path file = state != null ? state : defaultState(env);
        return switch (action) {
            case "run" -> run(file, err());
            case "stop" -> stop(file, out());
            case "status" -> status(file, out());
            default -> throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                    "unknown action '" + action + "'; choose run, stop or status");
        };
    }

    /** Runs the daemon in this process until it has been idle for {@code --idle} seconds. */
    private int run(Path file, PrintWriter err) throws IOException {
        if (idle <= 0) {
            throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                    "--idle must be more than 0 seconds, not " + idle);
        }
        AtomicReference<Consumer<String>> log = new AtomicReference<>(m -> {
            err.println("passages daemon: " + dev.passages.search.Sanitize.oneLine(m));
            err.flush();
        });
        LogFile[] opened = {null};
        boolean ran;
        try {
            ran = new Server(file, stamp, jar != null ? jar : ownJar(), TimeUnit.SECONDS.toMillis(idle), m -> log.get().accept(m),
                    new DaemonCommandRunner()).serve(() -> {
                // opened only by the daemon that runs, so that one that stands down cannot truncate it
                if (logFile != null) {
                    try {
                        opened[0] = new LogFile(logFile, LogFile.LIMIT);
                        log.set(opened[0]);
                    } catch (IOException e) {
                        err.println("passages daemon: cannot write " + logFile + "; logging to stderr");
                    }
                }
            }, () -> WarmupCommand.exercise(WARM_UP_ROUNDS));
        } catch (IOException e) {
            throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                    "the daemon cannot run: " + e.getMessage());
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
        if (!ran) {
            err.println("passages daemon: another daemon is running (" + file + ")");
        }
        return ExitCodes.OK;
    }

    /** The daemon of {@code file}; when none runs, says so on {@code out}. */
    private static Optional<ProcessHandle> runningOrSaySo(Path file, PrintWriter out) throws IOException {
        Optional<ProcessHandle> p = running(file);
        if (p.isEmpty()) {
            out.println("passages: no daemon running");
        }
        return p;
    }

    /** Stops the running daemon (forcibly after ten seconds). */
    private static int stop(Path file, PrintWriter out) throws IOException {
        Optional<ProcessHandle> p = runningOrSaySo(file, out);
        if (p.isEmpty()) {
            return ExitCodes.OK;
        }
        p.get().destroy();
        try {
            p.get().onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            p.get().destroyForcibly();
            Files.deleteIfExists(file);
        }
        out.println("passages: daemon stopped (pid " + p.get().pid() + ")");
        return ExitCodes.OK;
    }

    /** Says whether a daemon runs, and since when. */
    private static int status(Path file, PrintWriter out) throws IOException {
        Optional<ProcessHandle> p = runningOrSaySo(file, out);
        if (p.isEmpty()) {
            return ExitCodes.NO_HITS;
        }
        out.println("passages: daemon running, pid " + p.get().pid()
                + (p.get().info().startInstant().map(t -> ", since " + t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .orElse("")) + ", state in " + file);
        return ExitCodes.OK;
    }

    private static Optional<ProcessHandle> starting(Path file) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self && p.isAlive() && isDaemonOf(p, file)).findFirst();
    }

    /** Whether a process is a {@code passages daemon run} of this user with this state file. */
    private static boolean isDaemonOf(ProcessHandle p, Path file) {
        String[] args = p.info().arguments().orElse(new String[0]);
        List<String> a = List.of(args);
        int run = a.indexOf("run");
        Path wanted = file.toAbsolutePath().normalize();
        boolean ours = p.info().user().map(u -> u.equals(System.getProperty("user.name"))).orElse(false);
        return ours && run > 0 && a.get(run - 1).equals("daemon")
                && a.stream().anyMatch(x -> !x.startsWith("-") && Path.of(x).toAbsolutePath().normalize().equals(wanted));
    }

    /**
     * The daemon process the state file names, if it is alive; without a state file, a daemon of that
     * file still starting (the launcher starts one just after a command, before it has written it).
     */
    private static Optional<ProcessHandle> running(Path file) throws IOException {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return starting(file);
        }
        String[] f = line.split(" ");
        if (f.length != 4) {
            return starting(file);
        }
        try {
            // the process must be this daemon: after a crash, the pid may belong to anything
            return ProcessHandle.of(Long.parseLong(f[3])).filter(ProcessHandle::isAlive)
                    .filter(p -> isDaemonOf(p, file));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The actions a user gives ({@code run} is the launcher's): what shell completion offers. */
    static final class UserActions extends java.util.ArrayList<String> {
        UserActions() {
            super(java.util.List.of("status", "stop"));
        }
    }
}
