package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's --version and -V, which its help lists, print the version line that passages --version prints. */
class VersionOptionTest {

    @TempDir
    Path home;

    @Test
    void everyCommandPrintsTheVersion() {
        CliRun top = CliRun.in(home, "--version");
        assertThat(top.code()).isEqualTo(ExitCodes.OK);
        assertThat(top.out()).startsWith("passages ").contains("Lucene ");
        for (String command : List.of("search", "index", "speakers", "attribute", "parse", "similar", "show", "article",
                "acronyms", "check", "serve", "solr", "completion")) {
            for (String option : List.of("--version", "-V")) {
                CliRun run = CliRun.in(home, command, option);
                assertThat(run.code()).as(command + " " + option).isEqualTo(ExitCodes.OK);
                assertThat(run.out()).as(command + " " + option).isEqualTo(top.out());
            }
        }
    }
}
