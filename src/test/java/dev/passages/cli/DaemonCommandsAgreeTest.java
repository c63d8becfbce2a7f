package dev.passages.cli;

import dev.passages.daemon.ServedCommands;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher and the daemon agree on the commands the daemon runs: both read the one list. */
class DaemonCommandsAgreeTest {

    /** The list as the launcher reads it, from the sources beside it. */
    static final String LAUNCHER_LIST = "src/main/resources/dev/passages/daemon/" + ServedCommands.LIST;

    @Test
    void theLauncherSendsTheDaemonExactlyTheCommandsItRuns() throws Exception {
        List<String> words = new ArrayList<>(Main.commandLine(new String[0], new Main.Factory(Environment.system()))
                .getSubcommands().keySet());
        words.addAll(List.of("", "#", "query", "search query", "-h"));
        TreeSet<String> sent = new TreeSet<>();
        for (String word : words) {
            if (launcherServes(word)) {
                sent.add(word);
            }
        }
        assertThat(sent).isEqualTo(new TreeSet<>(ServedCommands.all()))
                .contains("search", "similar", "show", "article", "speakers", "acronyms")
                .doesNotContain("index", "attribute", "check", "parse", "serve", "daemon", "solr");
    }

    @Test
    void theLauncherReadsTheListTheJarHolds() throws IOException {
        assertThat(ServedCommands.parse(Files.newInputStream(Path.of(LAUNCHER_LIST))))
                .containsExactlyElementsOf(ServedCommands.parse(ServedCommands.class.getResourceAsStream(ServedCommands.LIST)));
    }

    @Test
    void theCommandsPrefetchedAreSearchAndSimilarAndTheDaemonRunsBoth() {
        List<String> prefetched = Main.commandLine(new String[0], new Main.Factory(Environment.system())).getSubcommands()
                .keySet().stream().filter(name -> PrefetchedCommand.class.isAssignableFrom(Main.commandClass(name))).toList();
        assertThat(prefetched).containsExactlyInAnyOrder("search", "similar");
        assertThat(ServedCommands.all()).containsAll(prefetched);
    }

    @Test
    void commentsAndBlankLinesNameNoCommand() throws IOException {
        String list = "# search\n\n  show  \nsearch and more\n#similar\n";
        assertThat(ServedCommands.parse(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("show", "search");
    }

    /** Whether the launcher's own test of a command, run by bash from the script, says the daemon runs it. */
    private static boolean launcherServes(String command) throws Exception {
        String script = Files.readString(Path.of("passages"));
        int from = script.indexOf("served_by_daemon() {");
        int to = script.indexOf("\n}\n", from) + 3;
        assertThat(from).as("the launcher's served_by_daemon function").isPositive();
        Process p = new ProcessBuilder("bash", "-c", "set -euo pipefail; home=\"$PWD\"\n" + script.substring(from, to)
                + "served_by_daemon \"$1\"", "bash", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0;
    }
}
