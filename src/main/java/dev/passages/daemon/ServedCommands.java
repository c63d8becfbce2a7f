package dev.passages.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The commands the query daemon runs, read from the one list of them ({@value #LIST}, beside this class),
 * which the launcher reads too: it sends the daemon these commands and no others.
 */
public final class ServedCommands {

    /** The list, a resource beside this class and a file of the sources the launcher reads. */
    public static final String LIST = "daemon-commands.txt";
    /** Each command the daemon runs. */
    private static final Set<String> COMMANDS = read();

    private ServedCommands() {
    }

    /** Whether the daemon runs {@code command}. */
    public static boolean served(String command) {
        return COMMANDS.contains(command);
    }

    /** Every command the daemon runs. */
    public static Set<String> all() {
        return COMMANDS;
    }

    /**
     * The list: a command a line (its first word: the launcher reads no more of it); a line whose first word
     * begins with {@code #} is a comment.
     */
    public static Set<String> parse(InputStream in) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String first = line.strip().split("\\s+")[0];
            if (!first.isEmpty() && !first.startsWith("#")) {
                out.add(first);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Set<String> read() {
        try (InputStream in = ServedCommands.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + LIST + " beside " + ServedCommands.class.getName());
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LIST + " from the jar", e);
        }
    }
}
