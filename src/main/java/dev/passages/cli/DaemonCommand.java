package dev.passages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code passages daemon run|stop|status}: the background process that answers the launcher's queries. */
@Command(name = "daemon",
        mixinStandardHelpOptions = true,
        description = {
            "The query daemon. After a search, similar, speakers or acronyms command, the ./passages launcher starts"
                + " one in the background; it keeps indexes open and its code compiled, and answers the next such"
                + " commands in milliseconds instead of a JVM start (about 0.3 s). It listens on 127.0.0.1 only,"
                + " answers only callers that can read its state file (target/daemon.port, mode 600), serves only"
                + " the jar it was started from, reopens an index when it is re-indexed, and exits after"
                + " PASSAGES_DAEMON_IDLE seconds without a request (default 900).",
            "PASSAGES_DAEMON=0 keeps the launcher from starting or using it.",
            "",
            "  run     serve in the foreground (what the launcher starts)",
            "  stop    stop the running daemon",
            "  status  say whether one runs (exit 0) or not (exit 1)"})
final class DaemonCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "run, stop or status")
    String action;

    @Option(names = "--state", paramLabel = "FILE", description = "State file (default: target/daemon.port in the passages folder).")
    Path state;

    @Option(names = "--stamp", paramLabel = "STAMP", description = "The launcher's stamp of the jar (run only).")
    String stamp = "-";

    @Option(names = "--idle", paramLabel = "SECONDS", description = "Exit after this long without a request (run only; default: 900).")
    long idle = 900;

    /** Searches over a tiny index before serving, so that the first client finds a search's code compiled. */
    private static final int WARM_UP_ROUNDS = 200;

    DaemonCommand(Environment env) {
        this.env = env;
    }

    /** Where the launcher looks for the daemon of this passages folder. */
    static Path defaultState(Environment env) {
        return env.home().resolve("target").resolve("daemon.port");
    }

    @Override
    public Integer call() throws IOException {
        Path file = state != null ? state : defaultState(env);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        switch (action) {
            case "run" -> {
                if (idle <= 0) {
                    throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                            "--idle must be more than 0 seconds, not " + idle);
                }
                new Daemon(file, stamp, TimeUnit.SECONDS.toMillis(idle), m -> {
                    err.println("passages daemon: " + m);
                    err.flush();
                }).serve(() -> WarmupCommand.exercise(WARM_UP_ROUNDS));
                return ExitCodes.OK;
            }
            case "stop" -> {
                Optional<ProcessHandle> p = running(file);
                if (p.isEmpty()) {
                    out.println("passages: no daemon running");
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
            case "status" -> {
                Optional<ProcessHandle> p = running(file);
                if (p.isEmpty()) {
                    out.println("passages: no daemon running");
                    return ExitCodes.NO_HITS;
                }
                String[] f = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
                out.println("passages: daemon running, pid " + f[3] + ", port " + f[0] + ", jar " + f[2]);
                return ExitCodes.OK;
            }
            default -> throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                    "unknown action '" + action + "'; choose run, stop or status");
        }
    }

    /** The daemon process the state file names, if it is alive. */
    private static Optional<ProcessHandle> running(Path file) throws IOException {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String[] f = line.split(" ");
        if (f.length != 4) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(f[3])).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
