package dev.passages.daemon;

import java.nio.file.Path;
import java.util.Map;

/**
 * A client's request to the daemon, as {@link RequestReader} reads it: the client's folder, whether its stdin and
 * stdout are a terminal, its variables and its command line.
 */
public record Request(Path cwd, boolean terminal, Map<String, String> vars, String[] args) {
}
