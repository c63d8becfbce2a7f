package dev.passages.attribution;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The word lists are files with a header saying what each is for, loaded whole. */
class WordListFilesTest {

    private static final Path FOLDER = Path.of("src", "main", "resources", "dev", "passages", "attribution");

    @Test
    void everyListOpensWithAHeaderAndHoldsEntries() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            assertThat(lines.get(0)).as(f + " header").startsWith("# ").hasSizeGreaterThan(12);
            String name = f.getFileName().toString().replace(".txt", "");
            assertThat(Lexicon.lines(name)).as(f + " entries").isNotEmpty().noneMatch(String::isBlank);
        }
    }

    @Test
    void listsLoadIntoTheLexicon() {
        assertThat(Lexicon.CUE_VERBS.get("said")).isEqualTo("say");
        assertThat(Lexicon.CUE_VERBS.get("telling")).isEqualTo("tell");
        assertThat(Lexicon.CUE_VERBS.get("admitting")).isEqualTo("admit");
        assertThat(Lexicon.CUE_NEEDS_NEXT.get("point")).containsExactly("out");
        assertThat(Lexicon.PERSON_ROLES.get("prime minister")).isEqualTo("prime minister");
        assertThat(Lexicon.PERSON_ROLES.get("premier")).isEqualTo("prime minister");
        assertThat(Lexicon.TITLES).contains("minister", "gen.");
    }
}
