package dev.passages.daemon;

import dev.passages.index.IndexPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Decides which proven requests the daemon runs; the client runs any other itself. Refused: a folder that is
 * not absolute, a command not in {@link ServedCommands}, input that is the client's own (stdin, a pipe, an
 * argument file; a batch in a plain file the daemon reads itself), and a default index yet to be built (with
 * progress on the client's terminal).
 */
final class RequestPolicy {

    private final CommandRunner commands;

    RequestPolicy(CommandRunner commands) {
        this.commands = commands;
    }

    /** Why the daemon must not run {@code request}, a word the client is told, or null when it may. */
    String refusal(Request request) {
        Path cwd = request.cwd();
        String[] args = request.args();
        if (!cwd.isAbsolute()) {
            return "working-folder";
        }
        if (args.length == 0 || !ServedCommands.served(args[0])) {
            return "command";
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String batch = a.equals("--batch") ? (i + 1 < args.length ? args[i + 1] : "-")
                    : a.startsWith("--batch=") ? a.substring("--batch=".length()) : null;
            if (a.startsWith("@") || (batch != null && !plainFile(cwd, batch))) {
                return "local-input";
            }
        }
        Path index = commands.indexNamed(request);
        if (index.equals(commands.defaultIndex(request)) && (!IndexPaths.exists(index)
                || IndexPaths.otherSchemaVersion(index) != null)) {
            return "no-index";
        }
        return null;
    }

    /** Whether {@code name} is a regular file that reads the same from here as from the client (not stdin, /dev or /proc). */
    private static boolean plainFile(Path cwd, String name) {
        if (name.equals("-")) {
            return false;
        }
        try {
            // both as named (/proc/self would be the daemon's own) and as resolved through links
            Path named = cwd.resolve(name).normalize();
            Path file = named.toRealPath();
            return !named.startsWith("/dev") && !named.startsWith("/proc") && !file.startsWith("/dev")
                    && !file.startsWith("/proc") && Files.isRegularFile(file);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }
}
