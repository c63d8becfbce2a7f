package dev.passages.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command that meets a damaged index says so in one wording: what is damaged, and the command that mends it. */
class DamagedIndexWordingTest {

    @TempDir
    static Path home;
    static Path index;

    @BeforeAll
    static void indexAndDamageTheCommit() throws Exception {
        index = Path.of(CliRun.indexedCorpus(home));
        Path commit;
        try (Stream<Path> files = Files.list(index)) {
            commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(commit);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(commit, bytes);
    }

    @Test
    void checkSearchAndSpeakersWordTheDamageAlike() {
        Pattern line = Pattern.compile("passages: index at " + Pattern.quote(index.toString())
                + " is damaged \\(.+\\); run: passages index --rebuild --index " + Pattern.quote(index.toString()));
        for (List<String> args : List.of(List.of("check"), List.of("search", "refugees"), List.of("speakers"),
                List.of("show", "000_13c3e290747b6afd#1"))) {
            String[] command = Stream.concat(args.stream(), Stream.of("--index", index.toString())).toArray(String[]::new);
            CliRun r = CliRun.in(home, command);
            assertThat(r.code()).as("%s", args).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip().lines().toList()).as("%s", args).singleElement()
                    .satisfies(l -> assertThat(l).matches(line));
        }
    }
}
