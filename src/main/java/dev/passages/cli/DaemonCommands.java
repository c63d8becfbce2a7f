package dev.passages.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The commands the query daemon runs, read from the one list of them ({@value #LIST}, beside this class),
 * which the launcher reads too: it sends the daemon these commands and no others.
 */
final class DaemonCommands {

    /** The list, a resource beside this class and a file of the sources the launcher reads. */
    static final String LIST = "daemon-commands.txt";
    /** Each command the daemon runs, and whether it parses a query against an index as it starts. */
    private static final Map<String, Boolean> COMMANDS = read();

    private DaemonCommands() {
    }

    /** Whether the daemon runs {@code command}. */
    static boolean served(String command) {
        return COMMANDS.containsKey(command);
    }

    /** Whether {@code command} parses a query against an index as it starts (its start is prefetched). */
    static boolean queries(String command) {
        return COMMANDS.getOrDefault(command, false);
    }

    /** Every command the daemon runs. */
    static Set<String> all() {
        return COMMANDS.keySet();
    }

    /** The list: a command a line, {@code query} after one that queries; {@code #} begins a comment line. */
    static Map<String, Boolean> parse(InputStream in) throws IOException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] words = line.strip().split("\\s+");
            if (!words[0].isEmpty() && !words[0].startsWith("#")) {
                out.put(words[0], words.length > 1 && words[1].equals("query"));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, Boolean> read() {
        try (InputStream in = DaemonCommands.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + LIST + " beside " + DaemonCommands.class.getName());
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LIST + " from the jar", e);
        }
    }
}
