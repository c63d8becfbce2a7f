package dev.passages.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the defaults live: {@code PASSAGES_INDEX} names the index; the launcher sets
 * {@code PASSAGES_HOME} to the project folder so that {@code corpus/} and {@code index/} are found
 * from any working directory.
 */
record Environment(Map<String, String> vars) {

    static Environment system() {
        return new Environment(System.getenv());
    }

    Path home() {
        String home = vars.get("PASSAGES_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** The index named by the environment, or null when only the built-in default applies. */
    Path indexFromEnv() {
        String index = vars.get("PASSAGES_INDEX");
        return index == null || index.isBlank() ? null : Path.of(index);
    }

    Path defaultIndex() {
        return home().resolve("index");
    }

    Path defaultCorpus() {
        return home().resolve("corpus");
    }

    boolean noColor() {
        String v = vars.get("NO_COLOR");
        return (v != null && !v.isEmpty()) || "dumb".equals(vars.get("TERM"));
    }
}
